// Best bid and ask, derived from the depth stream (Vest has no separate top-of-book channel). This
// uses the callback form: it resolves once Vest acknowledged the subscription.
import { subDecimal } from "@perp/core";
import { VestMarketStream } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
const stream = new VestMarketStream({ ...env.ws });
try {
  let updates = 0;
  let done = () => {};
  // A silent feed becomes an error instead of a hang.
  const timeout = AbortSignal.timeout(15_000);
  const enough = new Promise<void>((resolve, reject) => {
    done = resolve;
    timeout.addEventListener("abort", () => reject(timeout.reason));
  });
  const subscription = await stream.watchTopOfBook(env.symbol, ({ bid, ask }) => {
    if (bid === undefined || ask === undefined) return;
    console.log(`bid ${bid.price}  ask ${ask.price}  spread ${subDecimal(ask.price, bid.price)}`);
    if (++updates === 3) done();
  });
  await enough;
  await subscription.unsubscribe();
} finally {
  await stream.close();
  await env.close();
}

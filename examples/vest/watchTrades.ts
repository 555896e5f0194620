// The {symbol}@trades stream: public trades as they happen. A quiet market may send nothing for a
// while, so this stops after three trades or ten seconds, whichever comes first.
import { setTimeout as sleep } from "node:timers/promises";
import { VestMarketStream } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
const stream = new VestMarketStream({ ...env.ws });
try {
  let trades = 0;
  let enough = () => {};
  const threeTrades = new Promise<void>((resolve) => (enough = resolve));
  const subscription = await stream.watchTrades(env.symbol, (t) => {
    console.log(`${new Date(t.timestamp).toISOString()}  ${t.size} @ ${t.price}  (${t.quoteSize} USDC)`);
    if (++trades === 3) enough();
  });
  // On the simulator a second account trades now; on a real network other traders do.
  for (let i = 0; i < 3; i++) await env.simulateTrade(env.symbol);
  await Promise.race([threeTrades, sleep(10_000, undefined, { ref: false })]);
  console.log(`${trades} trade(s) received`);
  await subscription.unsubscribe();
} finally {
  await stream.close();
  await env.close();
}

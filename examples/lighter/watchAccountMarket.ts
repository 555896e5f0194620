/** Raw channel account_market/{market}/{account} (auth): one market's orders, position and trades of the account. */
import { LighterWsClient, lighterChannels } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", simulatorRestingOrder: true });
const ws = new LighterWsClient(env.ws);

const frames = ws.stream<Record<string, unknown>>({
  channel: lighterChannels.accountMarket(MARKET_ID, env.accountIndex),
});
// The first frame is the snapshot; later ones are updates.
const { value: frame } = await frames.next();
const orders = (frame?.orders as unknown[] | undefined) ?? [];
console.log(
  `${frame?.type}: ${orders.length} open orders, position ${JSON.stringify(frame?.position ?? null).slice(0, 120)}`,
);
await frames.unsubscribe();
await ws.close();

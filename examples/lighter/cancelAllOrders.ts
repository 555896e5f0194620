/** sendTx L2CancelAllOrders (tx type 16): cancel every open order of the account at once. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true, simulatorRestingOrder: true });
const client = new LighterRestClient(env.rest);

const before = (await client.getAccountActiveOrders({ accountIndex: env.accountIndex })).orders.length;
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
// TimeInForce 0 = now (Time 0); 1 schedules it, 2 aborts a schedule (see scheduleCancelAll.ts).
// One market only: add `{ attributes: { [TX_ATTRIBUTE.cancelAllMarketIndex]: marketId } }` as a second argument.
const signed = env.signer.cancelAllOrders({ TimeInForce: 0, Time: 0, Nonce: nonce });
await client.sendTx(signed);
const after = (await client.getAccountActiveOrders({ accountIndex: env.accountIndex })).orders.length;
console.log(`open orders: ${before} before, ${after} after`);

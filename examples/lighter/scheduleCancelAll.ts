/** sendTx L2CancelAllOrders, scheduled: a dead man's switch that cancels everything unless renewed, then abort it. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

const cancelAllTime = async () =>
  (await client.getAccount({ by: "index", value: env.accountIndex.toString() })).accounts[0]
    ?.cancel_all_time ?? 0;
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });

// TimeInForce 1 schedules the cancel for Time (ms, now + 5 min .. 15 days). A bot re-sends this
// periodically: if it dies, its orders are cancelled when the time comes.
const at = Date.now() + 10 * 60 * 1000;
await client.sendTx(env.signer.cancelAllOrders({ TimeInForce: 1, Time: at, Nonce: nonce }));
console.log(
  `scheduled: every order cancels at ${new Date(at).toISOString()} (account says ${await cancelAllTime()})`,
);

// TimeInForce 2 aborts the schedule (Time 0).
await client.sendTx(env.signer.cancelAllOrders({ TimeInForce: 2, Time: 0, Nonce: BigInt(nonce) + 1n }));
console.log(`aborted (cancel_all_time now ${await cancelAllTime()})`);

/** GET /api/v1/withdrawalDelay: how long a secure (L1) withdrawal waits before it can be claimed. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /api/v1/withdrawalDelay (getWithdrawalDelay)" });
const client = new LighterRestClient(env.rest);

const { seconds } = await client.getWithdrawalDelay();
console.log(`secure withdrawals are delayed ${seconds} s (${(seconds / 3600).toFixed(1)} h)`);

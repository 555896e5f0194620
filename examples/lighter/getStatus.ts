/** GET /: is the exchange up, which network answers, and its clock (a quick health check). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new LighterRestClient(env.rest);

const status = await client.getStatus();
// The network id is the chain id transactions are signed for (304 mainnet, 300 testnet).
const skewSeconds = Math.round(Date.now() / 1000) - status.timestamp;
console.log(
  `status ${status.status}, network ${status.network_id}, server clock ${skewSeconds}s behind ours`,
);

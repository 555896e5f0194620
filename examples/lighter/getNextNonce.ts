/** GET /api/v1/nextNonce: the nonce the next transaction of this API key must carry. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer" });
const client = new LighterRestClient(env.rest);

// Weight 6 per call: fetch it at start-up, count up locally, and refetch only after a 21104 "invalid nonce".
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
console.log(`account ${env.accountIndex}, API key ${env.apiKeyIndex}: next nonce ${nonce}`);

/** GET /api/v1/apikeys: the API keys registered on an account, each with its public key and next nonce. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "account" });
const client = new LighterRestClient(env.rest);

// Omit apiKeyIndex (255) for every key; each key has its own nonce sequence.
const { api_keys } = await client.getApiKeys({ accountIndex: env.accountIndex });
for (const key of api_keys) {
  console.log(`key ${key.api_key_index}: public ${key.public_key.slice(0, 16)}…, next nonce ${key.nonce}`);
}

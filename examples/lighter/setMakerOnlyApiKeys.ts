/** POST /api/v1/setMakerOnlyApiKeys (auth): restrict API keys to maker orders (a safety net for quoting bots). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  writes: true,
  notServedBySimulator: "POST /api/v1/setMakerOnlyApiKeys (setMakerOnlyApiKeys)",
});
const client = new LighterRestClient(env.rest);

// The call sets the complete list: read it first and put it back afterwards.
const { api_key_indexes: before } = await client.getMakerOnlyApiKeys({ accountIndex: env.accountIndex });
await client.setMakerOnlyApiKeys({
  accountIndex: env.accountIndex,
  apiKeyIndexes: [...new Set([...before, env.apiKeyIndex])],
});
const { api_key_indexes: now } = await client.getMakerOnlyApiKeys({ accountIndex: env.accountIndex });
console.log(`maker-only keys: ${now.join(", ")}`);
await client.setMakerOnlyApiKeys({ accountIndex: env.accountIndex, apiKeyIndexes: before });
console.log(`restored: ${before.length === 0 ? "none" : before.join(", ")}`);

/** GET /api/v1/getMakerOnlyApiKeys (auth): which API keys may only place maker (post-only) orders. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  notServedBySimulator: "GET /api/v1/getMakerOnlyApiKeys (getMakerOnlyApiKeys)",
});
const client = new LighterRestClient(env.rest);

const { api_key_indexes } = await client.getMakerOnlyApiKeys({ accountIndex: env.accountIndex });
console.log(`maker-only API keys: ${api_key_indexes.length === 0 ? "none" : api_key_indexes.join(", ")}`);

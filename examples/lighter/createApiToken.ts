/** POST /api/v1/tokens/create (auth): a long-lived read-only token ("ro:…") for dashboards and bots that never trade. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  writes: true,
  notServedBySimulator: "POST /api/v1/tokens/create (createApiToken)",
});
const client = new LighterRestClient(env.rest);

const created = await client.createApiToken({
  accountIndex: env.accountIndex,
  name: `perp-example-${Date.now()}`,
  expiry: Math.floor(Date.now() / 1000) + 2 * 24 * 60 * 60, // 1 day to 10 years ahead
  scopes: "read.*",
});
// The token is a credential: store it, never print it (the SDK masks it in errors and logs).
console.log(`created read-only token ${created.token_id} (${created.api_token?.length ?? 0} characters)`);
await client.revokeApiToken({ accountIndex: env.accountIndex, tokenId: created.token_id });
console.log("revoked it again (see revokeApiToken.ts)");

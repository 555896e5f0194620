/** POST /api/v1/tokens/revoke (auth): revoke a read-only token, here the newest one that is still valid. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  writes: true,
  notServedBySimulator: "POST /api/v1/tokens/revoke (revokeApiToken)",
});
const client = new LighterRestClient(env.rest);

const { api_tokens } = await client.getApiTokens({ accountIndex: env.accountIndex });
const token = api_tokens.filter((t) => t.revoked !== true).at(-1);
if (token === undefined) {
  console.log("no active read-only token to revoke (createApiToken.ts creates one)");
} else {
  const result = await client.revokeApiToken({ accountIndex: env.accountIndex, tokenId: token.token_id });
  console.log(`token ${result.token_id ?? token.token_id} revoked: ${result.revoked ?? true}`);
}

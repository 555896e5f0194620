/** GET /api/v1/tokens (auth): the account's long-lived read-only API tokens (the secrets are never listed). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  notServedBySimulator: "GET /api/v1/tokens (getApiTokens)",
});
const client = new LighterRestClient(env.rest);

const { api_tokens } = await client.getApiTokens({ accountIndex: env.accountIndex });
for (const t of api_tokens) {
  const expiry = t.expiry === undefined ? "?" : new Date(t.expiry * 1000).toISOString().slice(0, 10);
  console.log(
    `token ${t.token_id} "${t.name ?? ""}": scopes ${t.scopes ?? "-"}, expires ${expiry}${t.revoked ? ", revoked" : ""}`,
  );
}
console.log(`${api_tokens.length} tokens`);

/** GET /api/v1/accountMetadata (auth for main accounts): the names and descriptions of accounts. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  notServedBySimulator: "GET /api/v1/accountMetadata (getAccountMetadata)",
});
const client = new LighterRestClient(env.rest);

const { account_metadatas } = await client.getAccountMetadata({
  by: "index",
  value: env.accountIndex.toString(),
});
for (const m of account_metadatas)
  console.log(`account ${m.account_index}: "${m.name ?? ""}" ${m.description ?? ""}`);

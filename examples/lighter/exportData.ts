/** GET /api/v1/export (auth): start a CSV export of the account's trades (or funding) and get its URL. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", notServedBySimulator: "GET /api/v1/export (exportData)" });
const client = new LighterRestClient(env.rest);

const { data_url } = await client.exportData({ type: "trade", accountIndex: env.accountIndex });
// The file is produced asynchronously: fetch the URL a little later.
console.log(`export will be at: ${data_url}`);

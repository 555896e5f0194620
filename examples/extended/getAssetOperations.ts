/** GET /user/assetOperations: deposits, withdrawals, transfers and faucet claims (paginated). */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

const page = await client.getAssetOperations({ limit: 10 });
console.log(`${page.items.length} asset operations (newest first):`);
for (const op of page.items) {
  console.log(
    `  ${new Date(op.time).toISOString()}  ${op.type.padEnd(10)} ${op.amount.padStart(14)}  ${op.status}`,
  );
}
// Pass page.cursor back as `cursor` to read older operations.
console.log(`next cursor: ${page.cursor ?? "none"}`);

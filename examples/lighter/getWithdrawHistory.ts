/** GET /api/v1/withdraw/history (auth): withdrawals and their status (pending, claimable, completed). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer" });
const client = new LighterRestClient(env.rest);

const page = await client.getWithdrawHistory({ accountIndex: env.accountIndex, filter: "all" });
for (const w of page.withdraws) {
  console.log(
    `${new Date(w.timestamp).toISOString()} ${w.amount} (asset ${w.asset_id ?? 3}) ${w.type ?? ""} ${w.status}`,
  );
}
// History pages continue with `cursor` (not next_cursor); withdraw.ts makes one.
console.log(`${page.withdraws.length} withdrawals`);

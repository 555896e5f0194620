// GET /lp: the account's liquidity-pool deposits and withdrawals, with their status.
// Read-only on purpose: pool deposits can be locked for hours on Vest, so this example makes none
// (submitLp.ts does, and reads its row back).
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const rows = await client.getLpOrders({ limit: 10 });
  console.log(
    rows.length === 0 ? "no LP requests yet (submitLp.ts makes one)" : `${rows.length} LP request(s)`,
  );
  for (const r of rows) {
    console.log(
      `  ${new Date(r.postTime).toISOString()}  ${r.orderType} ${r.size} USDC  ${r.status}  fees ${r.fees ?? "-"}`,
    );
  }
} finally {
  await env.close();
}

/** GET /api/v1/account: an account's collateral, positions, assets and pool shares (public, no auth). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "account" });
const client = new LighterRestClient(env.rest);

// by "l1_address" returns every account of a wallet instead.
const { accounts } = await client.getAccount({ by: "index", value: env.accountIndex.toString() });
const account = accounts[0];
if (account === undefined) throw new Error(`account ${env.accountIndex} not found`);
console.log(`account ${account.index} (owner ${account.l1_address})`);
console.log(
  `  collateral ${account.collateral}, available ${account.available_balance}, total value ${account.total_asset_value}`,
);
for (const p of account.positions.filter((p) => p.position !== "0")) {
  // `position` is unsigned; `sign` is 1 long, -1 short.
  console.log(
    `  ${p.symbol}: ${p.sign < 0 ? "short" : "long"} ${p.position} @ ${p.avg_entry_price}, uPnL ${p.unrealized_pnl}`,
  );
}
console.log(`  ${account.total_order_count ?? 0} open orders, ${account.shares.length} pool shares`);

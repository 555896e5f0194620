// GET /account: balances, margin and open positions. v2 streams none of these, so re-read this
// after fills (the account stream says when) instead of computing balances yourself.
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const a = await client.getAccount();
  console.log(`account ${a.address}`);
  console.log(`  collateral ${a.collateral}  withdrawable ${a.withdrawable}  equity ${a.totalAccountValue}`);
  console.log(`  margin: orders ${a.openOrderMargin}, maintenance ${a.totalMaintMargin}`);
  for (const b of a.balances) console.log(`  balance ${b.asset}: ${b.total} (locked ${b.locked})`);
  for (const p of a.positions) {
    const side = p.isLong ? "long" : "short";
    console.log(
      `  ${p.symbol} ${side} ${p.size} @ ${p.entryPrice}, uPnL ${p.unrealizedPnl}, liq ${p.liqPrice ?? "-"}`,
    );
  }
  if (a.positions.length === 0) console.log("  no open positions");
} finally {
  await env.close();
}

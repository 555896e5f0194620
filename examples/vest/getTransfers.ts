// GET /transfer: deposits and withdrawals between the wallet and the exchange. Withdrawal
// rows carry the signed request and proofs someone can submit on-chain when `execute` was false.
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  // Funds arrive on-chain; on the simulator this stands in for a deposit from the wallet.
  await env.simulateDeposit("250");
  const rows = await client.getTransfers({ limit: 10 });
  console.log(`${rows.length} transfer(s)`);
  for (const t of rows) {
    console.log(
      `  ${new Date(t.postTime).toISOString()}  ${t.orderType} ${t.size} USDC  chain ${t.chainId}  ${t.status}`,
    );
  }
} finally {
  await env.close();
}

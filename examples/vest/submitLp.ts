// POST /lp: moves USDC between the trading account and Vest's liquidity pool. DEPOSIT takes it from
// collateral; IMMEDIATE_WITHDRAW / SCHEDULE_WITHDRAW bring it back. Sizes are USDC with 6 decimals.
import { signLp, VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const submit = async (orderType: "DEPOSIT" | "IMMEDIATE_WITHDRAW", size: string) => {
    const nonce = (await client.getAccountNonce()).nextNonce;
    const { id } = await client.submitLp(
      await signLp(account.signingPrivateKey, { time: Date.now(), nonce, orderType, size }),
    );
    // Like orders, the answer is an id; the outcome (FILLED or REJECTED with a code) is read back.
    const [row] = await client.getLpOrders({ id });
    console.log(`${orderType} ${size} USDC: ${row?.status}${row?.code ? ` (code ${row.code})` : ""}`);
  };
  await submit("DEPOSIT", "10.000000");
  console.log(`pool share: ${JSON.stringify((await client.getAccount()).lp)}`);
  await submit("IMMEDIATE_WITHDRAW", "10.000000");
} finally {
  await env.close();
}

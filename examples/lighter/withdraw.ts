/** sendTx L2Withdraw (tx type 13): withdraw 1 USDC from the perps balance to the account's Ethereum wallet. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const signed = env.signer.withdraw({
  AssetIndex: 3, // USDC
  RouteType: 0, // from the perps balance (1: spot)
  Amount: 1_000_000, // base units: 1 USDC = 10^6
  Nonce: nonce,
});
const { tx_hash } = await client.sendTx(signed);
console.log(`withdrawal of 1 USDC sent (tx ${tx_hash.slice(0, 16)}…)`);

// Secure withdrawals reach Ethereum after the withdrawal delay (getWithdrawalDelay.ts).
const [latest] = (await client.getWithdrawHistory({ accountIndex: env.accountIndex })).withdraws;
console.log(`latest withdrawal: ${latest?.amount} USDC, ${latest?.status}`);

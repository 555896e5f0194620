/** sendTx L2MintShares (tx type 18): deposit into a public pool (here Lighter's liquidity pool, LLP) for shares. */
import { LighterRestClient } from "@perp/lighter";
import { notExecutedBySimulator, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

// The LLP's index comes from systemConfig, which the simulator lacks: there, a sample index (pools start at 2^47).
const pool =
  env.target === "simulator"
    ? 2n ** 47n + 100n
    : BigInt((await client.getSystemConfig()).liquidity_pool_index ?? 0);
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
// Shares, not USDC: a fresh pool prices a share at 0.001 USDC, so 1,000 shares cost about 1 USDC.
const signed = env.signer.mintShares({ PublicPoolIndex: pool, ShareAmount: 1_000, Nonce: nonce });
console.log(`signed ${signed.type} (tx_type ${signed.txType}): ${signed.txInfo}`);
try {
  const { tx_hash } = await client.sendTx(signed);
  console.log(`accepted: tx ${tx_hash}; the shares appear in getAccount.ts (shares)`);
} catch (error) {
  if (!notExecutedBySimulator(env, error, signed.type)) throw error;
}

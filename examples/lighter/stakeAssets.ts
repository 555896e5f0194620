/** sendTx L2StakeAssets (tx type 35): stake into Lighter's staking pool (locked for the pool's lockup period). */
import { LighterRestClient } from "@perp/lighter";
import { notExecutedBySimulator, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

// The staking pool's index comes from systemConfig, which the simulator lacks: there, a sample index.
const pool =
  env.target === "simulator"
    ? 2n ** 47n + 7n
    : BigInt((await client.getSystemConfig()).staking_pool_index ?? 0);
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const signed = env.signer.stakeAssets({ StakingPoolIndex: pool, ShareAmount: 1_000, Nonce: nonce });
console.log(`signed ${signed.type} (tx_type ${signed.txType}): ${signed.txInfo}`);
try {
  const { tx_hash } = await client.sendTx(signed);
  console.log(`accepted: tx ${tx_hash}`);
} catch (error) {
  if (!notExecutedBySimulator(env, error, signed.type)) throw error;
}

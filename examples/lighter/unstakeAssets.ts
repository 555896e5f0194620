/** sendTx L2UnstakeAssets (tx type 36): start unstaking (funds unlock after the lockup; see pending_unlocks). */
import { LighterRestClient } from "@perp/lighter";
import { notExecutedBySimulator, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

const pool =
  env.target === "simulator"
    ? 2n ** 47n + 7n
    : BigInt((await client.getSystemConfig()).staking_pool_index ?? 0);
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const signed = env.signer.unstakeAssets({ StakingPoolIndex: pool, ShareAmount: 1_000, Nonce: nonce });
console.log(`signed ${signed.type} (tx_type ${signed.txType}): ${signed.txInfo}`);
try {
  const { tx_hash } = await client.sendTx(signed);
  console.log(`accepted: tx ${tx_hash}`);
} catch (error) {
  if (!notExecutedBySimulator(env, error, signed.type)) throw error;
}

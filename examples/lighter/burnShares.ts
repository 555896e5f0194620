/** sendTx L2BurnShares (tx type 19): redeem public-pool shares for USDC (after the pool's cooldown). */
import { LighterRestClient } from "@perp/lighter";
import { notExecutedBySimulator, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

// Burn what the account holds in its first pool; the simulator has no pools, so a sample stands in.
const [account] = (await client.getAccount({ by: "index", value: env.accountIndex.toString() })).accounts;
const held = account?.shares[0];
if (env.target !== "simulator" && held === undefined) {
  console.log("this account holds no pool shares (mintShares.ts buys some)");
} else {
  const pool = held === undefined ? 2n ** 47n + 100n : BigInt(held.public_pool_index);
  const shares = held === undefined ? 1_000n : BigInt(held.shares_amount);
  const { nonce } = await client.getNextNonce({
    accountIndex: env.accountIndex,
    apiKeyIndex: env.apiKeyIndex,
  });
  const signed = env.signer.burnShares({ PublicPoolIndex: pool, ShareAmount: shares, Nonce: nonce });
  console.log(`signed ${signed.type} (tx_type ${signed.txType}): ${signed.txInfo}`);
  try {
    const { tx_hash } = await client.sendTx(signed);
    console.log(`accepted: tx ${tx_hash}`);
  } catch (error) {
    if (!notExecutedBySimulator(env, error, signed.type)) throw error;
  }
}

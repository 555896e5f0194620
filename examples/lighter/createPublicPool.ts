/** sendTx L2CreatePublicPool (tx type 10): open a public pool (a vault others can buy shares of). */
import { LighterRestClient } from "@perp/lighter";
import { notExecutedBySimulator, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const signed = env.signer.createPublicPool({
  OperatorFee: 100_000, // the operator's cut of profits, in 1e-6 units (10 %)
  InitialTotalShares: 1_000_000, // the minimum: 1,000 USDC of shares at 0.001 USDC each, paid by this account
  MinOperatorShareRate: 1_000, // the share of the pool the operator must keep, in 1e-4 units (10 %)
  Nonce: nonce,
});
console.log(`signed ${signed.type} (tx_type ${signed.txType}): ${signed.txInfo}`);
try {
  const { tx_hash } = await client.sendTx(signed);
  console.log(`accepted: tx ${tx_hash}; getAccountLimits.ts says whether this account may create pools`);
} catch (error) {
  if (!notExecutedBySimulator(env, error, signed.type)) throw error;
}

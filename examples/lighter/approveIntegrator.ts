/** sendTx L2ApproveIntegrator (tx type 45): let an integrator charge fees on your orders, up to caps you sign. */
import { approveIntegratorL1Message, LighterRestClient } from "@perp/lighter";
import { notExecutedBySimulator, openEnv, otherAccount } from "./_env.js";

await using env = await openEnv({ needs: "wallet", writes: true });
const client = new LighterRestClient(env.rest);

const integrator = await otherAccount(env, "LIGHTER_INTEGRATOR_ACCOUNT", "the integrator's account index");
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const fields = {
  IntegratorAccountIndex: integrator,
  // Fee caps in 1e-6 units (FeeTick): 100 = 0.01 %. Orders then name the integrator in their attributes.
  MaxPerpsTakerFee: 100,
  MaxPerpsMakerFee: 0,
  MaxSpotTakerFee: 100,
  MaxSpotMakerFee: 0,
  ApprovalExpiry: Date.now() + 7 * 24 * 60 * 60 * 1000, // ms
  Nonce: nonce,
};
// Non-zero fees need the owner's wallet signature too (EIP-191 over this text).
const message = approveIntegratorL1Message({
  ...fields,
  AccountIndex: env.accountIndex,
  ApiKeyIndex: env.apiKeyIndex,
  ChainId: env.chainId,
});
const signed = env.signer.approveIntegrator({ ...fields, L1Sig: await env.wallet.signMessage({ message }) });
console.log(`signed ${signed.type} (tx_type ${signed.txType}): ${signed.txInfo}`);
try {
  const { tx_hash } = await client.sendTx(signed);
  console.log(`accepted: tx ${tx_hash}; the approval shows in getAccount.ts (approved_integrators)`);
} catch (error) {
  if (!notExecutedBySimulator(env, error, signed.type)) throw error;
}

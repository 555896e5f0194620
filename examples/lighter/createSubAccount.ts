/** sendTx L2CreateSubAccount (tx type 9): open a sub-account (own margin, own positions) under this account. */
import { LighterRestClient } from "@perp/lighter";
import { notExecutedBySimulator, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
// No fields beyond the envelope: the sub-account belongs to the signing account's wallet.
const signed = env.signer.createSubAccount({ Nonce: nonce });
console.log(`signed ${signed.type} (tx_type ${signed.txType}): ${signed.txInfo}`);
try {
  const { tx_hash } = await client.sendTx(signed);
  console.log(`accepted: tx ${tx_hash}; the new account shows up in getAccountsByL1Address.ts`);
} catch (error) {
  if (!notExecutedBySimulator(env, error, signed.type)) throw error;
}

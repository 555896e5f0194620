/** sendTx L2UpdateAccountAssetConfig (tx type 42): use an asset as margin (1) or not (0). */
import { LighterRestClient } from "@perp/lighter";
import { notExecutedBySimulator, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

// USDC (asset 3) as margin, as it already is by default: running this changes nothing.
const USDC = 3;
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const signed = env.signer.updateAccountAssetConfig({ AssetIndex: USDC, AssetMarginMode: 1, Nonce: nonce });
console.log(`signed ${signed.type} (tx_type ${signed.txType}): ${signed.txInfo}`);
try {
  const { tx_hash } = await client.sendTx(signed);
  console.log(`accepted: tx ${tx_hash}`);
} catch (error) {
  if (!notExecutedBySimulator(env, error, signed.type)) throw error;
}

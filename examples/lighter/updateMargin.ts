/** sendTx L2UpdateMargin (tx type 29): add USDC to (or remove it from) an isolated-margin position. */
import { LighterRestClient } from "@perp/lighter";
import { MARKET_ID, notExecutedBySimulator, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const signed = env.signer.updateMargin({
  MarketIndex: MARKET_ID,
  USDCAmount: 1_000_000, // 1 USDC in base units (10^6)
  Direction: 1, // 1 add to the isolated position, 0 remove
  Nonce: nonce,
});
console.log(`signed ${signed.type} (tx_type ${signed.txType}): ${signed.txInfo}`);
try {
  // Lighter executes it only for an isolated position (updateLeverage.ts with MarginMode 1 opens one).
  const { tx_hash } = await client.sendTx(signed);
  console.log(`accepted: tx ${tx_hash}; a failure shows as status 4 in getTx.ts`);
} catch (error) {
  if (!notExecutedBySimulator(env, error, signed.type)) throw error;
}

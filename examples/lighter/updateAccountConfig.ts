/** sendTx L2UpdateAccountConfig (tx type 41): set the account's trading mode. */
import { LighterRestClient } from "@perp/lighter";
import { notExecutedBySimulator, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

// Re-sends the mode the account already has, so running this changes nothing.
const [account] = (await client.getAccount({ by: "index", value: env.accountIndex.toString() })).accounts;
const mode = account?.account_trading_mode ?? 0;
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const signed = env.signer.updateAccountConfig({ AccountTradingMode: mode, Nonce: nonce });
console.log(`signed ${signed.type} (tx_type ${signed.txType}), trading mode ${mode}: ${signed.txInfo}`);
try {
  const { tx_hash } = await client.sendTx(signed);
  console.log(`accepted: tx ${tx_hash}`);
} catch (error) {
  if (!notExecutedBySimulator(env, error, signed.type)) throw error;
}

/** sendTx L2UpdateLeverage (tx type 20): set a market's leverage (as an initial margin fraction) and margin mode. */
import { LighterRestClient } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

// Leverage is signed as an initial margin fraction in 1e-4 units: 10x = 10000 / 10 = 1000.
const leverage = 10;
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const signed = env.signer.updateLeverage({
  MarketIndex: MARKET_ID,
  InitialMarginFraction: 10_000 / leverage,
  MarginMode: 0, // 0 cross, 1 isolated
  Nonce: nonce,
});
const { tx_hash } = await client.sendTx(signed);
console.log(`set ${leverage}x cross on market ${MARKET_ID} (tx ${tx_hash.slice(0, 16)}…)`);

const [account] = (await client.getAccount({ by: "index", value: env.accountIndex.toString() })).accounts;
const position = account?.positions.find((p) => p.market_id === MARKET_ID);
console.log(`the account reports initial margin fraction ${position?.initial_margin_fraction ?? "?"} %`);

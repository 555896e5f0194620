/** Offline: what signing an order produces (tx_type, tx_info, hash, signature) and how to check it. Nothing is sent. */
import { type LighterSigner, verifySignature } from "@perp/lighter";
import { MARKET_ID, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer" });
const signer: LighterSigner = env.signer;

// Prices and sizes are integers in the market's decimals (ETH: 4 size, 2 price): 0.01 ETH @ 2500.00.
const signed = signer.createOrder({
  MarketIndex: MARKET_ID,
  ClientOrderIndex: 42,
  BaseAmount: 100,
  Price: 250_000,
  IsAsk: 0,
  Type: 0,
  TimeInForce: 1, // good-till-time
  ReduceOnly: 0,
  TriggerPrice: 0,
  OrderExpiry: Date.now() + 60 * 60 * 1000,
  Nonce: 7, // normally from getNextNonce.ts
});
console.log(`tx_type ${signed.txType} (${signed.type})`);
console.log(`tx_info ${signed.txInfo}`);
// The hash commits to the chain id (304 mainnet, 300 testnet): a testnet signature is useless on mainnet.
console.log(`tx hash ${signed.txHash}`);
console.log(
  `signature verifies against the API key's public key: ${verifySignature(signer.publicKey, signed.txHash, signed.signature)}`,
);
// The signer never reveals its key, even when printed.
console.log(`signer: ${String(signer)} ${JSON.stringify(signer)}`);

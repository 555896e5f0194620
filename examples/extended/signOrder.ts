/** Signing flow: sign an order offline, then send the signed body (e.g. from another process). */
import { mulDecimal, quantize } from "@perp/core";
import { ExtendedRestClient, signOrder } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);
const [market] = await client.getMarkets({ market: "BTC-USD" });
if (market === undefined) throw new Error("BTC-USD is not listed");

// Everything the signature covers: domain, vault, the market's asset ids, amounts, fee, expiry, nonce.
const signed = signOrder(env.signer, {
  domain: client.environment.signingDomain,
  vault: env.vault,
  market: { name: market.name, l2Config: market.l2Config },
  type: "LIMIT",
  side: "BUY",
  qty: market.tradingConfig.minOrderSize,
  price: quantize(
    mulDecimal(market.marketStats.bidPrice, "0.9"),
    market.tradingConfig.minPriceChange,
    "down",
  ),
  fee: "0.0005",
  postOnly: true,
  expiryEpochMillis: Date.now() + 60 * 60 * 1000,
});
console.log(`order hash ${signed.orderHash.slice(0, 20)}…  nonce ${signed.nonce}`);
console.log(`signature r ${signed.body.settlement?.signature.r.slice(0, 20)}…`);

const placed = await client.createOrder({ order: signed });
console.log(`placed ${placed.id} (external id = order hash: ${placed.externalId === signed.orderHash})`);
await client.cancelOrder({ id: placed.id });

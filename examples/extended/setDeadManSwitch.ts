/** POST /user/deadmanswitch: cancel every open order unless the switch is re-armed in time. */
import { mulDecimal, quantize } from "@perp/core";
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);

const [market] = await client.getMarkets({ market: "BTC-USD" });
if (market === undefined) throw new Error("BTC-USD is not listed");
const price = quantize(
  mulDecimal(market.marketStats.bidPrice, "0.9"),
  market.tradingConfig.minPriceChange,
  "down",
);
const placed = await client.createOrder({
  signer: env.signer,
  order: {
    vault: env.vault,
    market,
    type: "LIMIT",
    side: "BUY",
    qty: market.tradingConfig.minOrderSize,
    price,
    fee: "0.0005",
    postOnly: true,
    expiryEpochMillis: Date.now() + 3_600_000,
  },
});

// A bot re-arms the switch on every heartbeat; if the bot dies, its quotes die with it.
await client.setDeadManSwitch({ countdownTime: 1 });
console.log(`armed for 1 s with order ${placed.id} open; not re-arming...`);
await new Promise((resolve) => setTimeout(resolve, 2500));
console.log(`order status now: ${(await client.getOrderById({ id: placed.id })).status}`);
// 0 disarms the switch.
await client.setDeadManSwitch({ countdownTime: 0 });

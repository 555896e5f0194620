import {
  compareDecimal,
  decimalPlaces,
  divDecimal,
  type Market,
  maxDecimal,
  mulDecimal,
  quantize,
} from "@perp/core";

/** How far under the best bid the resting buy goes: far enough not to fill while the demo runs. */
export const RESTING_DISTANCE = "0.98";
/** Headroom over the venue's minimum notional, so a small price move does not make the order too small. */
const NOTIONAL_HEADROOM = "1.1";

/** A buy price `RESTING_DISTANCE` under the best bid, on the market's tick (rounded away from the touch). */
export function restingBuyPrice(market: Market, bestBid: string): string {
  return quantize(mulDecimal(bestBid, RESTING_DISTANCE), market.tickSize, "down");
}

/** The smallest size the market accepts at `price`: its minimum size, and enough for its minimum notional. */
export function smallestSize(market: Market, price: string): string {
  const minimum = quantize(market.minSize, market.stepSize, "up");
  if (market.minNotional === undefined || compareDecimal(market.minNotional, "0") <= 0) return minimum;
  const scale = decimalPlaces(market.stepSize) + 1;
  const notional = mulDecimal(market.minNotional, NOTIONAL_HEADROOM);
  const forNotional = quantize(divDecimal(notional, price, scale, "up"), market.stepSize, "up");
  return maxDecimal(minimum, forNotional);
}

/** A limit price that crosses the best ask by 1 %, for venues without market orders (sent IOC). */
export function marketableBuyPrice(market: Market, bestAsk: string): string {
  return quantize(mulDecimal(bestAsk, "1.01"), market.tickSize, "up");
}

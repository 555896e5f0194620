import {
  addDecimal,
  compareDecimal,
  isMultipleOf,
  type Market,
  mulDecimal,
  quantize,
  subDecimal,
  type TriggerPriceType,
  type ValidatedAttachedTrigger,
  type ValidatedPlaceOrderRequest,
  ValidationError,
  type ValidationIssue,
} from "@perp/core";
import type { OrderIntent } from "../rest/private/signed-order.js";
import type { Market as ExtendedMarket } from "../schemas/market.js";
import type {
  TriggerPriceType as ExtendedTriggerPriceType,
  OrderTrigger,
  TpSlLegInput,
} from "../signing/index.js";
import type { ResolvedTrading } from "./config.js";

/**
 * Venue rules an order must meet before it is signed: tradable market, sizes on the step and
 * above the minimum, prices on the tick, an expiry the venue accepts. Throws one ValidationError
 * listing every problem.
 */
export function checkOrderRules(
  order: ValidatedPlaceOrderRequest,
  market: Market,
  now: number,
  maxOrderExpiryMs: number,
): void {
  const issues: ValidationIssue[] = [];
  const issue = (path: (string | number)[], message: string) => issues.push({ path, message });
  if (market.status === "paused" || market.status === "delisted") {
    issue(["symbol"], `market ${market.symbol} is ${market.status}`);
  } else if (market.status === "reduce-only" && !order.reduceOnly) {
    issue(["reduceOnly"], `market ${market.symbol} accepts reduce-only orders only`);
  }
  if (!isMultipleOf(order.size, market.stepSize)) issue(["size"], `must be a multiple of ${market.stepSize}`);
  if (compareDecimal(order.size, market.minSize) < 0) issue(["size"], `must be at least ${market.minSize}`);
  const tick = (path: (string | number)[], price: string | undefined) => {
    if (price !== undefined && !isMultipleOf(price, market.tickSize)) {
      issue(path, `must be a multiple of the tick size ${market.tickSize}`);
    }
  };
  tick(["price"], order.price);
  tick(["triggerPrice"], order.triggerPrice);
  for (const [name, leg] of [
    ["takeProfit", order.takeProfit],
    ["stopLoss", order.stopLoss],
  ] as const) {
    tick([name, "triggerPrice"], leg?.triggerPrice);
    tick([name, "price"], leg?.price);
  }
  if (order.expiresAt !== undefined) {
    if (order.expiresAt <= now) issue(["expiresAt"], "must be in the future");
    else if (order.expiresAt > now + maxOrderExpiryMs) {
      issue(
        ["expiresAt"],
        `must be at most ${maxOrderExpiryMs} ms ahead (the network's maximum order expiry)`,
      );
    }
  }
  if (issues.length > 0) {
    const text = issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new ValidationError(`invalid order for Extended: ${text}`, { venue: "extended", issues });
  }
}

/**
 * The worst acceptable price for an order executing at market: `reference` moved by `slippage`
 * against the taker (buy up, sell down) and rounded to the tick away from the reference, so the
 * order can still fill at the slippage bound.
 */
export function worstPrice(
  side: "buy" | "sell",
  reference: string,
  slippage: string,
  tickSize: string,
): string {
  if (side === "buy") return quantize(mulDecimal(reference, addDecimal("1", slippage)), tickSize, "up");
  const price = quantize(mulDecimal(reference, subDecimal("1", slippage)), tickSize, "down");
  // A sell bound rounded to zero would be refused; the smallest tick still sells at any price.
  return compareDecimal(price, "0") > 0 ? price : tickSize;
}

/** Expiry (ms) signed into the order: GTT's own, or the adapter's horizon for GTC / IOC. */
export function orderExpiry(
  order: ValidatedPlaceOrderRequest,
  now: number,
  trading: ResolvedTrading,
): number {
  if (order.expiresAt !== undefined) return order.expiresAt;
  const immediate = order.type === "market" || order.timeInForce === "IOC";
  return now + (immediate ? trading.iocExpiryMs : trading.gtcExpiryMs);
}

const TRIGGER_PRICE_TYPE: Record<TriggerPriceType, ExtendedTriggerPriceType> = {
  last: "LAST",
  mark: "MARK",
  index: "INDEX",
};

export interface IntentInputs {
  order: ValidatedPlaceOrderRequest;
  market: ExtendedMarket;
  /** Unified view of `market` (tick size for computed prices). */
  unified: Market;
  clientOrderId: string;
  vault: string;
  feeRate: string;
  /** The limit price, or for market orders the worst price (already resolved). */
  price: string;
  expiryEpochMillis: number;
  trading: ResolvedTrading;
}

/**
 * The order to sign, in Extended's terms: LIMIT (GTT, post-only when asked), MARKET (IOC with a
 * worst price), CONDITIONAL when `triggerPrice` is set (direction from `triggerDirection`, or the
 * stop direction: a buy fires above, a sell below), and attached TP/SL legs (`tpSlType: "ORDER"`,
 * opposite side, same size). Triggers watch the last price unless `triggerPriceType` says otherwise.
 */
export function buildOrderIntent(inputs: IntentInputs): OrderIntent {
  const { order, trading } = inputs;
  const intent: OrderIntent = {
    vault: inputs.vault,
    market: inputs.market,
    type: order.triggerPrice !== undefined ? "CONDITIONAL" : order.type === "market" ? "MARKET" : "LIMIT",
    side: order.side === "buy" ? "BUY" : "SELL",
    qty: order.size,
    price: inputs.price,
    fee: inputs.feeRate,
    expiryEpochMillis: inputs.expiryEpochMillis,
    id: inputs.clientOrderId,
    reduceOnly: order.reduceOnly,
    postOnly: order.postOnly,
    timeInForce: order.type === "market" || order.timeInForce === "IOC" ? "IOC" : "GTT",
    selfTradeProtectionLevel: trading.selfTradeProtection,
  };
  if (order.triggerPrice !== undefined) intent.trigger = triggerOf(order, order.triggerPrice);
  if (order.takeProfit !== undefined || order.stopLoss !== undefined) {
    intent.tpSlType = "ORDER";
    const legSide = order.side === "buy" ? "sell" : "buy";
    const leg = (attached: ValidatedAttachedTrigger): TpSlLegInput => ({
      triggerPrice: attached.triggerPrice,
      triggerPriceType: TRIGGER_PRICE_TYPE[attached.triggerPriceType ?? "last"],
      price:
        attached.price ??
        worstPrice(legSide, attached.triggerPrice, trading.marketSlippage, inputs.unified.tickSize),
      priceType: attached.price === undefined ? "MARKET" : "LIMIT",
    });
    if (order.takeProfit !== undefined) intent.takeProfit = leg(order.takeProfit);
    if (order.stopLoss !== undefined) intent.stopLoss = leg(order.stopLoss);
  }
  return intent;
}

function triggerOf(order: ValidatedPlaceOrderRequest, triggerPrice: string): OrderTrigger {
  const direction = order.triggerDirection ?? (order.side === "buy" ? "above" : "below");
  return {
    triggerPrice,
    triggerPriceType: TRIGGER_PRICE_TYPE[order.triggerPriceType ?? "last"],
    direction: direction === "above" ? "UP" : "DOWN",
    executionPriceType: order.type === "market" ? "MARKET" : "LIMIT",
  };
}

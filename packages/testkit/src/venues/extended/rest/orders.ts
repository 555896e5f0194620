import Big from "big.js";
import type { OrderView, PlaceOrderRequest, Rejection } from "../../../engine/index.js";
import type { SimHttpResponse } from "../../../server/index.js";
import { badRequest, ErrorCode, type ErrorCodeValue, ExtendedApiError, notFound, ok } from "../envelope.js";
import type { ExtendedMarketConfig } from "../markets.js";
import type { OrderMeta } from "../records.js";
import { orderMessageHash, verifyStarkSignature } from "../signatures.js";
import { type Fields, jsonBody, type PrivateContext, parseInteger } from "./context.js";

/** Order placement, replacement and cancellation (POST/DELETE /user/order…). */

const NONCE_MAX = 2n ** 31n;
const LIVE = new Set(["untriggered", "open", "partially-filled"]);

interface ParsedOrder {
  market: ExtendedMarketConfig;
  meta: OrderMeta;
  side: "BUY" | "SELL";
  qty: string;
  price: string;
  reduceOnly: boolean;
  postOnly: boolean;
  nonce: bigint;
  builderFee: string;
  cancelId: string | undefined;
}

function fail(code: ErrorCodeValue, message: string, debugInfo?: string): never {
  throw badRequest(code, message, debugInfo);
}

function isMultiple(value: string, unit: string): boolean {
  return new Big(value).mod(unit).eq(0);
}

function parseOrder(c: PrivateContext, body: Fields): ParsedOrder {
  const externalId = body.string("id");
  const marketName = body.string("market");
  const market = c.venue.markets.get(marketName);
  if (market === undefined) fail(ErrorCode.MarketNotFound, "Market not found");
  const type = body.oneOf("type", ["LIMIT", "MARKET", "CONDITIONAL", "TPSL", "TWAP"] as const);
  if (
    type === "TPSL" ||
    type === "TWAP" ||
    body.has("takeProfit") ||
    body.has("stopLoss") ||
    body.has("tpSlType")
  ) {
    fail(ErrorCode.NotAllowedOrderType, `Order type ${type} with TP/SL is not supported by this venue`);
  }
  const side = body.oneOf("side", ["BUY", "SELL"] as const);
  const qty = body.decimal("qty");
  if (!body.has("price")) fail(ErrorCode.MissingOrderPrice, "Order price is missing");
  const price = body.decimal("price", ErrorCode.InvalidPriceAmount);
  const timeInForce = body.oneOf("timeInForce", ["GTT", "IOC", "FOK"] as const, "GTT");
  if (timeInForce === "FOK") fail(ErrorCode.InvalidOrderParameters, "FOK time in force is not supported");
  if (type === "MARKET" && timeInForce !== "IOC")
    fail(ErrorCode.MarketOrderMustBeIOC, "Market order must be IOC");
  if (!body.has("expiryEpochMillis")) fail(ErrorCode.InvalidOrderExpiration, "expiryEpochMillis is required");
  const expiry = body.integer("expiryEpochMillis", ErrorCode.InvalidOrderExpiration);
  if (!body.has("fee")) fail(ErrorCode.InvalidTradingFees, "fee is required");
  const fee = body.decimal("fee", ErrorCode.InvalidTradingFees);
  const builderFee = body.has("builderFee") ? body.decimal("builderFee", ErrorCode.InvalidTradingFees) : "0";
  const nonce = parseInteger(body.raw.nonce);
  if (nonce === undefined || nonce < 1n || nonce > NONCE_MAX) {
    fail(ErrorCode.InvalidOrderParameters, "nonce must be an integer in [1, 2^31]");
  }
  const stp = body.oneOf("selfTradeProtectionLevel", ["DISABLED", "ACCOUNT", "CLIENT"] as const, "ACCOUNT");
  const reduceOnly = body.boolean("reduceOnly", false);
  const postOnly = body.boolean("postOnly", false);
  let trigger: OrderMeta["trigger"];
  if (type === "CONDITIONAL") {
    if (!body.has("trigger")) fail(ErrorCode.MissingConditionalTrigger, "Conditional order needs a trigger");
    const t = body.object("trigger", ErrorCode.MissingConditionalTrigger);
    trigger = {
      triggerPrice: t.decimal("triggerPrice"),
      triggerPriceType: t.oneOf("triggerPriceType", ["LAST", "MARK", "INDEX"] as const, "LAST"),
      // The create-order request names it `direction`; REST order examples use `triggerPriceDirection`.
      direction: t.oneOf(t.has("direction") ? "direction" : "triggerPriceDirection", ["UP", "DOWN"] as const),
      executionPriceType: t.oneOf("executionPriceType", ["LIMIT", "MARKET"] as const, "LIMIT"),
    };
    if (trigger.executionPriceType === "MARKET" && postOnly) {
      fail(
        ErrorCode.PostOnlyCantBeOnConditionalMarketOrder,
        "Post-only is not allowed on conditional market orders",
      );
    }
  } else if (body.has("trigger")) {
    fail(ErrorCode.InvalidOrderParameters, "Only conditional orders take a trigger");
  }
  if (expiry > BigInt(Number.MAX_SAFE_INTEGER)) fail(ErrorCode.InvalidOrderExpiration, "Invalid expiration");
  return {
    market,
    side,
    qty,
    price,
    reduceOnly,
    postOnly,
    nonce,
    builderFee,
    cancelId: body.optionalString("cancelId"),
    meta: {
      externalId,
      type,
      timeInForce,
      expiryEpochMillis: Number(expiry),
      feeRate: fee,
      selfTradeProtectionLevel: stp,
      trigger,
    },
  };
}

/** Trading rules the REST layer enforces before the order reaches the matching engine. */
function checkTradingRules(c: PrivateContext, o: ParsedOrder): void {
  const { market, meta } = o;
  const now = c.venue.clock.now();
  if (meta.expiryEpochMillis <= now || meta.expiryEpochMillis > now + c.rules.maxOrderExpiryMs) {
    fail(ErrorCode.InvalidOrderExpiration, "Invalid order expiration");
  }
  const price = new Big(o.price);
  const qty = new Big(o.qty);
  if (price.lte(0)) fail(ErrorCode.InvalidPriceAmount, "Invalid price amount");
  if (qty.lte(0) || qty.lt(market.minOrderSize)) {
    fail(ErrorCode.OrderQtyLessThanMinTradeSize, "Order quantity less than min trade size");
  }
  if (!isMultiple(o.qty, market.minOrderSizeChange)) {
    fail(ErrorCode.InvalidQtyWrongSizeIncrement, "Invalid quantity, wrong size increment");
  }
  if (!isMultiple(o.price, market.minPriceChange)) {
    fail(ErrorCode.InvalidPriceWrongPriceMovement, "Invalid price, wrong price movement");
  }
  if (meta.trigger !== undefined && !isMultiple(meta.trigger.triggerPrice, market.minPriceChange)) {
    fail(ErrorCode.InvalidPriceWrongPriceMovement, "Invalid trigger price, wrong price movement");
  }
  const minFee = o.postOnly ? market.makerFeeRate : market.takerFeeRate;
  if (new Big(meta.feeRate).lt(minFee)) fail(ErrorCode.InvalidTradingFees, "Invalid trading fees");
  const marketLike = meta.type === "MARKET" || meta.trigger?.executionPriceType === "MARKET";
  const value = qty.times(price);
  const maxValue = marketLike ? market.maxMarketOrderValue : market.maxLimitOrderValue;
  if (value.gt(maxValue))
    fail(ErrorCode.OrderValueExceedsMaxOrderValue, "Order value exceeds max order value");
  // Price band: relative to the mark, or to the trigger for conditional orders.
  const reference = new Big(meta.trigger?.triggerPrice ?? c.venue.engine.market(market.name)!.markPrice);
  const cap = marketLike && meta.trigger === undefined ? market.marketOrderPriceBand : market.limitPriceCap;
  const floor =
    marketLike && meta.trigger === undefined ? market.marketOrderPriceBand : market.limitPriceFloor;
  if (o.side === "BUY" && price.gt(reference.times(new Big(1).plus(cap)))) {
    fail(
      ErrorCode.InvalidPriceAmount,
      "Invalid price amount",
      `Buy price ${o.price} above ${reference.toString()} × (1 + ${cap})`,
    );
  }
  if (o.side === "SELL" && price.lt(reference.times(new Big(1).minus(floor)))) {
    fail(
      ErrorCode.InvalidPriceAmount,
      "Invalid price amount",
      `Sell price ${o.price} below ${reference.toString()} × (1 − ${floor})`,
    );
  }
  const accountId = String(c.account.accountId);
  if (c.venue.engine.openOrders(accountId, market.name).length >= market.maxNumOrders) {
    fail(ErrorCode.MaxOpenOrdersNumberExceeded, "Max open orders number exceeded");
  }
  if (!o.reduceOnly) {
    const position = new Big(c.venue.engine.position(accountId, market.name)!.size);
    const after = position.plus(o.side === "BUY" ? qty : qty.neg()).abs();
    if (after.times(price).gt(market.maxPositionValue)) {
      fail(ErrorCode.MaxPositionValueExceeded, "Max position value exceeded");
    }
  }
}

function checkSettlement(c: PrivateContext, o: ParsedOrder, body: Fields): void {
  if (!body.has("settlement")) fail(ErrorCode.InvalidStarknetSignature, "Order settlement is missing");
  const settlement = body.object("settlement", ErrorCode.InvalidStarknetSignature);
  const starkKey = parseInteger(settlement.raw.starkKey);
  if (starkKey === undefined || starkKey !== BigInt(c.account.starkPublicKey)) {
    fail(ErrorCode.InvalidStarknetPublicKey, "Invalid Starknet public key");
  }
  const vault = parseInteger(settlement.raw.collateralPosition);
  if (vault === undefined || vault !== BigInt(c.account.vault)) {
    fail(ErrorCode.InvalidStarknetVault, "Invalid Starknet vault");
  }
  const signature = settlement.has("signature")
    ? settlement.object("signature", ErrorCode.InvalidStarknetSignature)
    : undefined;
  const r = parseInteger(signature?.raw.r);
  const s = parseInteger(signature?.raw.s);
  let hash: bigint;
  try {
    hash = messageHashOf(c, o, starkKey);
  } catch {
    fail(ErrorCode.InvalidStarknetSignature, "Invalid Starknet signature");
  }
  if (r === undefined || s === undefined || !verifyStarkSignature(hash, { r, s }, starkKey)) {
    fail(ErrorCode.InvalidStarknetSignature, "Invalid Starknet signature");
  }
}

/** The hash the order's settlement must sign, from the body and the account's registered vault. */
function messageHashOf(c: PrivateContext, o: ParsedOrder, starkKey: bigint): bigint {
  return orderMessageHash({
    domain: c.rules.domain,
    side: o.side,
    qty: o.qty,
    price: o.price,
    feeRate: o.meta.feeRate,
    builderFeeRate: o.builderFee,
    syntheticId: o.market.l2Config.syntheticId,
    syntheticResolution: o.market.l2Config.syntheticResolution,
    collateralId: o.market.l2Config.collateralId,
    collateralResolution: o.market.l2Config.collateralResolution,
    vault: c.account.vault,
    expiryEpochMillis: o.meta.expiryEpochMillis,
    nonce: o.nonce,
    publicKey: starkKey,
  });
}

function engineRequest(c: PrivateContext, o: ParsedOrder): PlaceOrderRequest {
  const { meta } = o;
  const executesAsMarket = meta.type === "MARKET" || meta.trigger?.executionPriceType === "MARKET";
  const resting = !executesAsMarket && meta.timeInForce === "GTT";
  return {
    accountId: String(c.account.accountId),
    market: o.market.name,
    side: o.side === "BUY" ? "buy" : "sell",
    type: executesAsMarket ? "market" : "limit",
    price: o.price,
    size: o.qty,
    clientId: meta.externalId,
    timeInForce: resting ? "GTT" : "IOC",
    ...(resting ? { expiresAt: meta.expiryEpochMillis } : {}),
    postOnly: o.postOnly,
    reduceOnly: o.reduceOnly,
    selfTradePrevention: meta.selfTradeProtectionLevel === "DISABLED" ? "none" : "expire-taker",
    ...(meta.trigger === undefined
      ? {}
      : {
          // The engine triggers on the mark price; LAST and INDEX triggers are approximated by it.
          trigger: {
            price: meta.trigger.triggerPrice,
            direction: meta.trigger.direction === "UP" ? "up" : "down",
          },
        }),
  };
}

function draftView(c: PrivateContext, o: ParsedOrder, request: PlaceOrderRequest): OrderView {
  const now = c.venue.clock.now();
  return {
    id: "0",
    clientId: o.meta.externalId,
    accountId: request.accountId,
    market: request.market,
    side: request.side,
    type: request.type,
    price: o.price,
    size: o.qty,
    filledSize: "0",
    remainingSize: o.qty,
    averageFillPrice: undefined,
    timeInForce: request.timeInForce ?? "GTC",
    expiresAt: request.expiresAt,
    postOnly: o.postOnly,
    reduceOnly: o.reduceOnly,
    selfTradePrevention: request.selfTradePrevention ?? "expire-taker",
    trigger: undefined,
    status: "rejected",
    createdAt: now,
    updatedAt: now,
  };
}

/** Engine refusals the REST layer reports synchronously, with Extended's codes. */
function rejectionError(c: PrivateContext, o: ParsedOrder, rejection: Rejection): ExtendedApiError {
  const code = (() => {
    switch (rejection.reason) {
      case "unknown-market":
        return ErrorCode.MarketNotFound;
      case "unknown-account":
        return ErrorCode.AccountNotFound;
      case "invalid-price":
        return ErrorCode.InvalidPriceWrongPriceMovement;
      case "invalid-size":
        return ErrorCode.InvalidQtyWrongSizeIncrement;
      case "size-below-minimum":
        return ErrorCode.OrderQtyLessThanMinTradeSize;
      case "invalid-expiry":
        return ErrorCode.InvalidOrderExpiration;
      case "duplicate-client-id":
        return ErrorCode.DuplicateOrder;
      case "reduce-only-would-increase": {
        const size = new Big(c.venue.engine.position(String(c.account.accountId), o.market.name)!.size);
        return size.eq(0)
          ? ErrorCode.ReduceOnlyOrderPositionIsMissing
          : ErrorCode.ReduceOnlyOrderPositionSameSide;
      }
      case "reduce-only-exceeds-position":
        return ErrorCode.ReduceOnlyOrderSizeExceedsPositionSize;
      case "insufficient-margin":
        return ErrorCode.OrderCostExceedsBalance;
      default:
        return ErrorCode.InvalidOrderParameters;
    }
  })();
  const message =
    code === ErrorCode.OrderCostExceedsBalance
      ? "New order cost exceeds available balance"
      : rejection.message;
  return badRequest(code, message, rejection.message);
}

export function createOrder(c: PrivateContext): SimHttpResponse {
  const body = jsonBody(c.request, ErrorCode.InvalidOrderParameters);
  const order = parseOrder(c, body);
  checkTradingRules(c, order);
  checkSettlement(c, order, body);
  const accountId = c.account.accountId;
  if (c.venue.externalIdUsed(accountId, order.meta.externalId)) {
    fail(ErrorCode.DuplicateOrder, "Duplicate order");
  }
  if (order.cancelId !== undefined) {
    const previous = c.venue
      .ordersByExternalId(accountId, order.cancelId)
      .find((r) => LIVE.has(r.view.status));
    if (previous === undefined) fail(ErrorCode.EditOrderNotFound, "Edit order not found");
    c.venue.engine.cancelOrder({ accountId: String(accountId), orderId: previous.view.id });
  }
  const request = engineRequest(c, order);
  c.venue.expectOrder(accountId, order.meta, draftView(c, order, request));
  let result: ReturnType<typeof c.venue.engine.placeOrder>;
  let id: string | undefined;
  try {
    result = c.venue.engine.placeOrder(request);
  } finally {
    // The id the order got: the engine's, or one given to an asynchronously rejected order.
    id = c.venue.settleExpectation(accountId, order.meta.externalId);
  }
  if (id === undefined) {
    if (!result.ok) throw rejectionError(c, order, result);
    id = result.order.id;
  }
  return ok({ id: BigInt(id), externalId: order.meta.externalId });
}

export function cancelOrderById(c: PrivateContext, id: string): SimHttpResponse {
  const record = /^\d+$/.test(id) ? c.venue.order(c.account.accountId, BigInt(id).toString()) : undefined;
  if (record === undefined || !LIVE.has(record.view.status)) throw notFound("Order not found");
  c.venue.engine.cancelOrder({ accountId: String(c.account.accountId), orderId: record.view.id });
  return ok();
}

export function cancelOrderByExternalId(c: PrivateContext): SimHttpResponse {
  const externalId = c.request.query.get("externalId");
  if (externalId === null || externalId === "") throw badRequest("BAD_REQUEST", "externalId is required");
  const record = c.venue
    .ordersByExternalId(c.account.accountId, externalId)
    .find((r) => LIVE.has(r.view.status));
  if (record === undefined) throw notFound("Order not found");
  c.venue.engine.cancelOrder({ accountId: String(c.account.accountId), orderId: record.view.id });
  return ok();
}

export function massCancel(c: PrivateContext): SimHttpResponse {
  const body = jsonBody(c.request, "BAD_REQUEST");
  const orderIds = (body.array("orderIds") ?? []).map((v) => parseInteger(v)?.toString());
  const externalIds = body.array("externalOrderIds") ?? [];
  const markets = body.array("markets") ?? [];
  const cancelAll = body.boolean("cancelAll", false);
  if (orderIds.length === 0 && externalIds.length === 0 && markets.length === 0 && !cancelAll) {
    throw badRequest("BAD_REQUEST", "One of orderIds, externalOrderIds, markets or cancelAll is required");
  }
  if (orderIds.includes(undefined)) throw badRequest("BAD_REQUEST", "orderIds must be integers");
  for (const market of markets) {
    if (typeof market !== "string" || !c.venue.markets.has(market)) {
      throw badRequest(ErrorCode.MarketNotFound, "Market not found");
    }
  }
  const engineAccount = String(c.account.accountId);
  if (cancelAll) {
    c.venue.engine.cancelAll({ accountId: engineAccount });
    return ok();
  }
  for (const market of markets as string[]) c.venue.engine.cancelAll({ accountId: engineAccount, market });
  const live = c.venue.orders(c.account.accountId).filter((r) => LIVE.has(r.view.status));
  for (const record of live) {
    if (orderIds.includes(record.view.id) || externalIds.includes(record.meta.externalId)) {
      c.venue.engine.cancelOrder({ accountId: engineAccount, orderId: record.view.id });
    }
  }
  return ok();
}

export function rfqNotSupported(): SimHttpResponse {
  throw new ExtendedApiError(400, ErrorCode.NotAllowedOrderType, "No RFQ markets are listed");
}

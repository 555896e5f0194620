import * as z from "zod/mini";
import type { MarginMode } from "./account.js";
import type { OrderSide, TimeInForce } from "./order.js";
import {
  clientOrderIdString,
  flag,
  nonEmptyString,
  oneOf,
  parseWith,
  positiveDecimal,
  positiveMillis,
} from "./validation.js";

/** Which price a trigger watches. */
export type TriggerPriceType = "mark" | "index" | "last";

/** A take-profit or stop-loss attached to an entry order; without `price` it executes at market. */
export interface AttachedTrigger {
  triggerPrice: string;
  price?: string | undefined;
  triggerPriceType?: TriggerPriceType | undefined;
}

/**
 * A new order, as users write it. Prices and sizes are decimal strings ("0.1"), never numbers.
 * `triggerPrice` makes it a conditional (stop/take-profit) order, `takeProfit`/`stopLoss` attach
 * protective orders to it; check the venue's capabilities (`triggerOrders`, `tpsl`) first.
 */
export interface PlaceOrderRequest {
  symbol: string;
  side: OrderSide;
  type: "limit" | "market";
  size: string;
  /** Required for limit orders; for market orders the worst acceptable price, where the venue takes one. */
  price?: string | undefined;
  timeInForce?: TimeInForce | undefined;
  postOnly?: boolean | undefined;
  reduceOnly?: boolean | undefined;
  clientOrderId?: string | undefined;
  triggerPrice?: string | undefined;
  /** Fire when the watched price rises to (`above`) or falls to (`below`) the trigger price. */
  triggerDirection?: "above" | "below" | undefined;
  triggerPriceType?: TriggerPriceType | undefined;
  takeProfit?: AttachedTrigger | undefined;
  stopLoss?: AttachedTrigger | undefined;
  /** Expiry in ms since the epoch; required with GTT. */
  expiresAt?: number | undefined;
}

/** A PlaceOrderRequest after validation: decimals normalized, flags resolved. */
export interface ValidatedPlaceOrderRequest {
  symbol: string;
  side: OrderSide;
  type: "limit" | "market";
  size: string;
  price: string | undefined;
  timeInForce: TimeInForce | undefined;
  /** Set whenever `timeInForce` is "post-only" too: adapters read this flag. */
  postOnly: boolean;
  reduceOnly: boolean;
  clientOrderId: string | undefined;
  triggerPrice: string | undefined;
  triggerDirection: "above" | "below" | undefined;
  triggerPriceType: TriggerPriceType | undefined;
  takeProfit: ValidatedAttachedTrigger | undefined;
  stopLoss: ValidatedAttachedTrigger | undefined;
  expiresAt: number | undefined;
}

export interface ValidatedAttachedTrigger {
  triggerPrice: string;
  price: string | undefined;
  triggerPriceType: TriggerPriceType | undefined;
}

/** Cancel one order, by the venue's id or by the client order id (exactly one of them). */
export interface CancelOrderRequest {
  /** Some venues need the market to cancel; adapters that track the order can fill it in. */
  symbol?: string | undefined;
  orderId?: string | undefined;
  clientOrderId?: string | undefined;
}

export interface ValidatedCancelOrderRequest {
  symbol: string | undefined;
  orderId: string | undefined;
  clientOrderId: string | undefined;
}

/** Cancel every open order, or every open order of one market. */
export interface CancelAllOrdersRequest {
  symbol?: string | undefined;
}

export interface SetLeverageRequest {
  symbol: string;
  /** Leverage multiple (10 = 10×); not money, so a number. */
  leverage: number;
  marginMode?: MarginMode | undefined;
}

const triggerPriceType = oneOf(["mark", "index", "last"] as const);

const attachedTriggerSchema = z.strictObject({
  triggerPrice: positiveDecimal(),
  price: z.optional(positiveDecimal()),
  triggerPriceType: z.optional(triggerPriceType),
});

function attached(
  value: z.output<typeof attachedTriggerSchema> | undefined,
): ValidatedAttachedTrigger | undefined {
  if (value === undefined) return undefined;
  return { triggerPrice: value.triggerPrice, price: value.price, triggerPriceType: value.triggerPriceType };
}

const placeOrderShape = z.strictObject(
  {
    symbol: nonEmptyString("a market symbol"),
    side: oneOf(["buy", "sell"] as const),
    type: oneOf(["limit", "market"] as const),
    size: positiveDecimal(),
    price: z.optional(positiveDecimal()),
    timeInForce: z.optional(oneOf(["GTC", "IOC", "FOK", "GTT", "post-only"] as const)),
    postOnly: z.optional(flag()),
    reduceOnly: z.optional(flag()),
    clientOrderId: z.optional(clientOrderIdString()),
    triggerPrice: z.optional(positiveDecimal()),
    triggerDirection: z.optional(oneOf(["above", "below"] as const)),
    triggerPriceType: z.optional(triggerPriceType),
    takeProfit: z.optional(attachedTriggerSchema),
    stopLoss: z.optional(attachedTriggerSchema),
    expiresAt: z.optional(positiveMillis()),
  },
  { error: (issue) => (issue.code === "invalid_type" ? "must be an object" : undefined) },
);

type PlaceOrderShape = z.output<typeof placeOrderShape>;

function checkPlaceOrder(order: PlaceOrderShape, ctx: z.core.$RefinementCtx<PlaceOrderShape>): void {
  const fail = (path: string, message: string) =>
    ctx.addIssue({ code: "custom", path: [path], message, input: order });
  const tif = order.timeInForce;
  if (order.type === "limit" && order.price === undefined) fail("price", "is required for limit orders");
  if (order.type === "market") {
    if (order.postOnly === true || tif === "post-only") fail("postOnly", "is not possible for market orders");
    if (tif === "GTC" || tif === "GTT")
      fail("timeInForce", `${tif} is not possible for market orders (use IOC or FOK)`);
  }
  if (tif === "post-only" && order.postOnly === false)
    fail("postOnly", 'contradicts timeInForce "post-only"');
  if (order.postOnly === true && (tif === "IOC" || tif === "FOK")) {
    fail("postOnly", `cannot be combined with timeInForce ${tif}: a post-only order must be able to rest`);
  }
  if (tif === "GTT" && order.expiresAt === undefined) fail("expiresAt", "is required with timeInForce GTT");
  if (order.triggerPrice === undefined) {
    if (order.triggerDirection !== undefined) fail("triggerDirection", "needs triggerPrice");
    if (order.triggerPriceType !== undefined) fail("triggerPriceType", "needs triggerPrice");
  }
  if (order.reduceOnly === true && (order.takeProfit !== undefined || order.stopLoss !== undefined)) {
    fail(
      "reduceOnly",
      "cannot be combined with attached takeProfit/stopLoss: they protect a position being opened",
    );
  }
}

/** zod schema for PlaceOrderRequest; its output is a ValidatedPlaceOrderRequest. */
export const placeOrderRequestSchema = z.pipe(
  placeOrderShape.check(z.superRefine(checkPlaceOrder)),
  z.transform(
    (order: PlaceOrderShape): ValidatedPlaceOrderRequest => ({
      symbol: order.symbol,
      side: order.side,
      type: order.type,
      size: order.size,
      price: order.price,
      timeInForce: order.timeInForce,
      postOnly: order.postOnly === true || order.timeInForce === "post-only",
      reduceOnly: order.reduceOnly ?? false,
      clientOrderId: order.clientOrderId,
      triggerPrice: order.triggerPrice,
      triggerDirection: order.triggerDirection,
      triggerPriceType: order.triggerPriceType,
      takeProfit: attached(order.takeProfit),
      stopLoss: attached(order.stopLoss),
      expiresAt: order.expiresAt,
    }),
  ),
);

const cancelOrderShape = z.strictObject(
  {
    symbol: z.optional(nonEmptyString("a market symbol")),
    orderId: z.optional(nonEmptyString("a non-empty order id")),
    clientOrderId: z.optional(clientOrderIdString()),
  },
  { error: (issue) => (issue.code === "invalid_type" ? "must be an object" : undefined) },
);

export const cancelOrderRequestSchema = z.pipe(
  cancelOrderShape.check(
    z.refine((value) => (value.orderId === undefined) !== (value.clientOrderId === undefined), {
      message: "give exactly one of orderId or clientOrderId",
    }),
  ),
  z.transform(
    (value: z.output<typeof cancelOrderShape>): ValidatedCancelOrderRequest => ({
      symbol: value.symbol,
      orderId: value.orderId,
      clientOrderId: value.clientOrderId,
    }),
  ),
);

export const cancelAllOrdersRequestSchema = z.strictObject(
  { symbol: z.optional(nonEmptyString("a market symbol")) },
  { error: (issue) => (issue.code === "invalid_type" ? "must be an object" : undefined) },
);

export const setLeverageRequestSchema = z.strictObject(
  {
    symbol: nonEmptyString("a market symbol"),
    leverage: z
      .number({
        error: (issue) => (issue.input === undefined ? "is required" : "must be a number such as 10"),
      })
      .check(z.positive("must be greater than zero"), z.maximum(10_000, "must be at most 10000")),
    marginMode: z.optional(oneOf(["cross", "isolated"] as const)),
  },
  { error: (issue) => (issue.code === "invalid_type" ? "must be an object" : undefined) },
);

/** Validates a new order; throws ValidationError (with `issues`) before anything is signed or sent. */
export function parsePlaceOrderRequest(input: unknown): ValidatedPlaceOrderRequest {
  return parseWith(placeOrderRequestSchema, input, "order");
}

export function parseCancelOrderRequest(input: unknown): ValidatedCancelOrderRequest {
  return parseWith(cancelOrderRequestSchema, input, "cancel request");
}

export function parseCancelAllOrdersRequest(input: unknown = {}): CancelAllOrdersRequest {
  return parseWith(cancelAllOrdersRequestSchema, input, "cancel-all request");
}

export function parseSetLeverageRequest(input: unknown): SetLeverageRequest {
  return parseWith(setLeverageRequestSchema, input, "leverage request");
}

import * as z from "zod/mini";
import { actionPayload } from "../digest/payload.js";
import { toSigningKey, type VestSigningKeySource } from "../keys/signing-key.js";
import type { Hex, SignedRequest, SigningPayload, SignOptions } from "../types.js";
import * as field from "../validation/fields.js";
import { parseInput } from "../validation/parse.js";
import { envelope } from "./envelope.js";

/** Order types a signature can cover: the two entry types and the two attached child types. */
export type VestSignedOrderType = "MARKET" | "LIMIT" | "TAKE_PROFIT" | "STOP_LOSS";

/**
 * `GTC` and `FOK` are documented. `IOC` is undocumented but was reported trading on mainnet; it
 * is accepted here because timeInForce is not signed and the server is the judge.
 */
export type VestTimeInForce = "GTC" | "FOK" | "IOC";

/** Exactly the fields an order signature covers, in ABI order. */
export interface OrderSignatureFields {
  time: number;
  nonce: number;
  orderType: VestSignedOrderType;
  symbol: string;
  isBuy: boolean;
  size: string;
  limitPrice: string;
  reduceOnly: boolean;
}

interface OrderRequestBase {
  /** Epoch ms; the server drops the order after `time + recvWindow`. */
  time: number;
  nonce: number;
  symbol: string;
  isBuy: boolean;
  /** Formatted with exactly the market's `sizeDecimals`; signed and sent byte-for-byte. */
  size: string;
  reduceOnly?: boolean;
}

export interface LimitOrderRequest extends OrderRequestBase {
  orderType: "LIMIT";
  /** Formatted with exactly the market's `priceDecimals`. */
  limitPrice: string;
  timeInForce?: VestTimeInForce;
  /** Attaches a TAKE_PROFIT child (reduce-only, opposite side) at this price. */
  tpPrice?: string;
  /** Attaches a STOP_LOSS child (reduce-only, opposite side) at this price. */
  slPrice?: string;
}

export interface MarketOrderRequest extends OrderRequestBase {
  orderType: "MARKET";
  /** Worst acceptable price (slippage cap). Vest requires it on MARKET orders and signs it. */
  limitPrice: string;
}

export type OrderRequest = LimitOrderRequest | MarketOrderRequest;

/** The `order` object of `POST /orders`. */
export interface OrderBody {
  time: number;
  nonce: number;
  symbol: string;
  isBuy: boolean;
  size: string;
  orderType: "MARKET" | "LIMIT";
  limitPrice: string;
  reduceOnly: boolean;
  timeInForce?: VestTimeInForce;
  tpPrice?: string;
  tpSignature?: Hex;
  slPrice?: string;
  slSignature?: Hex;
}

/**
 * Which time/nonce the TP/SL child signatures use. The docs only say the child differs from the
 * parent in orderType, side, price and reduceOnly, and the body carries no child time or nonce,
 * so "parent" (the default) signs children with the parent's time and nonce. "increment" signs
 * TP with nonce + 1 and SL with nonce + 2, as one third-party client does. Neither is verified
 * against the server: test TP/SL on dev before relying on either.
 */
export type ChildNoncePolicy = "parent" | "increment";

export interface OrderSignOptions extends SignOptions {
  childNonce?: ChildNoncePolicy;
}

const signatureFieldsSchema = z.object({
  time: field.epochMillis,
  nonce: field.nonce,
  orderType: z.enum(["MARKET", "LIMIT", "TAKE_PROFIT", "STOP_LOSS"], {
    error: "must be MARKET, LIMIT, TAKE_PROFIT or STOP_LOSS",
  }),
  symbol: field.symbol,
  isBuy: field.bool,
  size: field.positiveDecimal,
  limitPrice: field.positiveDecimal,
  reduceOnly: field.bool,
});

const baseShape = {
  time: field.epochMillis,
  nonce: field.nonce,
  symbol: field.symbol,
  isBuy: field.bool,
  size: field.positiveDecimal,
  limitPrice: field.positiveDecimal,
  reduceOnly: z.optional(field.bool),
};

const orderRequestSchema = z.discriminatedUnion(
  "orderType",
  [
    z.strictObject({
      ...baseShape,
      orderType: z.literal("LIMIT"),
      timeInForce: z.optional(z.enum(["GTC", "FOK", "IOC"], { error: "must be GTC, FOK or IOC" })),
      tpPrice: z.optional(field.positiveDecimal),
      slPrice: z.optional(field.positiveDecimal),
    }),
    // Strict, so TP/SL or timeInForce on a MARKET order is an error instead of being dropped.
    z.strictObject({ ...baseShape, orderType: z.literal("MARKET") }),
  ],
  { error: 'orderType must be "LIMIT" or "MARKET"' },
);

const optionsSchema = z.object({
  recvWindow: z.optional(field.recvWindow),
  childNonce: z.optional(z.enum(["parent", "increment"], { error: 'must be "parent" or "increment"' })),
});

/** abi.encode(uint256 time, uint256 nonce, string orderType, string symbol, bool isBuy, string size, string limitPrice, bool reduceOnly). */
export function orderPayload(fields: OrderSignatureFields): SigningPayload {
  const f = parseInput(signatureFieldsSchema, fields, "Vest order signature fields");
  return unvalidatedOrderPayload(f);
}

function unvalidatedOrderPayload(f: OrderSignatureFields): SigningPayload {
  return actionPayload([
    { type: "uint256", value: f.time },
    { type: "uint256", value: f.nonce },
    { type: "string", value: f.orderType },
    { type: "string", value: f.symbol },
    { type: "bool", value: f.isBuy },
    { type: "string", value: f.size },
    { type: "string", value: f.limitPrice },
    { type: "bool", value: f.reduceOnly },
  ]);
}

/**
 * Signs a LIMIT or MARKET order, plus its TP/SL children when asked, and returns the complete
 * `POST /orders` body. The strings in the body are the very strings that were signed.
 */
export async function signOrder(
  signingKey: VestSigningKeySource,
  request: OrderRequest,
  options: OrderSignOptions = {},
): Promise<SignedRequest<OrderBody>> {
  const input = parseInput(orderRequestSchema, request, "Vest order");
  const opts = parseInput(optionsSchema, options, "Vest order options");
  const key = toSigningKey(signingKey);

  const order: OrderBody = {
    time: input.time,
    nonce: input.nonce,
    symbol: input.symbol,
    isBuy: input.isBuy,
    size: input.size,
    orderType: input.orderType,
    limitPrice: input.limitPrice,
    reduceOnly: input.reduceOnly ?? false,
  };
  if (input.orderType === "MARKET") {
    return envelope(order, await key.signPayload(unvalidatedOrderPayload(order)), opts.recvWindow);
  }

  if (input.timeInForce !== undefined) order.timeInForce = input.timeInForce;
  const childNonce = (offset: number): number =>
    opts.childNonce === "increment"
      ? parseInput(field.nonce, input.nonce + offset, "Vest TP/SL child nonce")
      : input.nonce;
  const child = (orderType: "TAKE_PROFIT" | "STOP_LOSS", price: string, nonce: number): SigningPayload =>
    unvalidatedOrderPayload({
      time: input.time,
      nonce,
      orderType,
      symbol: input.symbol,
      isBuy: !input.isBuy,
      size: input.size,
      limitPrice: price,
      reduceOnly: true,
    });
  const tp = input.tpPrice === undefined ? undefined : child("TAKE_PROFIT", input.tpPrice, childNonce(1));
  const sl = input.slPrice === undefined ? undefined : child("STOP_LOSS", input.slPrice, childNonce(2));

  const [signature, tpSignature, slSignature] = await Promise.all([
    key.signPayload(unvalidatedOrderPayload(order)),
    tp && key.signPayload(tp),
    sl && key.signPayload(sl),
  ]);
  if (input.tpPrice !== undefined && tpSignature !== undefined) {
    order.tpPrice = input.tpPrice;
    order.tpSignature = tpSignature;
  }
  if (input.slPrice !== undefined && slSignature !== undefined) {
    order.slPrice = input.slPrice;
    order.slSignature = slSignature;
  }
  return envelope(order, signature, opts.recvWindow);
}

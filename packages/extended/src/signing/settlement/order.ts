import { ValidationError } from "@perp/core";
import * as z from "zod/mini";
import type { StarkSigner } from "../signer.js";
import type { StarknetDomain } from "../snip12/domain.js";
import {
  decimalSchema,
  domainSchema,
  feltSchema,
  NONCE_MAX,
  nonceSchema,
  positionIdSchema,
  resolutionSchema,
  validate,
} from "../validation.js";
import { entirePositionSize, type OrderSide, type SettlementAmounts } from "./amounts.js";
import {
  type MarketL2Config,
  ORDER_EXPIRATION_BUFFER_SECONDS,
  type OrderSettlement,
  type SettlementParams,
  signOrderSettlement,
} from "./order-settlement.js";

export type OrderType = "LIMIT" | "MARKET" | "CONDITIONAL" | "TPSL";
export type TimeInForce = "GTT" | "IOC";
export type SelfTradeProtectionLevel = "DISABLED" | "ACCOUNT" | "CLIENT";
export type TriggerPriceType = "LAST" | "MARK" | "INDEX";
export type TpSlType = "ORDER" | "POSITION";

export interface OrderTrigger {
  triggerPrice: string;
  triggerPriceType: TriggerPriceType;
  /** UP triggers when price ≥ trigger, DOWN when ≤. */
  direction: "UP" | "DOWN";
  executionPriceType: "LIMIT" | "MARKET";
}

export interface TpSlLegInput {
  triggerPrice: string;
  triggerPriceType: TriggerPriceType;
  /** Limit price the leg executes at; also the price its settlement is signed for. */
  price: string;
  priceType: "LIMIT" | "MARKET";
}

export interface OrderMarket {
  /** Market name, e.g. "BTC-USD". */
  name: string;
  l2Config: MarketL2Config;
  /** tradingConfig.minOrderSizeChange; required for entire-position (POSITION) TP/SL. */
  minOrderSizeChange?: string;
  /** tradingConfig.maxPositionValue; required for entire-position (POSITION) TP/SL. */
  maxPositionValue?: string;
}

/** A complete order to sign, in the units a user thinks in. */
export interface OrderInput {
  domain: StarknetDomain;
  /** The account's l2Vault (collateral position id, u32). */
  vault: number | string;
  market: OrderMarket;
  type: OrderType;
  side: OrderSide;
  /** Decimal size; "0" for an entire-position TPSL order. */
  qty: string;
  /** Limit or worst price; for TPSL orders "0" (the default). */
  price?: string;
  /** Exchange fee rate you accept (the request's `fee`). */
  fee: string;
  /** Builder fee rate; signed together with `fee`. Requires `builderId`. */
  builderFee?: string;
  builderId?: number;
  /** Order expiry, epoch ms. The signature expires 14 days later. */
  expiryEpochMillis: number;
  /** 1 ≤ nonce ≤ 2^31; random when omitted. TP/SL legs reuse it. */
  nonce?: number;
  /** External id; defaults to the decimal order hash. */
  id?: string;
  /** External id of the order this one replaces (edit = cancel-replace). */
  cancelId?: string;
  reduceOnly?: boolean;
  postOnly?: boolean;
  timeInForce?: TimeInForce;
  selfTradeProtectionLevel?: SelfTradeProtectionLevel;
  trigger?: OrderTrigger;
  tpSlType?: TpSlType;
  takeProfit?: TpSlLegInput;
  stopLoss?: TpSlLegInput;
  /** Override of the 14-day settlement expiration buffer, seconds. */
  expirationBufferSeconds?: number;
}

export interface DebuggingAmounts {
  collateralAmount: string;
  feeAmount: string;
  syntheticAmount: string;
}

export interface TpSlLegBody {
  triggerPrice: string;
  triggerPriceType: TriggerPriceType;
  price: string;
  priceType: "LIMIT" | "MARKET";
  settlement: OrderSettlement;
  debuggingAmounts: DebuggingAmounts;
}

/** Body of POST /api/v1/user/order (absent optionals are omitted). */
export interface OrderRequestBody {
  id: string;
  market: string;
  type: OrderType;
  side: OrderSide;
  qty: string;
  price: string;
  reduceOnly: boolean;
  postOnly: boolean;
  timeInForce: TimeInForce;
  expiryEpochMillis: number;
  fee: string;
  nonce: string;
  selfTradeProtectionLevel: SelfTradeProtectionLevel;
  cancelId?: string;
  settlement?: OrderSettlement;
  trigger?: OrderTrigger;
  tpSlType?: TpSlType;
  takeProfit?: TpSlLegBody;
  stopLoss?: TpSlLegBody;
  debuggingAmounts?: DebuggingAmounts;
  builderFee?: string;
  builderId?: number;
}

export interface SignedOrder {
  /** The external id sent as `id`. */
  id: string;
  /** Decimal message hash of the order's own settlement (for TPSL: of the price-0 parent). */
  orderHash: string;
  nonce: number;
  body: OrderRequestBody;
}

const triggerPriceType = z.enum(["LAST", "MARK", "INDEX"]);
const legSchema = z.object({
  triggerPrice: decimalSchema,
  triggerPriceType,
  price: decimalSchema,
  priceType: z.enum(["LIMIT", "MARKET"]),
});
const nonEmpty = z.string().check(z.minLength(1));
const nonNegativeInt = z.number().check(z.int(), z.nonnegative());

const orderSchema = z
  .object({
    domain: domainSchema,
    vault: positionIdSchema,
    market: z.object({
      name: nonEmpty,
      l2Config: z.object({
        syntheticId: feltSchema,
        syntheticResolution: resolutionSchema,
        collateralId: feltSchema,
        collateralResolution: resolutionSchema,
      }),
      minOrderSizeChange: z.optional(decimalSchema),
      maxPositionValue: z.optional(decimalSchema),
    }),
    type: z.enum(["LIMIT", "MARKET", "CONDITIONAL", "TPSL"]),
    side: z.enum(["BUY", "SELL"]),
    qty: decimalSchema,
    price: z.optional(decimalSchema),
    fee: decimalSchema,
    builderFee: z.optional(decimalSchema),
    builderId: z.optional(nonNegativeInt),
    expiryEpochMillis: z.number().check(z.int(), z.positive(), z.lte(Number.MAX_SAFE_INTEGER)),
    nonce: z.optional(nonceSchema),
    id: z.optional(nonEmpty),
    cancelId: z.optional(nonEmpty),
    reduceOnly: z.optional(z.boolean()),
    postOnly: z.optional(z.boolean()),
    timeInForce: z.optional(z.enum(["GTT", "IOC"])),
    selfTradeProtectionLevel: z.optional(z.enum(["DISABLED", "ACCOUNT", "CLIENT"])),
    trigger: z.optional(
      z.object({
        triggerPrice: decimalSchema,
        triggerPriceType,
        direction: z.enum(["UP", "DOWN"]),
        executionPriceType: z.enum(["LIMIT", "MARKET"]),
      }),
    ),
    tpSlType: z.optional(z.enum(["ORDER", "POSITION"])),
    takeProfit: z.optional(legSchema),
    stopLoss: z.optional(legSchema),
    expirationBufferSeconds: z.optional(nonNegativeInt),
  })
  .check(
    z.superRefine((o, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: "custom", path: [path], message });
      const hasLegs = o.takeProfit !== undefined || o.stopLoss !== undefined;
      if (o.type === "TPSL") {
        if (!hasLegs) issue("takeProfit", "a TPSL order needs takeProfit and/or stopLoss");
        if (o.price !== undefined && /[1-9]/.test(o.price))
          issue("price", 'a TPSL order is sent with price "0"');
        if (o.reduceOnly === false) issue("reduceOnly", "a TPSL order must be reduce-only");
        if (o.postOnly === true) issue("postOnly", "a TPSL order cannot be post-only");
      } else {
        if (o.price === undefined || !/[1-9]/.test(o.price))
          issue("price", "price must be greater than zero");
      }
      if (o.type !== "TPSL" || o.tpSlType !== "POSITION") {
        if (!/[1-9]/.test(o.qty)) issue("qty", "qty must be greater than zero");
      }
      if (hasLegs && o.tpSlType === undefined)
        issue("tpSlType", "tpSlType is required with takeProfit/stopLoss");
      if (!hasLegs && o.tpSlType !== undefined) issue("tpSlType", "tpSlType without takeProfit/stopLoss");
      if (
        o.tpSlType === "POSITION" &&
        (o.market.maxPositionValue === undefined || o.market.minOrderSizeChange === undefined)
      ) {
        issue("market", "entire-position TP/SL needs market.maxPositionValue and market.minOrderSizeChange");
      }
      if (o.type === "CONDITIONAL" && o.trigger === undefined)
        issue("trigger", "a CONDITIONAL order needs a trigger");
      if (o.type !== "CONDITIONAL" && o.trigger !== undefined)
        issue("trigger", "only CONDITIONAL orders take a trigger");
      if (o.type === "MARKET" && o.timeInForce === "GTT") issue("timeInForce", "MARKET orders must be IOC");
      if ((o.builderFee === undefined) !== (o.builderId === undefined)) {
        issue("builderId", "builderFee and builderId go together");
      }
      if (o.cancelId !== undefined && o.id !== undefined && o.cancelId === o.id) {
        issue("id", "a replacement needs a new id, different from cancelId");
      }
    }),
  );

/** Random nonce in [1, 2^31] from the platform CSPRNG. */
export function randomNonce(): number {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return (word[0]! % NONCE_MAX) + 1;
}

const opposite = (side: OrderSide): OrderSide => (side === "BUY" ? "SELL" : "BUY");

const debugging = (a: SettlementAmounts): DebuggingAmounts => ({
  collateralAmount: a.quoteAmount.toString(),
  feeAmount: a.feeAmount.toString(),
  syntheticAmount: a.baseAmount.toString(),
});

/**
 * Validates and signs an order, its TP/SL legs included, and builds the request body. Entry-order
 * legs are signed on the opposite side; legs of a standalone TPSL order on the order's own side.
 * Legs share the order's nonce and expiry; entire-position (POSITION) legs are signed for
 * entirePositionSize(leg price). A TPSL order carries no top-level settlement; its id defaults to
 * the hash of its price-0 parent.
 */
export function signOrder(signer: StarkSigner, input: OrderInput): SignedOrder {
  const o = validate(orderSchema, input, "order");
  const nonce = o.nonce ?? randomNonce();
  const builderFee = o.builderFee ?? "0";
  const price = o.price ?? "0";
  const base: Omit<SettlementParams, "side" | "qty" | "price"> = {
    domain: o.domain,
    vault: BigInt(o.vault),
    market: {
      syntheticId: BigInt(o.market.l2Config.syntheticId),
      syntheticResolution: o.market.l2Config.syntheticResolution,
      collateralId: BigInt(o.market.l2Config.collateralId),
      collateralResolution: o.market.l2Config.collateralResolution,
    },
    feeRate: o.fee,
    builderFeeRate: builderFee,
    expiryEpochMillis: o.expiryEpochMillis,
    nonce,
    expirationBufferSeconds: o.expirationBufferSeconds ?? ORDER_EXPIRATION_BUFFER_SECONDS,
  };
  const parentQty = o.type === "TPSL" && o.tpSlType === "POSITION" ? "0" : o.qty;
  const parent = signOrderSettlement(signer, { ...base, side: o.side, qty: parentQty, price });
  const legSide = o.type === "TPSL" ? o.side : opposite(o.side);
  const signLeg = (leg: TpSlLegInput): TpSlLegBody => {
    const qty =
      o.tpSlType === "POSITION"
        ? entirePositionSize(leg.price, o.market.minOrderSizeChange!, o.market.maxPositionValue!)
        : o.qty;
    const signed = signOrderSettlement(signer, { ...base, side: legSide, qty, price: leg.price });
    return { ...leg, settlement: signed.settlement, debuggingAmounts: debugging(signed.amounts) };
  };

  const id = o.id ?? parent.orderHash;
  const body: OrderRequestBody = {
    id,
    market: o.market.name,
    type: o.type,
    side: o.side,
    qty: parentQty,
    price,
    reduceOnly: o.type === "TPSL" ? true : (o.reduceOnly ?? false),
    postOnly: o.postOnly ?? false,
    timeInForce: o.timeInForce ?? (o.type === "MARKET" ? "IOC" : "GTT"),
    expiryEpochMillis: o.expiryEpochMillis,
    fee: o.fee,
    nonce: String(nonce),
    selfTradeProtectionLevel: o.selfTradeProtectionLevel ?? "ACCOUNT",
  };
  if (o.cancelId !== undefined) body.cancelId = o.cancelId;
  if (o.type !== "TPSL") body.settlement = parent.settlement;
  if (o.trigger !== undefined) body.trigger = o.trigger;
  if (o.tpSlType !== undefined) body.tpSlType = o.tpSlType;
  if (o.takeProfit !== undefined) body.takeProfit = signLeg(o.takeProfit);
  if (o.stopLoss !== undefined) body.stopLoss = signLeg(o.stopLoss);
  if (o.type !== "TPSL") body.debuggingAmounts = debugging(parent.amounts);
  if (o.builderFee !== undefined && o.builderId !== undefined) {
    body.builderFee = o.builderFee;
    body.builderId = o.builderId;
  }
  return { id, orderHash: parent.orderHash, nonce, body };
}

/**
 * Edit through cancel-replace: Extended replaces an order when a complete new signed order
 * carries `cancelId` = the old order's external id. The new order gets a fresh nonce and id
 * unless given; if the engine rejects it, both orders end up cancelled.
 */
export function signReplacementOrder(
  signer: StarkSigner,
  cancelId: string,
  input: Omit<OrderInput, "cancelId">,
): SignedOrder {
  if (typeof cancelId !== "string" || cancelId.length === 0) {
    throw new ValidationError(
      "invalid order replacement: cancelId must be the external id of the order to replace",
      {
        venue: "extended",
        issues: [{ path: ["cancelId"], message: "required" }],
      },
    );
  }
  return signOrder(signer, { ...input, cancelId });
}

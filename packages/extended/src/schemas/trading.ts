import * as z from "zod";
import {
  decimal,
  integerId,
  lenientEnum,
  optionalDecimal,
  optionalIntegerId,
  optionalString,
  optionalTimestampMs,
  positionSide,
  safeInteger,
  side,
  timestampMs,
  withRaw,
} from "./primitives.js";
import { tradeType } from "./public-data.js";

export const ORDER_TYPES = ["LIMIT", "MARKET", "CONDITIONAL", "TPSL", "TWAP", "UNKNOWN"] as const;
export const ORDER_STATUSES = [
  "NEW",
  "UNTRIGGERED",
  "PARTIALLY_FILLED",
  "FILLED",
  "CANCELLED",
  "EXPIRED",
  "REJECTED",
  "TRIGGERED",
  "UNKNOWN",
] as const;
export const ORDER_STATUS_REASONS = [
  "NONE",
  "UNKNOWN",
  "UNKNOWN_MARKET",
  "DISABLED_MARKET",
  "NOT_ENOUGH_FUNDS",
  "NO_LIQUIDITY",
  "INVALID_FEE",
  "INVALID_QTY",
  "INVALID_PRICE",
  "INVALID_VALUE",
  "UNKNOWN_ACCOUNT",
  "SELF_TRADE_PROTECTION",
  "POST_ONLY_FAILED",
  "REDUCE_ONLY_FAILED",
  "INVALID_EXPIRE_TIME",
  "POSITION_TPSL_CONFLICT",
  "INVALID_LEVERAGE",
  "PREV_ORDER_NOT_FOUND",
  "PREV_ORDER_TRIGGERED",
  "TPSL_OTHER_SIDE_FILLED",
  "PREV_ORDER_CONFLICT",
  "ORDER_REPLACED",
  "POST_ONLY_MODE",
  "REDUCE_ONLY_MODE",
  "TRADING_OFF_MODE",
  "NEGATIVE_EQUITY",
  "ACCOUNT_LIQUIDATION",
] as const;

/** Conditional trigger; REST examples say `triggerPriceDirection`, the stream and requests `direction`. */
const orderTrigger = z
  .object({
    triggerPrice: decimal,
    triggerPriceType: z.string(),
    triggerPriceDirection: optionalString,
    direction: optionalString,
    executionPriceType: optionalString,
  })
  .transform((t) => ({
    triggerPrice: t.triggerPrice,
    triggerPriceType: t.triggerPriceType,
    direction: t.direction ?? t.triggerPriceDirection,
    executionPriceType: t.executionPriceType,
  }));

const tpSlLeg = z.object({
  triggerPrice: decimal,
  triggerPriceType: z.string(),
  price: optionalDecimal,
  priceType: optionalString,
  status: optionalString,
});

const twap = z.object({
  durationSeconds: safeInteger,
  frequencySeconds: safeInteger,
  randomise: z.boolean(),
});

const orderFields = withRaw({
  id: integerId,
  accountId: integerId,
  externalId: z.string(),
  market: z.string(),
  type: lenientEnum(ORDER_TYPES, "UNKNOWN"),
  side: side,
  status: lenientEnum(ORDER_STATUSES, "UNKNOWN"),
  statusReason: lenientEnum(ORDER_STATUS_REASONS, "UNKNOWN").optional(),
  /** Worst accepted price; absent for TPSL orders. */
  price: optionalDecimal,
  averagePrice: optionalDecimal,
  qty: decimal,
  filledQty: optionalDecimal,
  cancelledQty: optionalDecimal,
  payedFee: optionalDecimal,
  reduceOnly: z.boolean(),
  postOnly: z.boolean(),
  trigger: orderTrigger.nullish().transform((v) => v ?? undefined),
  /** History examples spell it `tpslType`; both are read. */
  tpSlType: optionalString,
  tpslType: optionalString,
  takeProfit: tpSlLeg.nullish().transform((v) => v ?? undefined),
  stopLoss: tpSlLeg.nullish().transform((v) => v ?? undefined),
  twap: twap.nullish().transform((v) => v ?? undefined),
  createdTime: timestampMs,
  updatedTime: timestampMs,
  expireTime: optionalTimestampMs,
  timeInForce: z.string(),
});

/** An order as REST and the account stream report it (§4.1); `tpslType` is folded into `tpSlType`. */
export const order = orderFields.transform(({ tpslType, ...rest }) => ({
  ...rest,
  tpSlType: rest.tpSlType ?? tpslType,
}));
export type Order = z.output<typeof order>;

/** POST /user/order (and /user/order/rfq) response. */
export const placedOrder = z.object({ id: integerId, externalId: z.string() });
export type PlacedOrder = z.output<typeof placedOrder>;

/** GET /user/trades item (fills of the account's orders). */
export const accountTrade = withRaw({
  id: integerId,
  accountId: integerId,
  market: z.string(),
  orderId: integerId,
  externalOrderId: optionalString,
  side: side,
  price: decimal,
  qty: decimal,
  value: decimal,
  fee: decimal,
  isTaker: z.boolean(),
  tradeType: tradeType,
  createdTime: timestampMs,
});
export type AccountTrade = z.output<typeof accountTrade>;

/** GET /user/positions item; the stream's createdAt/updatedAt are read too. */
export const position = withRaw({
  id: integerId,
  accountId: integerId,
  market: z.string(),
  status: optionalString,
  side: positionSide,
  leverage: decimal,
  size: decimal,
  value: decimal,
  openPrice: decimal,
  markPrice: decimal,
  liquidationPrice: optionalDecimal,
  margin: decimal,
  unrealisedPnl: decimal,
  realisedPnl: decimal,
  tpTriggerPrice: optionalDecimal,
  tpLimitPrice: optionalDecimal,
  slTriggerPrice: optionalDecimal,
  slLimitPrice: optionalDecimal,
  /** ADL ranking; a string on REST, a number on the stream. */
  adl: optionalDecimal,
  maxPositionSize: optionalDecimal,
  createdTime: optionalTimestampMs,
  createdAt: optionalTimestampMs,
  updatedTime: optionalTimestampMs,
  updatedAt: optionalTimestampMs,
}).transform(({ createdAt, updatedAt, ...p }) => ({
  ...p,
  createdTime: p.createdTime ?? createdAt,
  updatedTime: p.updatedTime ?? updatedAt,
}));
export type Position = z.output<typeof position>;

/** GET /user/positions/history item. */
export const positionHistory = withRaw({
  id: integerId,
  accountId: integerId,
  market: z.string(),
  side: positionSide,
  exitType: optionalString,
  leverage: decimal,
  size: decimal,
  maxPositionSize: optionalDecimal,
  openPrice: decimal,
  exitPrice: optionalDecimal,
  realisedPnl: decimal,
  realisedPnlBreakdown: z
    .object({ tradePnl: decimal, fundingFees: decimal, openFees: decimal, closeFees: decimal })
    .nullish()
    .transform((v) => v ?? undefined),
  createdTime: timestampMs,
  closedTime: optionalTimestampMs,
});
export type PositionHistory = z.output<typeof positionHistory>;

/** GET /user/funding/history item. */
export const fundingPayment = z.object({
  id: integerId,
  accountId: integerId,
  market: z.string(),
  positionId: integerId,
  side: positionSide,
  size: decimal,
  value: decimal,
  markPrice: decimal,
  fundingFee: decimal,
  fundingRate: decimal,
  paidTime: timestampMs,
});
export type FundingPayment = z.output<typeof fundingPayment>;

/** GET /user/assetOperations item (deposits, withdrawals, transfers, claims). */
export const assetOperation = withRaw({
  id: z.union([z.string(), z.number(), z.bigint()]).transform((v) => String(v)),
  type: z.string(),
  status: z.string(),
  /** Signed amount. */
  amount: decimal,
  fee: optionalDecimal,
  /** Asset id (a number on the wire). */
  asset: z.union([z.string(), z.number(), z.bigint()]).transform((v) => String(v)),
  time: timestampMs,
  accountId: integerId,
  counterpartyAccountId: optionalIntegerId,
  transactionHash: optionalString,
  chain: optionalString,
});
export type AssetOperation = z.output<typeof assetOperation>;

/** POST /user/transfer response. */
export const transferResult = z.object({
  validSignature: z.boolean(),
  id: optionalIntegerId,
});
export type TransferResult = z.output<typeof transferResult>;

/** POST /user/transfer/onchain response. */
export const onchainTransferResult = z.object({
  validSignature: z.boolean(),
  id: optionalIntegerId,
  hashCalculated: optionalString,
  starkExRepresentation: z.unknown().optional(),
});
export type OnchainTransferResult = z.output<typeof onchainTransferResult>;

/** POST /user/withdrawal response: the withdrawal id. */
export const withdrawalId = integerId;

/** POST /user/claim response (testnet faucet). */
export const claimResult = z.object({ id: z.union([z.string(), z.number()]).transform((v) => String(v)) });
export type ClaimResult = z.output<typeof claimResult>;

export type {
  VestAccount,
  VestAccountNonce,
  VestBalance,
  VestLeverageSetting,
  VestListenKey,
  VestLpShares,
  VestPosition,
  VestRegistration,
} from "./account.js";
export * as vestSchemas from "./all.js";
export type {
  VestDayTicker,
  VestDepth,
  VestDepthLevel,
  VestExchangeInfo,
  VestFundingRate,
  VestKline,
  VestLatestTicker,
  VestSymbolInfo,
  VestTrade,
} from "./market.js";
export type { VestLpOrder, VestOrder, VestTransfer } from "./orders.js";
export {
  INTERVALS,
  LP_TYPES,
  ORDER_STATUSES,
  ORDER_TYPES,
  SYMBOL_STATUSES,
  TRANSFER_TYPES,
  type VestIdAck,
  type VestInterval,
  type VestLpType,
  type VestOrderStatus,
  type VestOrderType,
  type VestSymbolStatus,
  type VestTransferType,
} from "./primitives.js";

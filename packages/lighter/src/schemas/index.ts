/** Response and parameter schemas (zod/mini) of the Lighter REST API. */
export * from "./account.js";
export * from "./market.js";
export * from "./order.js";
export {
  bigIntParam,
  CANDLE_RESOLUTIONS,
  FUNDING_RESOLUTIONS,
  type IntegerParam,
  intParam,
  LEGACY_CANDLE_RESOLUTIONS,
  MARKET_FILTERS,
  MARKET_TYPES,
  PNL_RESOLUTIONS,
} from "./params.js";
export { bool, decimal, envelope, int, int64, list, map, openEnum, opt, text } from "./primitives.js";
export * from "./system.js";
export * from "./transaction.js";

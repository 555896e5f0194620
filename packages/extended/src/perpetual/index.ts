export { ACCOUNT_REASONS } from "./account-feed.js";
export { EXTENDED_CAPABILITIES } from "./capabilities.js";
export type {
  ExtendedCredentials,
  ExtendedPerpetualConfig,
  ExtendedStreamOptions,
  ExtendedTradingOptions,
} from "./config.js";
export { ExtendedPerpetual } from "./extended-perpetual.js";
export { fundingReason } from "./funding-feeds.js";
export { fundingFromStats, toMarket } from "./market-map.js";
export { buildOrderIntent, checkOrderRules, worstPrice } from "./order-intent.js";

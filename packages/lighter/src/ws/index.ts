export { type LighterAccountSnapshot, LighterAccountState } from "./account/account-state.js";
export {
  DEFAULT_ACCOUNT_CHANNELS,
  type LighterAccountChannelName,
  LighterAccountStream,
  type LighterAccountStreamEvents,
  type LighterAccountStreamOptions,
} from "./account/account-stream.js";
export {
  AuthTokenCache,
  type AuthTokenCacheOptions,
  type AuthTokenProvider,
  tokenExpirySeconds,
} from "./auth-tokens.js";
export {
  type CandleResolution,
  channelAuth,
  channelFamily,
  channelKeyOf,
  type LighterChannel,
  lighterChannels,
} from "./channels.js";
export { LighterWsClient, type LighterWsClientOptions } from "./client.js";
export { type ToFundingRateOptions, toFundingRate } from "./funding.js";
export type {
  LighterAccountStats,
  LighterAccountTx,
  LighterNotification,
  LighterStatsFigures,
  SymbolResolver,
} from "./messages/account.js";
export type {
  LighterCandle,
  LighterHeight,
  LighterMarketStats,
  LighterTicker,
  LighterTrade,
} from "./messages/market.js";
export type { LighterOrderBookMessage } from "./messages/order-book.js";
export {
  type LighterOrderBookEvents,
  LighterOrderBookFeed,
  type LighterOrderBookFeedOptions,
} from "./order-book-feed.js";
export type { LighterSubscription } from "./protocol.js";
export type { ReadinessSink, StreamResyncEvent } from "./readiness.js";
export { LighterStreams, type LighterStreamsEvents } from "./streams.js";
export * from "./tx/index.js";
export { LIGHTER_WS_URLS, type LighterNetwork, lighterStreamUrl } from "./urls.js";

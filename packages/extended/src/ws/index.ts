export { ExtendedAccountState } from "./account/account-state.js";
export {
  type AccountSnapshotNotice,
  type AccountSnapshotPart,
  type AccountStreamEvents,
  type AccountStreamOptions,
  ExtendedAccountStream,
  type ReconnectContext,
} from "./account/account-stream.js";
export type { ApiKeyTransport, ExtendedStreamsOptions } from "./config.js";
export type { BaseStreamEvents } from "./connected-stream.js";
export {
  ExtendedStreamConnection,
  type StreamConnectionEvents,
  type StreamConnectionOptions,
} from "./connection/stream-connection.js";
export type { StreamEnvelope } from "./messages/envelope.js";
export {
  type CandleInterval,
  type CandleType,
  type ExtendedCandle,
  type ExtendedPrice,
  type ExtendedPublicTrade,
  FUNDING_INTERVAL_MS,
  type PriceKind,
} from "./public/decoders.js";
export type { DeltaSizeRule } from "./public/level-sizes.js";
export {
  ExtendedMarketDataStream,
  type GapPolicy,
  type MarketDataStreamEvents,
} from "./public/market-data-stream.js";
export {
  ExtendedOrderBookStream,
  type OrderBookDepth,
  type OrderBookStreamEvents,
  type OrderBookStreamOptions,
} from "./public/order-book-stream.js";
export { applyReadinessSignal, type ReadinessSignal, type ResyncNotice } from "./readiness.js";
export { ExtendedStreams, type OrderBookWatchOptions } from "./streams.js";
export { type StreamAddress, StreamUrls } from "./urls.js";

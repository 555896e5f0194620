export {
  type OpenOrdersReconciliation,
  type VestAccountSnapshot,
  VestAccountState,
  type VestAccountStateOptions,
} from "./account/account-state.js";
export {
  type AccountResyncReason,
  VestAccountStream,
  type VestAccountStreamEvents,
  type VestAccountStreamOptions,
  type VestReconnectContext,
} from "./account/account-stream.js";
export {
  ListenKeyManager,
  type ListenKeyRefresh,
  type ListenKeyResult,
  type VestListenKeyProvider,
} from "./account/listen-key.js";
export { describeRejectCode, VEST_ORDER_REJECT_CODES } from "./account/reject-codes.js";
export { ACCOUNT_CHANNEL, channelName, parseChannel, TICKERS_CHANNEL, type VestChannel } from "./channels.js";
export { type CloseAction, closeAction, VEST_CLOSE_CODES } from "./close-codes.js";
export { createVestTransport, type VestSocketOptions } from "./connection.js";
export { type AccountGroupParam, VEST_WS_URLS, type VestWsEndpointOptions, vestWsUrl } from "./endpoints.js";
export {
  VestMarketStream,
  type VestMarketStreamEvents,
  type VestMarketStreamOptions,
} from "./market/market-stream.js";
export { VestOrderBookStream, type VestOrderBookStreamEvents } from "./market/order-book-stream.js";
export { VEST_FUNDING_INTERVAL_MS } from "./market/payloads.js";
export type {
  BookResyncEvent,
  BookResyncReason,
  VestStreamCandle,
  VestStreamTicker,
  VestStreamTrade,
  VestTopOfBook,
} from "./market/types.js";
export type { VestLpUpdate, VestOrderUpdate, VestTransferUpdate } from "./messages/account.js";
export { classifyFrame, type VestFrame } from "./messages/control.js";

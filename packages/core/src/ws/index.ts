export { type BackoffOptions, backoffDelay } from "./backoff.js";
export { Emitter } from "./emitter.js";
export { MessageQueue, StreamOverflowError } from "./message-queue.js";
export type {
  Frame,
  Heartbeat,
  ReconnectOptions,
  SocketEvent,
  SubscriptionAck,
  SubscriptionHandle,
  SubscriptionProtocol,
  SubscriptionStream,
  WebSocketConstructor,
  WebSocketLike,
  WsState,
  WsTransportEvents,
  WsTransportOptions,
} from "./types.js";
export { createWsTransport, WsTransport } from "./ws-transport.js";

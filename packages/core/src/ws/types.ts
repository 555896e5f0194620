import type { PerpError } from "../errors/index.js";
import type { RateLimiter } from "../http/rate-limiter.js";

/** The events the transport reads from a socket (browser `WebSocket` and Node `ws` both fit). */
export interface SocketEvent {
  readonly type?: string;
  readonly data?: unknown;
  readonly code?: number;
  readonly reason?: string;
  readonly message?: string;
  readonly error?: unknown;
}

/** The part of a WebSocket the transport uses. `ping`/`terminate`/`on` exist on Node's `ws` only. */
export interface WebSocketLike {
  readonly readyState: number;
  binaryType?: string;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: string, listener: (event: SocketEvent) => void): void;
  removeEventListener(type: string, listener: (event: SocketEvent) => void): void;
  ping?: (() => void) | undefined;
  terminate?: (() => void) | undefined;
}

/** Node `ws` also emits protocol-level `pong`/`ping` through its EventEmitter API. */
export interface NodeSocketEvents {
  on(event: "pong" | "ping", listener: () => void): unknown;
  off(event: "pong" | "ping", listener: () => void): unknown;
}

/**
 * A WebSocket constructor. The third argument is only passed when `headers` are configured;
 * Node's `ws` sends them on the upgrade request, browsers cannot send headers at all.
 */
export type WebSocketConstructor = new (
  url: string,
  protocols?: string | string[],
  options?: { headers: Record<string, string> },
) => WebSocketLike;

/** A frame to send: text as is, anything else through the transport's `stringify`. */
export type Frame = string | object;

export type Heartbeat =
  /** WebSocket protocol pings (Node `ws` only; elsewhere only idle detection runs). */
  | { type: "protocol"; intervalMs?: number }
  /** Application-level pings built by the venue; `isPong` recognises the answer. */
  | { type: "message"; intervalMs?: number; build(): Frame; isPong(message: unknown): boolean }
  /** No pings sent: any inbound data (or server ping) counts as liveness. */
  | { type: "none" };

/** How the venue acknowledges (or refuses) a subscribe frame. */
export interface SubscriptionAck {
  /** Request id echoed by the venue, when it echoes one. */
  id?: string | number;
  /** Subscription key, when the ack names the subscription instead of an id. */
  key?: string;
  /** Set when the frame is an error/refusal. */
  error?: PerpError | string;
}

/**
 * The venue's subscription rules. The transport keeps one server-side subscription per key,
 * however many consumers share it, and re-sends every active one after a reconnect.
 */
export interface SubscriptionProtocol<P> {
  /** Identity of a subscription, also the routing target of its messages. */
  key(params: P): string;
  /** Builds the subscribe frame; async so it may fetch a fresh auth token on every (re)subscribe. */
  subscribe(params: P, context: { id: number }): Frame | Promise<Frame>;
  /** Builds the unsubscribe frame; when absent, unsubscribing only stops local delivery. */
  unsubscribe?(params: P, context: { id: number }): Frame | Promise<Frame>;
  /** Key of the subscription a data message belongs to, or undefined for other messages. */
  route(message: unknown): string | undefined;
  /**
   * Recognises acks and error frames. Without it `subscribe()` resolves as soon as the frame is
   * sent. An ack with neither id nor key settles the oldest unacknowledged subscription (venues
   * that answer in order).
   */
  ack?(message: unknown): SubscriptionAck | undefined;
}

export interface ReconnectOptions {
  /** Default 500 ms. */
  initialDelayMs?: number;
  /** Default 30 s. */
  maxDelayMs?: number;
  /** A connection that stays up this long resets the backoff ladder. Default 10 s. */
  stableAfterMs?: number;
}

export interface WsTransportOptions<P = unknown> {
  /** Socket URL, or a function resolving it on every connect (e.g. a fresh listen key). */
  url: string | (() => string | Promise<string>);
  /** Venue name stamped on errors. */
  venue?: string;
  /** Constructor to use; defaults to isomorphic-ws (Node `ws`, or the browser's WebSocket). */
  WebSocketImpl?: WebSocketConstructor;
  protocols?: string | string[];
  /** Upgrade headers (Node only, see {@link WebSocketConstructor}). */
  headers?: Record<string, string>;
  /** Open (and readiness) must complete within this. Default 10 s. */
  connectTimeoutMs?: number;
  /**
   * Some venues say "connected" in a message before they accept subscriptions: when set, the
   * connection counts as open only once a message matching this arrives.
   */
  readyWhen?: (message: unknown) => boolean;
  /** Default: protocol pings every 15 s. */
  heartbeat?: Heartbeat;
  /** Half-open bound: no data and no pong for this long → terminate and reconnect. Default 2 × interval. */
  staleAfterMs?: number;
  /** Venue pings that must be answered at application level (e.g. `{"type":"ping"}` → pong frame). */
  serverPing?: { isPing(message: unknown): boolean; reply(message: unknown): Frame };
  reconnect?: ReconnectOptions;
  subscriptions?: SubscriptionProtocol<P>;
  /** Time to wait for a subscribe ack. Default 10 s. */
  ackTimeoutMs?: number;
  /** JSON text → value. Default: the exact `parseJson` (integers beyond 2^53 come back as bigint). */
  parse?: (text: string) => unknown;
  /** Value → frame text. Default: `stringifyJson` (bigint as a bare integer). */
  stringify?: (value: object) => string;
  /** Shared limiter charged for every frame except heartbeats. */
  rateLimiter?: RateLimiter;
  /** Weight of one frame on the limiter. Default 1. */
  sendWeight?: number;
  /** Buffer of each async iterator (messages). Default 1024. */
  bufferSize?: number;
  /** Uniform [0, 1) source for backoff jitter, injectable for tests. */
  random?: () => number;
}

export type WsState = "idle" | "connecting" | "open" | "reconnecting" | "closing" | "closed";

export interface WsTransportEvents {
  open: [];
  close: [code: number, reason: string];
  reconnecting: [attempt: number, delayMs: number];
  reconnected: [];
  error: [error: PerpError];
  message: [message: unknown];
}

/** Callback form of a subscription. */
export interface SubscriptionHandle {
  readonly key: string;
  /** Stops delivery to this consumer; the server subscription ends with its last consumer. */
  unsubscribe(): Promise<void>;
  /** Sends unsubscribe + subscribe again (a venue's resync path), resolving on the new ack. */
  resubscribe(): Promise<void>;
}

/** Async-iterator form of a subscription; `return()` (e.g. `break`) unsubscribes. */
export interface SubscriptionStream<T> extends AsyncIterableIterator<T> {
  readonly key: string;
  /** Settles when the subscription is acknowledged or refused. */
  readonly ready: Promise<void>;
  unsubscribe(): Promise<void>;
}

import {
  createWsTransport,
  type PerpError,
  type RateLimiter,
  type ReconnectOptions,
  type SubscriptionHandle,
  type SubscriptionStream,
  type WebSocketConstructor,
  type WsState,
  type WsTransport,
  type WsTransportEvents,
} from "@perp/core";
import { AuthTokenCache, type AuthTokenCacheOptions, type AuthTokenProvider } from "./auth-tokens.js";
import { isObject } from "./messages/fields.js";
import { type LighterSubscription, lighterSubscriptionProtocol } from "./protocol.js";
import { LighterWsTxSender, type LighterWsTxSenderOptions } from "./tx/tx-sender.js";
import { type LighterNetwork, lighterStreamUrl } from "./urls.js";

export interface LighterWsClientOptions {
  /** Default "mainnet"; ignored when `url` is given. */
  network?: LighterNetwork;
  /** Full stream URL (e.g. a local simulator); overrides `network`. */
  url?: string;
  /** Append `readonly=true` (market data from geo-restricted regions). */
  readonly?: boolean;
  /** Token source for the account channels (see AuthTokenProvider); refreshed before expiry. */
  authToken?: AuthTokenProvider;
  authTokenCache?: AuthTokenCacheOptions;
  /** WebSocket constructor; defaults to isomorphic-ws (Node `ws` or the browser's WebSocket). */
  WebSocketImpl?: WebSocketConstructor;
  /**
   * Interval of our `{"type":"ping"}` frames. The server drops connections idle for ~2 min;
   * the official Python client pings every 30 s. Default 30 s.
   */
  pingIntervalMs?: number;
  /** No frame at all for this long → the connection is presumed half-open and replaced. Default 2 × ping. */
  staleAfterMs?: number;
  connectTimeoutMs?: number;
  /** Time to wait for a `subscribed/…` snapshot after a subscribe frame. Default 10 s. */
  ackTimeoutMs?: number;
  reconnect?: ReconnectOptions;
  /** Buffer of each async iterator. Default 1024. */
  bufferSize?: number;
  /** Shared limiter charged per frame (the venue allows 200 messages/min per IP, tx frames exempt). */
  rateLimiter?: RateLimiter;
  /** Uniform [0, 1) source for reconnect jitter (tests). */
  random?: () => number;
  /** Options of the transaction sender behind `tx`. */
  tx?: LighterWsTxSenderOptions;
}

const DEFAULT_PING_MS = 30_000;

const isType =
  (type: string) =>
  (message: unknown): boolean =>
    isObject(message) && message.type === type;

/**
 * One Lighter stream connection: every subscription shares it. It waits for the server's
 * `{"type":"connected"}` before subscribing, answers the server's `{"type":"ping"}` with
 * `{"type":"pong"}` (otherwise the server closes with 1008 "no pong"), sends its own pings, and
 * reconnects with backoff, resubscribing every channel (each resubscription brings a fresh
 * snapshot; auth tokens are re-read from the cache, so an expired one is replaced).
 */
export class LighterWsClient {
  readonly transport: WsTransport<LighterSubscription>;
  readonly tokens: AuthTokenCache | undefined;
  readonly url: string;
  readonly #txOptions: LighterWsTxSenderOptions;
  #tx: LighterWsTxSender | undefined;

  constructor(options: LighterWsClientOptions = {}) {
    this.tokens =
      options.authToken === undefined
        ? undefined
        : new AuthTokenCache(options.authToken, options.authTokenCache);
    const pingIntervalMs = options.pingIntervalMs ?? DEFAULT_PING_MS;
    const url =
      options.url ??
      lighterStreamUrl(options.network ?? "mainnet", options.readonly ? { readonly: true } : {});
    this.url = url;
    this.#txOptions = options.tx ?? {};
    this.transport = createWsTransport<LighterSubscription>({
      url,
      venue: "lighter",
      ...(options.WebSocketImpl ? { WebSocketImpl: options.WebSocketImpl } : {}),
      readyWhen: isType("connected"),
      heartbeat: {
        type: "message",
        intervalMs: pingIntervalMs,
        build: () => ({ type: "ping" }),
        isPong: isType("pong"),
      },
      staleAfterMs: options.staleAfterMs ?? pingIntervalMs * 2,
      serverPing: { isPing: isType("ping"), reply: () => ({ type: "pong" }) },
      subscriptions: lighterSubscriptionProtocol(this.tokens),
      ...(options.connectTimeoutMs !== undefined ? { connectTimeoutMs: options.connectTimeoutMs } : {}),
      ...(options.ackTimeoutMs !== undefined ? { ackTimeoutMs: options.ackTimeoutMs } : {}),
      ...(options.reconnect ? { reconnect: options.reconnect } : {}),
      ...(options.bufferSize !== undefined ? { bufferSize: options.bufferSize } : {}),
      ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}),
      ...(options.random ? { random: options.random } : {}),
    });
  }

  get state(): WsState {
    return this.transport.state;
  }

  /** Transport events: open, close, reconnecting, reconnected (all channels resubscribed), error, message. */
  on<K extends keyof WsTransportEvents>(
    event: K,
    listener: (...args: WsTransportEvents[K]) => void,
  ): () => void {
    return this.transport.on(event, listener);
  }

  /** Connects (resolves once the server said "connected"); subscribing connects too. */
  connect(signal?: AbortSignal): Promise<void> {
    return this.transport.connect(signal);
  }

  /** Resolves once the snapshot frame arrived; rejects with the venue's refusal or on timeout. */
  subscribe<T = unknown>(
    subscription: LighterSubscription,
    onMessage: (message: T) => void,
    options: { onError?: (error: PerpError) => void } = {},
  ): Promise<SubscriptionHandle> {
    return this.transport.subscribe<T>(subscription, onMessage, options);
  }

  /** Raw frames of one channel as an async iterator. */
  stream<T = unknown>(
    subscription: LighterSubscription,
    options: { bufferSize?: number } = {},
  ): SubscriptionStream<T> {
    return this.transport.stream<T>(subscription, options);
  }

  /** Sends signed transactions on this connection (`jsonapi/sendtx`, `jsonapi/sendtxbatch`). */
  get tx(): LighterWsTxSender {
    this.#tx ??= new LighterWsTxSender(this, this.#txOptions);
    return this.#tx;
  }

  /** Closes the socket, stops reconnecting and clears every timer. */
  close(): Promise<void> {
    this.tokens?.invalidate();
    this.#tx?.close();
    return this.transport.close();
  }
}

import {
  createWsTransport,
  type RateLimiter,
  type ReconnectOptions,
  type WebSocketConstructor,
  WebSocketError,
  type WsTransport,
} from "@perp/core";
import type { VestChannel } from "./channels.js";
import { channelName } from "./channels.js";
import { type CloseAction, closeAction, closeCodeName } from "./close-codes.js";
import { classifyFrame, isPong, toSubscriptionAck } from "./messages/control.js";

export const VEST_VENUE = "vest";

/** Socket settings shared by the market and the account streams. */
export interface VestSocketOptions {
  /** WebSocket constructor; default: Node's `ws` or the browser's WebSocket (via @perp/core). */
  WebSocketImpl?: WebSocketConstructor;
  /**
   * Upgrade headers (Node only; browsers cannot set them). Some clients send a browser-like
   * `User-Agent` / `Origin: https://vestmarkets.com` because a 403 on the handshake was seen
   * behind bot detection; nothing here is needed for authentication.
   */
  headers?: Record<string, string>;
  /** PING frame interval. Default 20 s (the docs say every 20–30 s). */
  pingIntervalMs?: number;
  /** No frame at all (data or PONG) for this long → the socket is presumed dead. Default 30 s. */
  staleAfterMs?: number;
  /** Default 10 s. */
  connectTimeoutMs?: number;
  /** Time to wait for a SUBSCRIBE ack. Default 10 s. */
  ackTimeoutMs?: number;
  /** Default: 1 s doubling to 30 s (with full jitter), as the docs recommend. */
  reconnect?: ReconnectOptions;
  /** Shared limiter charged for every SUBSCRIBE/UNSUBSCRIBE frame. */
  rateLimiter?: RateLimiter;
  /** Uniform [0, 1) source for the backoff jitter (tests). */
  random?: () => number;
}

/** Builds the core transport speaking Vest's frames: SUBSCRIBE/UNSUBSCRIBE by id, PING/PONG. */
export function createVestTransport(
  url: string | (() => string | Promise<string>),
  options: VestSocketOptions,
): WsTransport<VestChannel> {
  return createWsTransport<VestChannel>({
    url,
    venue: VEST_VENUE,
    ...(options.WebSocketImpl !== undefined ? { WebSocketImpl: options.WebSocketImpl } : {}),
    ...(options.headers !== undefined ? { headers: options.headers } : {}),
    ...(options.connectTimeoutMs !== undefined ? { connectTimeoutMs: options.connectTimeoutMs } : {}),
    ...(options.ackTimeoutMs !== undefined ? { ackTimeoutMs: options.ackTimeoutMs } : {}),
    ...(options.rateLimiter !== undefined ? { rateLimiter: options.rateLimiter } : {}),
    ...(options.random !== undefined ? { random: options.random } : {}),
    heartbeat: {
      type: "message",
      intervalMs: options.pingIntervalMs ?? 20_000,
      build: () => ({ method: "PING", params: [], id: 0 }),
      isPong,
    },
    staleAfterMs: options.staleAfterMs ?? 30_000,
    reconnect: { initialDelayMs: 1000, maxDelayMs: 30_000, ...options.reconnect },
    subscriptions: {
      key: channelName,
      subscribe: (channel, { id }) => ({ method: "SUBSCRIBE", params: [channelName(channel)], id }),
      unsubscribe: (channel, { id }) => ({ method: "UNSUBSCRIBE", params: [channelName(channel)], id }),
      route: (message) => {
        const frame = classifyFrame(message);
        return frame.type === "data" ? frame.channel : undefined;
      },
      ack: toSubscriptionAck,
    },
  });
}

export interface ClosePolicyHandlers {
  /** A configuration error: the transport is already closing; tell every consumer. */
  onFatal(error: WebSocketError): void;
  /** The listen key is gone: make the next connect create a new one. */
  onRenewListenKey?(code: number): void;
}

/**
 * Applies the venue's close codes to a transport (§5.9): 4000–4003 stop reconnecting (a
 * configuration bug would loop forever), 4004/4005 renew the listen key before the reconnect,
 * anything else reconnects with backoff.
 */
export function applyClosePolicy(
  transport: WsTransport<VestChannel>,
  handlers: ClosePolicyHandlers,
): () => void {
  return transport.on("close", (code, reason) => {
    const action: CloseAction = closeAction(code);
    if (action === "renew-listen-key") {
      handlers.onRenewListenKey?.(code);
      return;
    }
    if (action !== "fatal" || transport.state === "closing" || transport.state === "closed") return;
    const name = closeCodeName(code) ?? "unknown";
    const error = new WebSocketError(
      `Vest closed the socket with ${code} (${name}): a configuration error, not retried`,
      { venue: VEST_VENUE, closeCode: code, closeReason: reason },
    );
    void transport.close();
    handlers.onFatal(error);
  });
}

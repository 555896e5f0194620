import type { ReadinessTracker, ReconnectOptions, WebSocketConstructor } from "@perp/core";
import type { ExtendedNetwork } from "../rest/environments.js";

/**
 * How the account stream presents the API key.
 * - `header`: `X-Api-Key` on the upgrade request, the documented way. Node only: browsers cannot
 *   set WebSocket headers, so in a browser the account stream does not authenticate.
 * - `query`: `?X-API-KEY=<key>` in the URL. Claimed by one community connector, not documented
 *   and not verified; opt in only after checking it against the venue.
 */
export type ApiKeyTransport = "header" | "query";

export interface ExtendedStreamsOptions {
  /** Default "mainnet": the environment's `streamBaseUrl`. */
  network?: ExtendedNetwork;
  /**
   * Stream v1 base, overriding `network` (the testnet host has also been served without `api.`,
   * §1; pass the one that answers).
   */
  streamUrl?: string;
  /** Sub-account API key; needed for the account stream only. */
  apiKey?: string;
  /** Default "header". */
  apiKeyTransport?: ApiKeyTransport;
  /**
   * Sent on every upgrade request (Node; the venue rejects upgrades without one, browsers send
   * their own). Default: the REST client's DEFAULT_USER_AGENT.
   */
  userAgent?: string;
  /** WebSocket constructor; default core's (Node `ws`, or the browser's WebSocket). */
  WebSocketImpl?: WebSocketConstructor;
  /**
   * Client protocol pings (Node). The server pings every 15 s and answers client pings, and a
   * server ping counts as liveness too. Default 15 s.
   */
  heartbeatIntervalMs?: number;
  /**
   * No data, ping or pong for this long: the socket is presumed half-open and replaced. Default
   * 30 s. In browsers pings are invisible, so sparse streams (funding) need a larger value there.
   */
  staleAfterMs?: number;
  connectTimeoutMs?: number;
  reconnect?: ReconnectOptions;
  /** Uniform [0, 1) source for backoff jitter (tests). */
  random?: () => number;
  /** When given, the streams mark their readiness components on it (see ReadinessSignal). */
  readiness?: ReadinessTracker;
}

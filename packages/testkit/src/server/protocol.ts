import type { ActiveFault, AppliedFault, ConnectionFault } from "./fault-spec.js";

/**
 * The seam every venue protocol layer plugs into. The harness owns sockets, ports, CORS, timers
 * and fault injection; a protocol only maps requests and frames to answers. Everything here is
 * plain data on node:http + ws, so a protocol never touches a framework.
 */
export interface VenueProtocol {
  /** Venue name, used in URLs maps, fault targets and connection ids (e.g. "extended"). */
  readonly venue: string;
  /**
   * Answer one REST request, or return `undefined` for "not mine" (the harness answers 404).
   * Throwing answers 500 with the error message; CORS headers are added by the harness.
   */
  http?(request: SimHttpRequest, ctx: VenueContext): SimHttpResult | Promise<SimHttpResult>;
  /**
   * Decide a WebSocket upgrade before the handshake completes: return handlers to accept,
   * `{ reject }` to refuse with an HTTP status, or `undefined` for "not mine" (404).
   */
  webSocket?(request: SimUpgradeRequest, ctx: VenueContext): WebSocketDecision | Promise<WebSocketDecision>;
  /**
   * Shape the body of a harness-injected 429/5xx so clients see the venue's own error format.
   * The harness keeps the status and adds Retry-After; return `undefined` for the generic JSON body.
   */
  faultResponse?(fault: InjectedHttpFault, request: SimHttpRequest): SimHttpResponse | undefined;
  /** Called once after the venue listens (its URLs are known). Register listeners and timers here. */
  start?(ctx: VenueContext): void | Promise<void>;
  /**
   * Called when the venue restarts, after every socket was closed and every ctx timer cleared, before
   * it listens again on the same port. Keep whatever state a real venue would persist; re-create timers.
   * Event listeners registered through `ctx.on` survive a restart.
   */
  restart?(ctx: VenueContext): void | Promise<void>;
  /** Called once when the harness shuts down, after sockets are closed. */
  stop?(ctx: VenueContext): void | Promise<void>;
}

/** Builds a fresh protocol instance per harness; what the registry stores and the CLI calls. */
export type VenueProtocolFactory = (options: VenueProtocolOptions) => VenueProtocol;

export interface VenueProtocolOptions {
  /** Seed for anything the venue randomises (market data, ids), so a run can be replayed. */
  readonly seed: number;
}

export interface SimHttpRequest {
  readonly method: string;
  /** Path without the query string, e.g. "/api/v1/info". */
  readonly path: string;
  /** Parsed query; repeated keys are preserved (`getAll`). */
  readonly query: URLSearchParams;
  /** Lower-cased header names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  /** Raw body bytes exactly as received. */
  readonly body: Uint8Array;
  /** The body decoded as UTF-8. */
  readonly text: string;
}

export interface SimHttpResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
}

/** `undefined` means "not mine". */
export type SimHttpResult = SimHttpResponse | undefined;

export interface InjectedHttpFault {
  readonly kind: "rateLimit" | "serverError";
  readonly status: number;
  /** Seconds announced in Retry-After (rateLimit only). */
  readonly retryAfterSeconds: number | undefined;
}

export interface SimUpgradeRequest {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
}

export type WebSocketDecision =
  | WebSocketHandlers
  | { readonly reject: number; readonly message?: string }
  | undefined;

export interface WebSocketHandlers {
  /** The handshake completed; the connection can send at once. */
  onOpen?(connection: SimConnection): void;
  /** One frame from the client (frames are discarded while the connection is half-open). */
  onMessage?(frame: InboundFrame, connection: SimConnection): void;
  /** The socket closed for any reason (client, protocol, fault, restart or shutdown). */
  onClose?(info: CloseInfo, connection: SimConnection): void;
}

export interface InboundFrame {
  readonly isBinary: boolean;
  /** The payload decoded as UTF-8 (also for binary frames). */
  readonly text: string;
  readonly data: Uint8Array;
  /** The payload parsed as JSON, or why it is not JSON. */
  readonly json:
    | { readonly ok: true; readonly value: unknown }
    | { readonly ok: false; readonly error: string };
}

export interface CloseInfo {
  readonly code: number;
  readonly reason: string;
}

/** A message to send: a string or bytes go out as-is (text / binary frame); anything else as JSON text. */
export type OutboundMessage = string | Uint8Array | object;

export type CancelTimer = () => void;

/**
 * One accepted WebSocket. Every send goes through the connection's fault pipeline:
 * sequence faults (sendSequenced only) → half-open (dropped) → malformed → delay → socket.
 */
export interface SimConnection {
  /** Stable id within a harness, e.g. "vest-3"; the target for connection-scoped faults. */
  readonly id: string;
  readonly venue: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  /**
   * The venue session this socket belongs to (listen key, auth token, account), set by the protocol
   * so `expireSession({ session })` and the status endpoint can name it.
   */
  session: string | undefined;
  readonly isOpen: boolean;
  /** Send one message through the fault pipeline (half-open, malformed, delay). */
  send(message: OutboundMessage): void;
  /**
   * Send a message that carries sequence number `seq` in the venue's own field. The harness cannot know
   * that field, so protocols route sequenced messages here: an active sequence fault may skip the message,
   * send it twice, or hold it and send it after the next sequenced message (swap).
   */
  sendSequenced(message: OutboundMessage, seq: number | bigint): void;
  /** Protocol-level ping frame (suppressed while half-open). */
  ping(data?: Uint8Array): void;
  /** Close handshake with a code (e.g. 4005 for an expired listen key). */
  close(code?: number, reason?: string): void;
  /** Destroy the TCP socket without a close frame (the client sees 1006). */
  terminate(): void;
  /** Timers cleared automatically when the connection closes. */
  setTimeout(fn: () => void, ms: number): CancelTimer;
  setInterval(fn: () => void, ms: number): CancelTimer;
  /** Per-connection fault controls (the same faults the harness API applies with a connection target). */
  readonly faults: ConnectionFaultControls;
}

export interface ConnectionFaultControls {
  apply(fault: ConnectionFault): AppliedFault;
  /** Clear one fault by id, or all of this connection's faults; returns how many were cleared. */
  clear(id?: string): number;
  active(): ActiveFault[];
  /** True while this connection or its venue is half-open. */
  readonly halfOpen: boolean;
}

/** Session or listen-key expiry requested by a test or the admin endpoint. */
export interface SessionExpiry {
  readonly venue: string;
  /** The session to expire; `undefined` means every session of the venue (or of `connectionId`). */
  readonly session: string | undefined;
  /** Set when the expiry targets one connection. */
  readonly connectionId: string | undefined;
}

export interface VenueEvents {
  sessionExpired: SessionExpiry;
}

/** What the harness gives a protocol: its URLs, connections, seeded randomness, timers and events. */
export interface VenueContext {
  readonly venue: string;
  readonly seed: number;
  readonly urls: VenueUrls;
  /** Open connections, oldest first. */
  connections(): SimConnection[];
  connection(id: string): SimConnection | undefined;
  /** Deterministic PRNG in [0, 1) derived from the harness seed and the venue name. */
  random(): number;
  /** Timers cleared on restart and on shutdown. */
  setTimeout(fn: () => void, ms: number): CancelTimer;
  setInterval(fn: () => void, ms: number): CancelTimer;
  /** Subscribe to a harness event; returns the unsubscribe function. */
  on<K extends keyof VenueEvents>(event: K, listener: (payload: VenueEvents[K]) => void): () => void;
}

export interface VenueUrls {
  readonly http: string;
  readonly ws: string;
}

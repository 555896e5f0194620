import {
  backoffDelay,
  createWsTransport,
  Emitter,
  type PerpError,
  type ReconnectOptions,
  type WebSocketConstructor,
  WebSocketError,
  type WsTransport,
} from "@perp/core";
import { readFrame, type StreamEnvelope } from "../messages/envelope.js";

const VENUE = "extended";

export interface StreamConnectionOptions {
  /** Names the stream in errors and events (its path, never a credential). */
  name: string;
  url: string;
  headers: Record<string, string>;
  WebSocketImpl?: WebSocketConstructor | undefined;
  heartbeatIntervalMs?: number | undefined;
  staleAfterMs?: number | undefined;
  connectTimeoutMs?: number | undefined;
  reconnect?: ReconnectOptions | undefined;
  random?: (() => number) | undefined;
}

export interface StreamConnectionEvents {
  /** A socket is open. `epoch` counts sockets from 1; `seq` restarts with every one. */
  connected: [epoch: number];
  /** The socket is gone (dropped, stale, or replaced by {@link ExtendedStreamConnection.reconnect}). */
  disconnected: [reason: string];
  reconnecting: [attempt: number, delayMs: number];
  message: [envelope: StreamEnvelope, epoch: number];
  /** A frame that is neither a stream message nor an error frame. */
  unrecognized: [reason: string, raw: unknown];
  /** The venue sent an error frame (e.g. 1001 market not found). */
  venueError: [error: PerpError];
  /** Transport problems (failed upgrade, parse failure, stale socket); it keeps reconnecting. */
  error: [error: PerpError];
}

/**
 * One v1 stream: a socket per URL path (the venue has no subscribe frames), kept alive by core's
 * transport (protocol pings, half-open detection, reconnect with backoff). The venue's answer to a
 * sequence gap is a new connection, whose first messages are fresh snapshots: `reconnect()` replaces
 * the socket, with its own backoff so a gap on every connection cannot turn into a reconnect storm.
 */
export class ExtendedStreamConnection {
  readonly name: string;
  readonly #options: StreamConnectionOptions;
  readonly #events: Emitter<StreamConnectionEvents>;
  #transport: WsTransport | undefined;
  #detach: (() => void) | undefined;
  #epoch = 0;
  #openedAt = 0;
  #forcedAttempt = 0;
  #forcedTimer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;
  #firstOpen: Promise<void> | undefined;
  #resolveFirstOpen: (() => void) | undefined;
  #rejectFirstOpen: ((error: PerpError) => void) | undefined;

  constructor(options: StreamConnectionOptions) {
    this.name = options.name;
    this.#options = options;
    this.#events = new Emitter<StreamConnectionEvents>((cause, event) => {
      if (event !== "error") {
        this.#events.emit(
          "error",
          new WebSocketError(`A "${String(event)}" listener of "${this.name}" threw`, {
            venue: VENUE,
            cause,
          }),
        );
      }
    });
  }

  /** Sockets opened so far (0 before the first). */
  get epoch(): number {
    return this.#epoch;
  }

  get closed(): boolean {
    return this.#closed;
  }

  on<K extends keyof StreamConnectionEvents>(
    event: K,
    listener: (...args: StreamConnectionEvents[K]) => void,
  ): () => void {
    return this.#events.on(event, listener);
  }

  /** Opens the socket (once) and resolves when the first one is open. Rejects only on close(). */
  start(): Promise<void> {
    if (this.#closed) return Promise.reject(this.#closedError());
    if (this.#firstOpen === undefined) {
      this.#firstOpen = new Promise<void>((resolve, reject) => {
        this.#resolveFirstOpen = resolve;
        this.#rejectFirstOpen = reject;
      });
      this.#firstOpen.catch(() => {});
      this.#openTransport();
    }
    return this.#firstOpen;
  }

  /** Replaces the socket (sequence gap, unreadable update): the new one starts with snapshots. */
  reconnect(reason: string): void {
    if (this.#closed || this.#forcedTimer !== undefined || this.#transport === undefined) return;
    this.#dropTransport();
    this.#events.emit("disconnected", reason);
    const stableAfterMs = this.#options.reconnect?.stableAfterMs ?? 10_000;
    this.#forcedAttempt = Date.now() - this.#openedAt >= stableAfterMs ? 1 : this.#forcedAttempt + 1;
    const delayMs = backoffDelay(this.#forcedAttempt, {
      initialDelayMs: this.#options.reconnect?.initialDelayMs ?? 500,
      maxDelayMs: this.#options.reconnect?.maxDelayMs ?? 30_000,
      ...(this.#options.random ? { random: this.#options.random } : {}),
    });
    this.#events.emit("reconnecting", this.#forcedAttempt, delayMs);
    this.#forcedTimer = setTimeout(() => {
      this.#forcedTimer = undefined;
      if (!this.#closed) this.#openTransport();
    }, delayMs);
  }

  /** Closes the socket and stops reconnecting; idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#forcedTimer !== undefined) clearTimeout(this.#forcedTimer);
    this.#forcedTimer = undefined;
    this.#rejectFirstOpen?.(this.#closedError());
    const transport = this.#transport;
    this.#detach?.();
    this.#detach = undefined;
    this.#transport = undefined;
    await transport?.close();
    this.#events.removeAll();
  }

  #openTransport(): void {
    const o = this.#options;
    const transport = createWsTransport({
      url: o.url,
      venue: VENUE,
      headers: o.headers,
      heartbeat: { type: "protocol", intervalMs: o.heartbeatIntervalMs ?? 15_000 },
      staleAfterMs: o.staleAfterMs ?? 30_000,
      ...(o.WebSocketImpl ? { WebSocketImpl: o.WebSocketImpl } : {}),
      ...(o.connectTimeoutMs !== undefined ? { connectTimeoutMs: o.connectTimeoutMs } : {}),
      ...(o.reconnect ? { reconnect: o.reconnect } : {}),
      ...(o.random ? { random: o.random } : {}),
    });
    const offs = [
      transport.on("open", () => {
        this.#epoch += 1;
        this.#openedAt = Date.now();
        this.#resolveFirstOpen?.();
        this.#events.emit("connected", this.#epoch);
      }),
      transport.on("close", (code, reason) =>
        this.#events.emit("disconnected", `socket closed (${code}${reason ? ` ${reason}` : ""})`),
      ),
      transport.on("reconnecting", (attempt, delayMs) => this.#events.emit("reconnecting", attempt, delayMs)),
      transport.on("error", (error) => this.#events.emit("error", error)),
      transport.on("message", (message) => this.#onMessage(message)),
    ];
    this.#transport = transport;
    this.#detach = () => {
      for (const off of offs) off();
    };
    transport.connect().catch(() => {});
  }

  #dropTransport(): void {
    const transport = this.#transport;
    this.#detach?.();
    this.#detach = undefined;
    this.#transport = undefined;
    void transport?.close(4000, "resync");
  }

  #onMessage(message: unknown): void {
    const frame = readFrame(message);
    if (frame.kind === "message") this.#events.emit("message", frame.envelope, this.#epoch);
    else if (frame.kind === "venue-error") this.#events.emit("venueError", frame.error);
    else this.#events.emit("unrecognized", frame.reason, frame.raw);
  }

  #closedError(): WebSocketError {
    return new WebSocketError(`Stream "${this.name}" was closed`, { venue: VENUE });
  }
}

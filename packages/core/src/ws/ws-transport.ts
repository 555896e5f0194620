import IsomorphicWebSocket from "isomorphic-ws";
import { AbortedError, PerpError, WebSocketError } from "../errors/index.js";
import { parseJson, stringifyJson } from "../json/index.js";
import { backoffDelay } from "./backoff.js";
import { Emitter } from "./emitter.js";
import { MessageQueue } from "./message-queue.js";
import type {
  Frame,
  NodeSocketEvents,
  SocketEvent,
  SubscriptionHandle,
  SubscriptionStream,
  WebSocketConstructor,
  WebSocketLike,
  WsState,
  WsTransportEvents,
  WsTransportOptions,
} from "./types.js";

const OPEN = 1;
const DEFAULT_INTERVAL_MS = 15_000;

interface Consumer {
  onMessage: (message: unknown) => void;
  onError: (error: PerpError) => void;
}

interface Pending {
  resolve: () => void;
  reject: (error: PerpError) => void;
}

interface Entry<P> {
  key: string;
  params: P;
  consumers: Set<Consumer>;
  acked: boolean;
  waiters: Pending[];
  /** Id of the subscribe frame awaiting its ack on the current connection. */
  pendingId: number | undefined;
  sentAt: number;
  ackTimer: ReturnType<typeof setTimeout> | undefined;
}

interface Connection {
  socket: WebSocketLike;
  ready: boolean;
  detach: () => void;
  connectTimer: ReturnType<typeof setTimeout> | undefined;
  heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  stableTimer: ReturnType<typeof setTimeout> | undefined;
  lastSeen: number;
  lastPing: number;
}

/**
 * WebSocket transport: connect with timeout, heartbeats and half-open detection, reconnect with
 * bounded full-jitter backoff, venue-defined subscriptions that survive reconnects, and both
 * callback and async-iterator consumption. It gives up only when `close()` is called.
 */
export class WsTransport<P = unknown> {
  readonly #options: WsTransportOptions<P>;
  readonly #Impl: WebSocketConstructor;
  readonly #events: Emitter<WsTransportEvents>;
  readonly #parse: (text: string) => unknown;
  readonly #stringify: (value: object) => string;
  readonly #entries = new Map<string, Entry<P>>();
  readonly #queues = new Set<MessageQueue<unknown>>();
  #state: WsState = "idle";
  #connection: Connection | undefined;
  #attempt = 0;
  #everOpened = false;
  #reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  #openWaiters: Pending[] = [];
  #nextId = 1;
  #closed: Promise<void> | undefined;

  constructor(options: WsTransportOptions<P>) {
    this.#options = options;
    this.#Impl = options.WebSocketImpl ?? IsomorphicWebSocket;
    this.#parse = options.parse ?? ((text) => parseJson(text));
    this.#stringify = options.stringify ?? stringifyJson;
    this.#events = new Emitter<WsTransportEvents>((error, event) => {
      if (event !== "error")
        this.#report(new WebSocketError(`A "${String(event)}" listener threw`, { cause: error }));
    });
  }

  get state(): WsState {
    return this.#state;
  }

  /** Number of distinct server-side subscriptions currently held. */
  get subscriptionCount(): number {
    return this.#entries.size;
  }

  on<K extends keyof WsTransportEvents>(
    event: K,
    listener: (...args: WsTransportEvents[K]) => void,
  ): () => void {
    return this.#events.on(event, listener);
  }

  off<K extends keyof WsTransportEvents>(event: K, listener: (...args: WsTransportEvents[K]) => void): void {
    this.#events.off(event, listener);
  }

  /**
   * Starts the connection loop and resolves once a connection is open (and ready). Failed
   * attempts are reported as `error` events and retried; it rejects only on `close()` or abort.
   */
  connect(signal?: AbortSignal): Promise<void> {
    if (this.#state === "closing" || this.#state === "closed") {
      return Promise.reject(new WebSocketError("WebSocket transport is closed", this.#errorOptions()));
    }
    if (signal?.aborted) return Promise.reject(new AbortedError("Connect aborted", { cause: signal.reason }));
    if (this.#state === "idle") {
      this.#state = "connecting";
      void this.#open();
    }
    if (this.#state === "open") return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Pending = { resolve, reject };
      this.#openWaiters.push(waiter);
      signal?.addEventListener(
        "abort",
        () => {
          this.#openWaiters = this.#openWaiters.filter((w) => w !== waiter);
          reject(new AbortedError("Connect aborted", { cause: signal.reason }));
        },
        { once: true },
      );
    });
  }

  /** Sends a frame, charging the shared rate limiter. Throws WebSocketError when not connected. */
  async send(frame: Frame, options: { weight?: number; signal?: AbortSignal } = {}): Promise<void> {
    const limiter = this.#options.rateLimiter;
    if (limiter) await limiter.acquire(options.weight ?? this.#options.sendWeight ?? 1, options.signal);
    this.#sendNow(frame);
  }

  /**
   * Subscribes and resolves once the venue acknowledged (immediately when it has no acks);
   * rejects with the venue's error frame or on ack timeout. Connects if not connected yet.
   */
  async subscribe<T = unknown>(
    params: P,
    onMessage: (message: T) => void,
    options: { onError?: (error: PerpError) => void } = {},
  ): Promise<SubscriptionHandle> {
    const protocol = this.#protocol();
    const key = protocol.key(params);
    if (this.#state === "closing" || this.#state === "closed") {
      throw new WebSocketError(`Cannot subscribe to "${key}": the transport is closed`, this.#errorOptions());
    }
    const consumer: Consumer = {
      onMessage: onMessage as (message: unknown) => void,
      onError: options.onError ?? (() => {}),
    };
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      entry = {
        key,
        params,
        consumers: new Set(),
        acked: false,
        waiters: [],
        pendingId: undefined,
        sentAt: 0,
        ackTimer: undefined,
      };
      this.#entries.set(key, entry);
      entry.consumers.add(consumer);
      if (this.#connection?.ready) void this.#sendSubscribe(entry);
      else if (protocol.ack === undefined) entry.acked = true;
    } else {
      entry.consumers.add(consumer);
    }
    if (this.#state === "idle") void this.connect().catch(() => {});
    const subscribed = entry;
    if (!subscribed.acked) {
      try {
        await new Promise<void>((resolve, reject) => subscribed.waiters.push({ resolve, reject }));
      } catch (error) {
        subscribed.consumers.delete(consumer);
        throw error;
      }
    }
    return {
      key,
      unsubscribe: () => this.#removeConsumer(subscribed, consumer),
      resubscribe: () => this.#resubscribe(subscribed),
    };
  }

  /**
   * Async-iterator form of {@link subscribe}. The buffer holds `bufferSize` messages; a consumer
   * that falls further behind gets a StreamOverflowError from `next()` and is unsubscribed.
   */
  stream<T = unknown>(params: P, options: { bufferSize?: number } = {}): SubscriptionStream<T> {
    const key = this.#protocol().key(params);
    let handle: SubscriptionHandle | undefined;
    let released = false;
    const queue = new MessageQueue<T>(options.bufferSize ?? this.#options.bufferSize ?? 1024, key, () => {
      released = true;
      this.#queues.delete(queue as MessageQueue<unknown>);
      if (handle) handle.unsubscribe().catch((error: unknown) => this.#reportUnsubscribeFailure(error));
    });
    this.#queues.add(queue as MessageQueue<unknown>);
    const ready = this.subscribe<T>(params, (message) => queue.push(message), {
      onError: (error) => queue.fail(error),
    }).then(
      (h) => {
        handle = h;
        if (released) h.unsubscribe().catch((error: unknown) => this.#reportUnsubscribeFailure(error));
      },
      (error: unknown) => {
        queue.fail(error);
        throw error;
      },
    );
    ready.catch(() => {});
    return Object.assign(queue, {
      key,
      ready,
      unsubscribe: async () => {
        queue.end();
        await ready.catch(() => {});
        if (handle) await handle.unsubscribe();
      },
    });
  }

  /** Every data message (acks, pongs and server pings excluded) as an async iterator. */
  messages(options: { bufferSize?: number } = {}): AsyncIterableIterator<unknown> {
    const queue: MessageQueue<unknown> = new MessageQueue<unknown>(
      options.bufferSize ?? this.#options.bufferSize ?? 1024,
      "messages",
      () => {
        off();
        this.#queues.delete(queue);
      },
    );
    const off = this.#events.on("message", (message) => queue.push(message));
    this.#queues.add(queue);
    if (this.#state === "closed") queue.end();
    return queue;
  }

  /**
   * Stops reconnecting, clears every timer, ends all streams and closes the socket; resolves
   * once the socket is closed. Idempotent.
   */
  close(code = 1000, reason = "closed by client"): Promise<void> {
    if (this.#closed) return this.#closed;
    this.#closed = this.#shutdown(code, reason);
    return this.#closed;
  }

  async #shutdown(code: number, reason: string): Promise<void> {
    this.#state = "closing";
    if (this.#reconnectTimer !== undefined) clearTimeout(this.#reconnectTimer);
    this.#reconnectTimer = undefined;
    const closedError = new WebSocketError("WebSocket transport was closed", this.#errorOptions());
    for (const waiter of this.#openWaiters.splice(0)) waiter.reject(closedError);
    for (const entry of this.#entries.values()) {
      this.#clearAck(entry);
      for (const waiter of entry.waiters.splice(0)) waiter.reject(closedError);
    }
    this.#entries.clear();
    for (const queue of [...this.#queues]) queue.end();
    const connection = this.#connection;
    if (connection) {
      const socket = connection.socket;
      await new Promise<void>((resolve) => {
        const fallback = setTimeout(() => {
          socket.terminate?.();
          done();
        }, 2000);
        const done = (): void => {
          clearTimeout(fallback);
          socket.removeEventListener("close", done);
          resolve();
        };
        socket.addEventListener("close", done);
        try {
          socket.close(code, reason);
        } catch {
          socket.terminate?.();
          done();
        }
      });
      this.#endConnection(connection, code, reason);
    }
    this.#state = "closed";
  }

  // ── connection lifecycle ────────────────────────────────────────────────────────────────

  async #open(): Promise<void> {
    let url: string;
    try {
      url = typeof this.#options.url === "string" ? this.#options.url : await this.#options.url();
    } catch (cause) {
      this.#report(
        new WebSocketError("Could not resolve the WebSocket URL", { ...this.#errorOptions(), cause }),
      );
      this.#scheduleReconnect();
      return;
    }
    if (this.#isShuttingDown()) return;
    let socket: WebSocketLike;
    try {
      socket =
        this.#options.headers === undefined
          ? new this.#Impl(url, this.#options.protocols)
          : new this.#Impl(url, this.#options.protocols, { headers: this.#options.headers });
    } catch (cause) {
      this.#report(
        new WebSocketError("Could not create the WebSocket", { ...this.#errorOptions(url), cause }),
      );
      this.#scheduleReconnect();
      return;
    }
    if ("binaryType" in socket) socket.binaryType = "arraybuffer";
    this.#attach(socket, url);
  }

  #attach(socket: WebSocketLike, url: string): void {
    const alive = (): void => {
      if (this.#connection?.socket === socket) this.#connection.lastSeen = Date.now();
    };
    const onOpen = (): void => {
      const connection = this.#connection;
      if (connection?.socket !== socket) return;
      connection.lastSeen = Date.now();
      if (this.#options.readyWhen === undefined) this.#onReady(connection);
    };
    const onMessage = (event: SocketEvent): void => {
      const connection = this.#connection;
      if (connection?.socket !== socket) return;
      connection.lastSeen = Date.now();
      this.#onFrame(connection, event.data);
    };
    const onClose = (event: SocketEvent): void => {
      const connection = this.#connection;
      if (connection?.socket !== socket) return;
      this.#endConnection(connection, event.code ?? 1006, event.reason ?? "");
      if (!this.#isShuttingDown()) this.#scheduleReconnect();
    };
    const onError = (event: SocketEvent): void => {
      if (this.#connection?.socket !== socket || this.#isShuttingDown()) return;
      const detail = event.message ?? (event.error instanceof Error ? event.error.message : undefined);
      this.#report(
        new WebSocketError(`WebSocket error${detail ? `: ${detail}` : ""}`, {
          ...this.#errorOptions(url),
          cause: event.error,
        }),
      );
    };
    socket.addEventListener("open", onOpen);
    socket.addEventListener("message", onMessage);
    socket.addEventListener("close", onClose);
    socket.addEventListener("error", onError);
    const nodeEvents = supportsNodeEvents(socket) ? socket : undefined;
    nodeEvents?.on("pong", alive);
    nodeEvents?.on("ping", alive);

    const connection: Connection = {
      socket,
      ready: false,
      detach: () => {
        socket.removeEventListener("open", onOpen);
        socket.removeEventListener("message", onMessage);
        socket.removeEventListener("close", onClose);
        socket.removeEventListener("error", onError);
        nodeEvents?.off("pong", alive);
        nodeEvents?.off("ping", alive);
      },
      connectTimer: undefined,
      heartbeatTimer: undefined,
      stableTimer: undefined,
      lastSeen: Date.now(),
      lastPing: 0,
    };
    const connectTimeoutMs = this.#options.connectTimeoutMs ?? 10_000;
    connection.connectTimer = setTimeout(() => {
      connection.connectTimer = undefined;
      this.#report(
        new WebSocketError(`WebSocket did not open within ${connectTimeoutMs} ms`, this.#errorOptions(url)),
      );
      this.#drop(connection, "connect timeout");
    }, connectTimeoutMs);
    this.#connection = connection;
  }

  #onReady(connection: Connection): void {
    if (connection.ready) return;
    connection.ready = true;
    if (connection.connectTimer !== undefined) clearTimeout(connection.connectTimer);
    connection.connectTimer = undefined;
    this.#state = "open";
    this.#startHeartbeat(connection);
    const stableAfterMs = this.#options.reconnect?.stableAfterMs ?? 10_000;
    connection.stableTimer = setTimeout(() => {
      connection.stableTimer = undefined;
      this.#attempt = 0;
    }, stableAfterMs);
    const reconnected = this.#everOpened;
    this.#everOpened = true;
    this.#events.emit("open");
    for (const waiter of this.#openWaiters.splice(0)) waiter.resolve();
    const resent = [...this.#entries.values()].map((entry) => this.#sendSubscribe(entry));
    if (reconnected) {
      void Promise.all(resent).then(() => {
        if (this.#connection === connection) this.#events.emit("reconnected");
      });
    }
  }

  #startHeartbeat(connection: Connection): void {
    const heartbeat = this.#options.heartbeat ?? { type: "protocol" };
    const intervalMs =
      heartbeat.type === "none" ? DEFAULT_INTERVAL_MS : (heartbeat.intervalMs ?? DEFAULT_INTERVAL_MS);
    const staleAfterMs = this.#options.staleAfterMs ?? intervalMs * 2;
    const tickMs = Math.max(10, Math.min(intervalMs, Math.floor(staleAfterMs / 4)));
    connection.lastPing = Date.now();
    connection.heartbeatTimer = setInterval(() => {
      const now = Date.now();
      if (now - connection.lastSeen > staleAfterMs) {
        this.#report(
          new WebSocketError(
            `No data or pong for ${now - connection.lastSeen} ms: connection presumed dead`,
            {
              ...this.#errorOptions(),
              details: { staleAfterMs },
            },
          ),
        );
        this.#drop(connection, "stale connection");
        return;
      }
      if (now - connection.lastPing < intervalMs) return;
      connection.lastPing = now;
      try {
        if (heartbeat.type === "protocol") connection.socket.ping?.();
        else if (heartbeat.type === "message") this.#sendNow(heartbeat.build());
      } catch (cause) {
        this.#report(new WebSocketError("Could not send heartbeat ping", { ...this.#errorOptions(), cause }));
      }
    }, tickMs);
  }

  /** Abandons a connection at once (half-open, connect timeout) and goes on to reconnect. */
  #drop(connection: Connection, reason: string): void {
    if (this.#connection !== connection) return;
    try {
      if (connection.socket.terminate) connection.socket.terminate();
      else connection.socket.close(4000, reason);
    } catch {
      // The socket is being abandoned either way.
    }
    this.#endConnection(connection, 1006, reason);
    if (!this.#isShuttingDown()) this.#scheduleReconnect();
  }

  #endConnection(connection: Connection, code: number, reason: string): void {
    if (this.#connection !== connection) return;
    this.#connection = undefined;
    connection.detach();
    // An abandoned socket can still emit "error" (e.g. terminated mid-handshake); Node's ws
    // would turn an unheard error into an uncaught exception.
    connection.socket.addEventListener("error", ignore);
    if (connection.connectTimer !== undefined) clearTimeout(connection.connectTimer);
    if (connection.heartbeatTimer !== undefined) clearInterval(connection.heartbeatTimer);
    if (connection.stableTimer !== undefined) clearTimeout(connection.stableTimer);
    for (const entry of this.#entries.values()) {
      this.#clearAck(entry);
      entry.pendingId = undefined;
    }
    this.#events.emit("close", code, reason);
  }

  #scheduleReconnect(): void {
    if (this.#isShuttingDown() || this.#reconnectTimer !== undefined) return;
    this.#attempt += 1;
    const delayMs = backoffDelay(this.#attempt, {
      initialDelayMs: this.#options.reconnect?.initialDelayMs ?? 500,
      maxDelayMs: this.#options.reconnect?.maxDelayMs ?? 30_000,
      ...(this.#options.random ? { random: this.#options.random } : {}),
    });
    this.#state = "reconnecting";
    this.#events.emit("reconnecting", this.#attempt, delayMs);
    this.#reconnectTimer = setTimeout(() => {
      this.#reconnectTimer = undefined;
      if (!this.#isShuttingDown()) void this.#open();
    }, delayMs);
  }

  #isShuttingDown(): boolean {
    return this.#state === "closing" || this.#state === "closed";
  }

  // ── inbound frames ──────────────────────────────────────────────────────────────────────

  #onFrame(connection: Connection, data: unknown): void {
    let message: unknown;
    try {
      message = this.#parse(decodeFrame(data));
    } catch (cause) {
      const preview = typeof data === "string" ? data.slice(0, 200) : `[${describeBinary(data)}]`;
      this.#report(
        new WebSocketError("Received a frame that could not be parsed", {
          ...this.#errorOptions(),
          cause,
          details: { preview },
        }),
      );
      return;
    }
    const options = this.#options;
    try {
      const heartbeat = options.heartbeat;
      if (heartbeat?.type === "message" && heartbeat.isPong(message)) return;
      if (options.serverPing?.isPing(message)) {
        this.#sendNow(options.serverPing.reply(message));
        return;
      }
      if (!connection.ready) {
        if (options.readyWhen?.(message)) this.#onReady(connection);
        return;
      }
      this.#handleAck(message);
      const key = options.subscriptions?.route(message);
      const entry = key === undefined ? undefined : this.#entries.get(key);
      if (entry) {
        for (const consumer of [...entry.consumers]) {
          try {
            consumer.onMessage(message);
          } catch (cause) {
            this.#report(
              new WebSocketError(`A "${entry.key}" subscriber threw`, { ...this.#errorOptions(), cause }),
            );
          }
        }
      }
    } catch (cause) {
      this.#report(new WebSocketError("A venue frame handler threw", { ...this.#errorOptions(), cause }));
      return;
    }
    this.#events.emit("message", message);
  }

  #handleAck(message: unknown): void {
    const ack = this.#options.subscriptions?.ack?.(message);
    if (ack === undefined) return;
    let entry: Entry<P> | undefined;
    if (ack.id !== undefined) {
      entry = [...this.#entries.values()].find(
        (e) => e.pendingId !== undefined && String(e.pendingId) === String(ack.id),
      );
    } else if (ack.key !== undefined) {
      entry = this.#entries.get(ack.key);
    } else {
      entry = [...this.#entries.values()]
        .filter((e) => e.pendingId !== undefined)
        .sort((a, b) => a.sentAt - b.sentAt || (a.pendingId ?? 0) - (b.pendingId ?? 0))[0];
    }
    if (entry === undefined || entry.pendingId === undefined) {
      if (ack.error !== undefined) this.#report(this.#toError(ack.error, undefined));
      return;
    }
    this.#clearAck(entry);
    entry.pendingId = undefined;
    if (ack.error === undefined) {
      entry.acked = true;
      for (const waiter of entry.waiters.splice(0)) waiter.resolve();
    } else {
      this.#failEntry(entry, this.#toError(ack.error, entry.key));
    }
  }

  // ── subscriptions ───────────────────────────────────────────────────────────────────────

  async #sendSubscribe(entry: Entry<P>): Promise<void> {
    const protocol = this.#protocol();
    const id = this.#nextId++;
    entry.pendingId = protocol.ack ? id : undefined;
    entry.sentAt = Date.now();
    try {
      const frame = await protocol.subscribe(entry.params, { id });
      if (this.#entries.get(entry.key) !== entry) return;
      await this.send(frame);
    } catch (cause) {
      entry.pendingId = undefined;
      const error =
        cause instanceof PerpError
          ? cause
          : new WebSocketError(`Could not send the subscribe frame for "${entry.key}"`, {
              ...this.#errorOptions(),
              cause,
            });
      // A dropped connection retries on reconnect; anything else is final.
      if (this.#connection?.ready) this.#failEntry(entry, error);
      return;
    }
    if (!protocol.ack) {
      entry.acked = true;
      for (const waiter of entry.waiters.splice(0)) waiter.resolve();
      return;
    }
    if (entry.pendingId !== id) return;
    const ackTimeoutMs = this.#options.ackTimeoutMs ?? 10_000;
    await new Promise<void>((resolve) => {
      entry.waiters.push({ resolve, reject: () => resolve() });
      entry.ackTimer = setTimeout(() => {
        entry.ackTimer = undefined;
        if (entry.pendingId !== id) return;
        entry.pendingId = undefined;
        this.#failEntry(
          entry,
          new WebSocketError(`Subscription "${entry.key}" was not acknowledged within ${ackTimeoutMs} ms`, {
            ...this.#errorOptions(),
          }),
        );
      }, ackTimeoutMs);
    });
  }

  #failEntry(entry: Entry<P>, error: PerpError): void {
    this.#clearAck(entry);
    if (this.#entries.get(entry.key) === entry) this.#entries.delete(entry.key);
    const hadWaiters = entry.waiters.length > 0;
    for (const waiter of entry.waiters.splice(0)) waiter.reject(error);
    const consumers = [...entry.consumers];
    entry.consumers.clear();
    for (const consumer of consumers) consumer.onError(error);
    if (!hadWaiters) this.#report(error);
  }

  async #removeConsumer(entry: Entry<P>, consumer: Consumer): Promise<void> {
    if (!entry.consumers.delete(consumer) || entry.consumers.size > 0) return;
    if (this.#entries.get(entry.key) !== entry) return;
    this.#entries.delete(entry.key);
    this.#clearAck(entry);
    for (const waiter of entry.waiters.splice(0)) waiter.resolve();
    const protocol = this.#protocol();
    if (protocol.unsubscribe && this.#connection?.ready) {
      const frame = await protocol.unsubscribe(entry.params, { id: this.#nextId++ });
      try {
        if (this.#connection?.ready) await this.send(frame);
      } catch (error) {
        // A socket that closed meanwhile took its subscriptions with it: nothing is left to cancel.
        if (this.#connection?.ready) throw error;
      }
    }
  }

  async #resubscribe(entry: Entry<P>): Promise<void> {
    if (this.#entries.get(entry.key) !== entry) {
      throw new WebSocketError(`Subscription "${entry.key}" is no longer active`, this.#errorOptions());
    }
    const protocol = this.#protocol();
    entry.acked = false;
    const acked = new Promise<void>((resolve, reject) => entry.waiters.push({ resolve, reject }));
    if (this.#connection?.ready) {
      if (protocol.unsubscribe)
        await this.send(await protocol.unsubscribe(entry.params, { id: this.#nextId++ }));
      void this.#sendSubscribe(entry);
    }
    await acked;
  }

  #clearAck(entry: Entry<P>): void {
    if (entry.ackTimer !== undefined) clearTimeout(entry.ackTimer);
    entry.ackTimer = undefined;
  }

  #protocol(): NonNullable<WsTransportOptions<P>["subscriptions"]> {
    const protocol = this.#options.subscriptions;
    if (protocol === undefined) {
      throw new WebSocketError("This WebSocket transport has no subscription protocol", this.#errorOptions());
    }
    return protocol;
  }

  // ── helpers ─────────────────────────────────────────────────────────────────────────────

  #sendNow(frame: Frame): void {
    const socket = this.#connection?.socket;
    if (socket === undefined || socket.readyState !== OPEN) {
      throw new WebSocketError("WebSocket is not connected", this.#errorOptions());
    }
    socket.send(typeof frame === "string" ? frame : this.#stringify(frame));
  }

  #toError(error: PerpError | string, key: string | undefined): PerpError {
    if (error instanceof PerpError) return error;
    return new WebSocketError(
      key ? `Subscription "${key}" was refused: ${error}` : `Venue error frame: ${error}`,
      {
        ...this.#errorOptions(),
      },
    );
  }

  #report(error: PerpError): void {
    this.#events.emit("error", error);
  }

  /** An iterator released in the background has no caller to throw to; its failure becomes an error event. */
  #reportUnsubscribeFailure(error: unknown): void {
    this.#report(
      error instanceof PerpError
        ? error
        : new WebSocketError("Unsubscribing failed", { ...this.#errorOptions(), cause: error }),
    );
  }

  #errorOptions(url?: string): { venue?: string; url?: string } {
    return {
      ...(this.#options.venue !== undefined ? { venue: this.#options.venue } : {}),
      ...(url !== undefined ? { url } : {}),
    };
  }
}

/** Creates a {@link WsTransport}. */
export function createWsTransport<P = unknown>(options: WsTransportOptions<P>): WsTransport<P> {
  return new WsTransport(options);
}

function supportsNodeEvents(socket: WebSocketLike): socket is WebSocketLike & NodeSocketEvents {
  const candidate = socket as Partial<NodeSocketEvents>;
  return typeof candidate.on === "function" && typeof candidate.off === "function";
}

const decoder = new TextDecoder();

function ignore(): void {}

function decodeFrame(data: unknown): string {
  if (typeof data === "string") return data;
  if (data instanceof ArrayBuffer) return decoder.decode(new Uint8Array(data));
  if (ArrayBuffer.isView(data)) return decoder.decode(data);
  throw new TypeError(`Unsupported frame payload: ${describeBinary(data)}`);
}

function describeBinary(data: unknown): string {
  if (data instanceof ArrayBuffer) return `${data.byteLength} bytes`;
  if (ArrayBuffer.isView(data)) return `${data.byteLength} bytes`;
  return typeof data;
}

import {
  type AccountEvent,
  backoffDelay,
  Emitter,
  type IterateOptions,
  type Listener,
  type Order,
  PerpError,
  type ReadinessTracker,
  type Subscription,
  type WatchOptions,
  type WatchStream,
  WebSocketError,
  type WsState,
  type WsTransport,
  watchBoth,
} from "@perp/core";
import type * as z from "zod/mini";
import { ACCOUNT_CHANNEL, type VestChannel } from "../channels.js";
import { applyClosePolicy, createVestTransport, VEST_VENUE, type VestSocketOptions } from "../connection.js";
import { type VestWsEndpointOptions, vestWsUrl } from "../endpoints.js";
import {
  accountEnvelope,
  lpEventArgs,
  orderEventArgs,
  transferEventArgs,
  type VestLpUpdate,
  type VestOrderUpdate,
  type VestTransferUpdate,
} from "../messages/account.js";
import { classifyFrame } from "../messages/control.js";
import {
  type OpenOrdersReconciliation,
  type VestAccountSnapshot,
  VestAccountState,
} from "./account-state.js";
import { ListenKeyManager, type VestListenKeyProvider } from "./listen-key.js";

/** Why the account stream lost continuity. */
export type AccountResyncReason = "reconnect" | "listen-key-renewed" | "resubscribe";

export interface VestReconnectContext {
  reason: AccountResyncReason;
  /** Local time continuity was lost: REST lists requested after it are current. */
  since: number;
  /** Apply the REST results here: reconcileOpenOrders, applyOrders, applyAccount. */
  stream: VestAccountStream;
}

export interface VestAccountStreamOptions extends VestWsEndpointOptions, VestSocketOptions {
  /** Listen-key calls (the REST client's POST / PUT / DELETE /account/listenKey). */
  listenKey: VestListenKeyProvider;
  /** PUT interval. Keys live 60 min from the last POST/PUT; clients use 30–45 min. Default 30 min. */
  keepAliveIntervalMs?: number;
  /**
   * Called once the stream is subscribed again after it lost continuity (reconnect, new listen
   * key). Vest replays nothing, so this is where the adapter re-reads `GET /orders` and
   * `GET /account` and applies them; the resync completes when it resolves, and is retried with
   * backoff when it rejects. Without it the resync completes as soon as the venue acknowledged.
   */
  onReconnected?: (context: VestReconnectContext) => void | Promise<void>;
  /** When given, the component "accountStream" is marked ready / stale / failed. */
  readiness?: ReadinessTracker;
  /** DELETE the listen key on close. Default true (when the provider has `close`). */
  closeListenKey?: boolean;
  /** Final orders remembered to enrich late events. Default 1000. */
  maxFinalOrders?: number;
  now?: () => number;
}

export interface VestAccountStreamEvents {
  /** Every account event: order, fill, balance, position, resync, unknown. */
  event: [event: AccountEvent];
  /** `account_private` acknowledged (readiness evidence "subscription-ack"; v2 has no snapshot). */
  subscribed: [];
  /** Subscribed again after a loss of continuity; `onReconnected` runs now. */
  reconnected: [reason: AccountResyncReason];
  lp: [update: VestLpUpdate, receivedAt: number];
  transfer: [update: VestTransferUpdate, receivedAt: number];
  /**
   * Balances or positions changed (a fill, an LP or a transfer) but v2 streams neither: re-read
   * `GET /account` and pass it to applyAccount.
   */
  accountChanged: [reason: "fill" | "lp" | "transfer"];
  open: [];
  close: [code: number, reason: string];
  reconnecting: [attempt: number, delayMs: number];
  error: [error: PerpError];
}

interface Resync {
  reason: AccountResyncReason;
  since: number;
}

/**
 * Vest's private stream (`account_private`) over a listen key in the socket URL. It creates the
 * key, extends it every `keepAliveIntervalMs`, and on expiry (PUT failure, close 4004/4005)
 * creates a new one and reconnects with it. ORDER events update the order state and produce
 * fills; LP and TRANSFER events are reported as such; balances and positions come from
 * `GET /account` snapshots the adapter applies. Any loss of continuity emits a `resync` started
 * event, and `completed` once `onReconnected` reconciled the state.
 */
export class VestAccountStream {
  readonly #options: VestAccountStreamOptions;
  readonly #events: Emitter<VestAccountStreamEvents>;
  readonly #keys: ListenKeyManager;
  readonly #state: VestAccountState;
  readonly #now: () => number;
  readonly #errorHandlers = new Set<(error: unknown) => void>();
  #transport: WsTransport<VestChannel> | undefined;
  #detach: (() => void)[] = [];
  #starting: Promise<void> | undefined;
  #live = false;
  #subscribed = false;
  /** False once the venue refused `account_private` on the current socket. */
  #subscriptionAlive = false;
  #resync: Resync | undefined;
  #keepAliveTimer: ReturnType<typeof setInterval> | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #retryAttempt = 0;
  #closed = false;

  constructor(options: VestAccountStreamOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#keys = new ListenKeyManager(options.listenKey);
    this.#state = new VestAccountState(
      options.maxFinalOrders === undefined ? {} : { maxFinalOrders: options.maxFinalOrders },
    );
    this.#events = new Emitter<VestAccountStreamEvents>((cause, event) => {
      if (event !== "error")
        this.#report(new WebSocketError(`A "${String(event)}" listener threw`, { cause }));
    });
    // Fails fast on a bad URL / account group, before any key is created.
    vestWsUrl(options);
  }

  get state(): WsState {
    return this.#transport?.state ?? (this.#closed ? "closed" : "idle");
  }

  /** Whether `account_private` is acknowledged on the current socket. */
  get subscribed(): boolean {
    return this.#subscribed;
  }

  /** Whether continuity was lost and not yet restored. */
  get resyncing(): boolean {
    return this.#resync !== undefined;
  }

  on<K extends keyof VestAccountStreamEvents>(
    event: K,
    listener: (...args: VestAccountStreamEvents[K]) => void,
  ): () => void {
    return this.#events.on(event, listener);
  }

  /** Creates the listen key, connects and subscribes; resolves on the venue's ack. */
  start(): Promise<void> {
    if (this.#closed) return Promise.reject(this.#closedError());
    this.#starting ??= this.#openSession().catch((error: unknown) => {
      this.#starting = undefined;
      const transport = this.#transport;
      this.#teardownTransport();
      void transport?.close();
      throw error;
    });
    return this.#starting;
  }

  /** Account events; the callback form resolves once subscribed. Iterators end with an error when behind. */
  watch(listener: Listener<AccountEvent>, options?: WatchOptions): Promise<Subscription>;
  watch(options?: IterateOptions): WatchStream<AccountEvent>;
  watch(
    listenerOrOptions?: Listener<AccountEvent> | IterateOptions,
    options?: WatchOptions,
  ): Promise<Subscription> | WatchStream<AccountEvent> {
    return watchBoth<AccountEvent>(
      async (listener, { onError }) => {
        let established = false;
        const fail = (error: unknown): void => {
          if (established) onError(error);
        };
        this.#errorHandlers.add(fail);
        const off = this.#events.on("event", listener);
        try {
          await this.start();
        } catch (error) {
          off();
          this.#errorHandlers.delete(fail);
          throw error;
        }
        established = true;
        return {
          unsubscribe: async () => {
            off();
            this.#errorHandlers.delete(fail);
          },
        };
      },
      listenerOrOptions,
      options,
      { name: ACCOUNT_CHANNEL, overflow: "error" },
    );
  }

  /** Stops everything: timers, socket, and (by default) the listen key at the venue. Idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#clearTimers();
    const transport = this.#transport;
    this.#teardownTransport();
    await transport?.close();
    if (this.#options.closeListenKey !== false) {
      await this.#keys.release().catch((error: unknown) => this.#report(asPerpError(error)));
    }
  }

  // ── state ───────────────────────────────────────────────────────────────────────────────

  openOrders(): Order[] {
    return this.#state.openOrders();
  }

  order(id: string): Order | undefined {
    return this.#state.order(id);
  }

  balances(): ReturnType<VestAccountState["balances"]> {
    return this.#state.balances();
  }

  positions(): ReturnType<VestAccountState["positions"]> {
    return this.#state.positions();
  }

  /**
   * Applies the venue's open orders (`GET /orders`, NEW and PARTIALLY_FILLED rows) requested at
   * `requestedAt`; orders held open but missing from it come back as `vanished`.
   */
  reconcileOpenOrders(rows: readonly VestOrderUpdate[], requestedAt?: number): OpenOrdersReconciliation {
    const result = this.#state.reconcileOpenOrders(rows, this.#now(), requestedAt);
    this.#emitAll(result.events);
    return result;
  }

  /** Applies `GET /orders` rows (for example the lookups of vanished orders). */
  applyOrders(rows: readonly VestOrderUpdate[]): AccountEvent[] {
    const events = this.#state.applyOrders(rows, this.#now());
    this.#emitAll(events);
    return events;
  }

  /** Replaces balances and positions with a `GET /account` body; emits what changed. */
  applyAccount(account: VestAccountSnapshot): AccountEvent[] {
    const events = this.#state.applyAccount(account, this.#now());
    this.#emitAll(events);
    return events;
  }

  // ── sessions ────────────────────────────────────────────────────────────────────────────

  async #openSession(): Promise<void> {
    const transport = createVestTransport(
      async () => vestWsUrl(this.#options, await this.#keys.current()),
      this.#options,
    );
    this.#transport = transport;
    this.#wire(transport);
    await transport.subscribe(
      { kind: "account" },
      (message) => {
        if (this.#transport === transport) this.#onData(message);
      },
      { onError: (error) => this.#onSubscriptionError(error, transport) },
    );
    if (this.#transport !== transport || this.#closed) return;
    this.#live = true;
    this.#retryAttempt = 0;
    this.#startKeepAlive();
    this.#onSubscribed();
  }

  #wire(transport: WsTransport<VestChannel>): void {
    const current = (): boolean => this.#transport === transport && !this.#closed;
    this.#detach.push(
      transport.on("open", () => {
        if (current()) this.#events.emit("open");
      }),
      transport.on("reconnecting", (attempt, delayMs) => {
        if (current()) this.#events.emit("reconnecting", attempt, delayMs);
      }),
      transport.on("error", (error) => {
        if (current()) this.#report(error);
      }),
      transport.on("close", (code, reason) => {
        if (!current()) return;
        this.#events.emit("close", code, reason);
        if (this.#subscribed) {
          this.#subscribed = false;
          this.#beginResync("reconnect");
        }
      }),
      transport.on("reconnected", () => {
        // The transport re-subscribed; `subscribed` is false when the venue refused it.
        if (current() && this.#live && !this.#subscribed && this.#subscriptionAlive) this.#onSubscribed();
      }),
      transport.on("message", (message) => {
        if (current()) this.#onOther(message);
      }),
      applyClosePolicy(transport, {
        onFatal: (error) => {
          if (current()) this.#onFatal(error);
        },
        onRenewListenKey: () => this.#keys.invalidate(),
      }),
    );
    this.#subscriptionAlive = true;
  }

  #teardownTransport(): void {
    for (const detach of this.#detach.splice(0)) detach();
    this.#transport = undefined;
    this.#subscribed = false;
  }

  #onSubscribed(): void {
    this.#subscribed = true;
    this.#events.emit("subscribed");
    if (this.#resync === undefined) {
      this.#options.readiness?.markReady("accountStream", { evidence: "subscription-ack" });
      return;
    }
    void this.#reconcile(this.#resync);
  }

  #onSubscriptionError(error: PerpError, transport: WsTransport<VestChannel>): void {
    if (this.#transport !== transport || this.#closed) return;
    this.#subscriptionAlive = false;
    this.#subscribed = false;
    this.#options.readiness?.markFailed("accountStream", error);
    if (!this.#live) return; // start() rejects with it
    this.#report(error);
    // A refused account_private usually means the key is no longer good.
    this.#keys.invalidate();
    this.#beginResync("resubscribe");
    this.#scheduleRestart();
  }

  /** Replaces the socket (a new listen key, or a refused subscription). */
  #restart(reason: AccountResyncReason): void {
    if (this.#closed) return;
    this.#beginResync(reason);
    const old = this.#transport;
    this.#teardownTransport();
    void old?.close();
    this.#openSession().catch((error: unknown) => {
      if (this.#closed) return;
      this.#report(asPerpError(error));
      this.#scheduleRestart();
    });
  }

  #scheduleRestart(): void {
    if (this.#closed || this.#retryTimer !== undefined) return;
    this.#retryAttempt += 1;
    const delay = this.#backoff(this.#retryAttempt);
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.#restart(this.#resync?.reason ?? "resubscribe");
    }, delay);
  }

  // ── resync ──────────────────────────────────────────────────────────────────────────────

  #beginResync(reason: AccountResyncReason): void {
    if (this.#resync !== undefined) {
      // A new generation: a reconcile still running for the old one must not complete it.
      this.#resync = { ...this.#resync };
      return;
    }
    this.#resync = { reason, since: this.#now() };
    this.#options.readiness?.markStale("accountStream", `account stream resyncing (${reason})`);
    this.#emit({ type: "resync", phase: "started", reason, receivedAt: this.#now() });
  }

  async #reconcile(resync: Resync): Promise<void> {
    this.#events.emit("reconnected", resync.reason);
    const hook = this.#options.onReconnected;
    try {
      await hook?.({ reason: resync.reason, since: resync.since, stream: this });
    } catch (cause) {
      if (this.#resync !== resync || this.#closed) return;
      this.#report(
        cause instanceof PerpError
          ? cause
          : new WebSocketError("Reconciling the Vest account after a reconnect failed", {
              venue: VEST_VENUE,
              cause,
            }),
      );
      this.#retryAttempt += 1;
      this.#retryTimer ??= setTimeout(() => {
        this.#retryTimer = undefined;
        if (this.#resync === resync && this.#subscribed) void this.#reconcile(resync);
      }, this.#backoff(this.#retryAttempt));
      return;
    }
    if (this.#resync !== resync || this.#closed || !this.#subscribed) return;
    this.#resync = undefined;
    this.#retryAttempt = 0;
    this.#emit({ type: "resync", phase: "completed", reason: resync.reason, receivedAt: this.#now() });
    this.#options.readiness?.markReady("accountStream", { evidence: "subscription-ack" });
  }

  // ── listen key ──────────────────────────────────────────────────────────────────────────

  #startKeepAlive(): void {
    if (this.#keepAliveTimer !== undefined) return;
    const interval = this.#options.keepAliveIntervalMs ?? 30 * 60_000;
    this.#keepAliveTimer = setInterval(() => void this.#keepAlive(), interval);
  }

  async #keepAlive(): Promise<void> {
    let outcome: "extended" | "replaced";
    try {
      outcome = await this.#keys.refresh();
    } catch (error) {
      if (this.#closed) return;
      this.#report(asPerpError(error));
      // No key could be had: the socket's key is expiring; reconnecting retries the creation.
      this.#keys.invalidate();
      this.#restart("listen-key-renewed");
      return;
    }
    if (outcome === "replaced" && !this.#closed) this.#restart("listen-key-renewed");
  }

  // ── frames ──────────────────────────────────────────────────────────────────────────────

  #onData(message: unknown): void {
    const frame = classifyFrame(message);
    if (frame.type !== "data") return;
    const receivedAt = this.#now();
    const envelope = accountEnvelope.safeParse(frame.data);
    if (!envelope.success) {
      this.#unknown(frame.channel, "unreadable account_private frame (no event/args)", message, receivedAt);
      return;
    }
    const { event, args } = envelope.data;
    switch (event) {
      case "ORDER": {
        const parsed = orderEventArgs.safeParse(args);
        if (!parsed.success) {
          this.#unknown(
            frame.channel,
            `unreadable ORDER event: ${issues(parsed.error)}`,
            message,
            receivedAt,
          );
          return;
        }
        const events = this.#state.applyOrder(parsed.data, receivedAt);
        this.#emitAll(events);
        if (events.some((e) => e.type === "fill")) this.#events.emit("accountChanged", "fill");
        return;
      }
      case "LP": {
        const parsed = lpEventArgs.safeParse(args);
        if (!parsed.success) {
          this.#unknown(frame.channel, `unreadable LP event: ${issues(parsed.error)}`, message, receivedAt);
          return;
        }
        this.#events.emit("lp", parsed.data, receivedAt);
        this.#events.emit("accountChanged", "lp");
        return;
      }
      case "TRANSFER": {
        const parsed = transferEventArgs.safeParse(args);
        if (!parsed.success) {
          this.#unknown(
            frame.channel,
            `unreadable TRANSFER event: ${issues(parsed.error)}`,
            message,
            receivedAt,
          );
          return;
        }
        this.#events.emit("transfer", parsed.data, receivedAt);
        this.#events.emit("accountChanged", "transfer");
        return;
      }
      default:
        this.#unknown(frame.channel, `unknown account event "${event}"`, message, receivedAt);
    }
  }

  #onOther(message: unknown): void {
    const frame = classifyFrame(message);
    if (frame.type === "other") {
      this.#unknown(undefined, "unexpected frame", message, this.#now());
    } else if (frame.type === "data" && frame.channel !== ACCOUNT_CHANNEL) {
      this.#unknown(frame.channel, "data on a channel this stream did not subscribe", message, this.#now());
    } else if (frame.type === "refusal" && frame.id === undefined) {
      this.#report(new WebSocketError(`Vest error frame: ${frame.reason}`, { venue: VEST_VENUE }));
    }
  }

  #onFatal(error: WebSocketError): void {
    this.#closed = true;
    this.#clearTimers();
    this.#teardownTransport();
    this.#report(error);
    this.#options.readiness?.markFailed("accountStream", error);
    const handlers = [...this.#errorHandlers];
    this.#errorHandlers.clear();
    for (const handler of handlers) handler(error);
  }

  // ── helpers ─────────────────────────────────────────────────────────────────────────────

  #unknown(channel: string | undefined, reason: string, raw: unknown, receivedAt: number): void {
    this.#emit({ type: "unknown", channel, reason, raw, receivedAt });
  }

  #emitAll(events: readonly AccountEvent[]): void {
    for (const event of events) this.#emit(event);
  }

  #emit(event: AccountEvent): void {
    this.#events.emit("event", event);
  }

  #backoff(attempt: number): number {
    const reconnect = this.#options.reconnect;
    return backoffDelay(attempt, {
      initialDelayMs: reconnect?.initialDelayMs ?? 1000,
      maxDelayMs: reconnect?.maxDelayMs ?? 30_000,
      ...(this.#options.random !== undefined ? { random: this.#options.random } : {}),
    });
  }

  #clearTimers(): void {
    if (this.#keepAliveTimer !== undefined) clearInterval(this.#keepAliveTimer);
    if (this.#retryTimer !== undefined) clearTimeout(this.#retryTimer);
    this.#keepAliveTimer = undefined;
    this.#retryTimer = undefined;
  }

  #closedError(): WebSocketError {
    return new WebSocketError("The Vest account stream is closed", { venue: VEST_VENUE });
  }

  #report(error: PerpError): void {
    this.#events.emit("error", error);
  }
}

function issues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
}

function asPerpError(error: unknown): PerpError {
  return error instanceof PerpError
    ? error
    : new WebSocketError("Vest account stream failure", { venue: VEST_VENUE, cause: error });
}

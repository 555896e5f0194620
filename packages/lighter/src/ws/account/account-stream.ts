import {
  type AccountEvent,
  Emitter,
  type Order,
  PerpError,
  type ReadinessComponent,
  type SubscriptionHandle,
  ValidationError,
  WebSocketError,
} from "@perp/core";
import { channelFamily, channelKeyOf, isDataFrame, isSnapshotFrame, lighterChannels } from "../channels.js";
import type { LighterWsClient } from "../client.js";
import {
  type AccountMappingContext,
  type LighterAccountStats,
  type LighterAccountTx,
  type LighterNotification,
  parseAccountTx,
  parseBalance,
  parseFill,
  parseNotification,
  parseOrder,
  parsePosition,
  parseStats,
  type SymbolResolver,
} from "../messages/account.js";
import { collectItems, isObject, type JsonObject } from "../messages/fields.js";
import { isTxReply, readErrorFrame } from "../protocol.js";
import type { ReadinessSink } from "../readiness.js";
import { type LighterAccountSnapshot, LighterAccountState } from "./account-state.js";

/** The account channels the stream can hold. */
export type LighterAccountChannelName =
  | "orders"
  | "positions"
  | "assets"
  | "trades"
  | "stats"
  | "transactions"
  | "notifications"
  | "all";

const CHANNELS: Record<
  LighterAccountChannelName,
  { address: (account: bigint) => string; components: ReadinessComponent[] }
> = {
  orders: { address: lighterChannels.accountAllOrders, components: ["openOrders"] },
  positions: { address: lighterChannels.accountAllPositions, components: ["positions"] },
  assets: { address: lighterChannels.accountAllAssets, components: ["balances"] },
  trades: { address: lighterChannels.accountAllTrades, components: [] },
  stats: { address: lighterChannels.userStats, components: [] },
  transactions: { address: lighterChannels.accountTx, components: [] },
  notifications: { address: lighterChannels.notification, components: [] },
  all: { address: lighterChannels.accountAll, components: [] },
};

export const DEFAULT_ACCOUNT_CHANNELS: readonly LighterAccountChannelName[] = [
  "orders",
  "positions",
  "assets",
  "trades",
  "stats",
];

export interface LighterAccountStreamOptions {
  accountIndex: number | bigint;
  /** Default: orders, positions, assets, trades, stats. Account channels need the client's authToken. */
  channels?: readonly LighterAccountChannelName[];
  /** Names markets in the unified types; default the market id as text. */
  symbolOf?: SymbolResolver;
  /** When given, balances / positions / openOrders / accountStream are marked as snapshots arrive. */
  readiness?: ReadinessSink;
  /**
   * Runs after a reconnect once every channel delivered its fresh snapshot, before the resync is
   * reported complete: reconcile with REST here. `missing` lists the orders that were open before
   * the disconnect and are absent from the new snapshot (filled or cancelled meanwhile, outcome
   * unknown to the stream).
   */
  onReconnected?: (missing: Order[]) => void | Promise<void>;
  /** Fill ids remembered to drop replays. Default 10,000. */
  fillMemory?: number;
  now?: () => number;
}

export interface LighterAccountStreamEvents {
  /** Unified events: order, fill, balance, position, resync (started/completed) and unknown. */
  event: [event: AccountEvent];
  /** One channel delivered its snapshot; `components` it makes ready (readiness evidence). */
  ready: [info: { channel: string; components: ReadinessComponent[] }];
  /** Every channel delivered its snapshot (initially and after each resync). */
  snapshot: [state: LighterAccountSnapshot];
  /** The account state is not current (socket closed; fresh snapshots pending). */
  stale: [reason: string];
  /** A reconnect resync completed; `missing` as for `onReconnected`. */
  reconnected: [missing: Order[]];
  stats: [stats: LighterAccountStats];
  transaction: [tx: LighterAccountTx];
  notification: [notification: LighterNotification];
  /** Non-fatal problems (a hook threw); the stream goes on. */
  error: [error: PerpError];
  /** A channel's subscription ended for good (refused, e.g. an invalid auth token). */
  failed: [error: PerpError];
}

/**
 * The private account stream: Lighter's account channels on the shared connection, each opened
 * with an auth token in its subscribe frame (from the client's token provider, refreshed before
 * expiry). Each channel's `subscribed/…` frame is a snapshot that replaces its part of the state;
 * `update/…` frames upsert. The channels carry no sequence numbers, so continuity is only lost
 * with the socket: on a close the stream reports `resync` started, the transport resubscribes on
 * reconnect, and once every fresh snapshot arrived (and `onReconnected` ran) `resync` completed.
 */
export class LighterAccountStream {
  readonly accountIndex: bigint;
  readonly state = new LighterAccountState();
  readonly #client: LighterWsClient;
  readonly #options: LighterAccountStreamOptions;
  readonly #events = new Emitter<LighterAccountStreamEvents>();
  readonly #channels: Map<string, LighterAccountChannelName>;
  readonly #snapshotted = new Set<string>();
  readonly #fills = new Set<string>();
  readonly #handles: SubscriptionHandle[] = [];
  readonly #now: () => number;
  #offs: (() => void)[] = [];
  #starting: Promise<void> | undefined;
  #resyncing: { reason: string; openBefore: Map<string, Order> } | undefined;
  #stopped = false;

  constructor(client: LighterWsClient, options: LighterAccountStreamOptions) {
    const account =
      typeof options.accountIndex === "bigint" ? options.accountIndex : BigInt(options.accountIndex);
    lighterChannels.accountAll(account);
    this.accountIndex = account;
    this.#client = client;
    this.#options = options;
    this.#now = options.now ?? Date.now;
    const names = options.channels ?? DEFAULT_ACCOUNT_CHANNELS;
    if (names.length === 0) throw new ValidationError("The account stream needs at least one channel");
    this.#channels = new Map(names.map((name) => [CHANNELS[name].address(account), name]));
  }

  on<K extends keyof LighterAccountStreamEvents>(
    event: K,
    listener: (...args: LighterAccountStreamEvents[K]) => void,
  ): () => void {
    return this.#events.on(event, listener);
  }

  /** Subscribe addresses held by this stream. */
  get channels(): string[] {
    return [...this.#channels.keys()];
  }

  /** True once every channel delivered its snapshot and no resync is under way. */
  get ready(): boolean {
    return this.#resyncing === undefined && this.#snapshotted.size === this.#channels.size;
  }

  /** Subscribes every channel; resolves once each delivered its snapshot. Idempotent. */
  start(): Promise<void> {
    if (this.#stopped) return Promise.reject(new WebSocketError("This account stream was stopped"));
    this.#starting ??= this.#start();
    return this.#starting;
  }

  async #start(): Promise<void> {
    this.#offs.push(
      this.#client.on("close", () => this.#onSocketClosed()),
      this.#client.on("message", (message) => this.#onStrayFrame(message)),
    );
    const results = await Promise.allSettled(
      [...this.#channels.keys()].map((channel) =>
        this.#client.subscribe({ channel }, (message) => this.#onFrame(channel, message), {
          onError: (error) => this.#fail(channel, error),
        }),
      ),
    );
    const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    for (const result of results) if (result.status === "fulfilled") this.#handles.push(result.value);
    if (failure !== undefined) {
      await this.stop();
      throw failure.reason instanceof PerpError
        ? failure.reason
        : new WebSocketError("Account subscription failed", { cause: failure.reason });
    }
  }

  /** Unsubscribes every channel. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const off of this.#offs.splice(0)) off();
    await Promise.all(this.#handles.splice(0).map((handle) => handle.unsubscribe().catch(() => {})));
  }

  // ── frames ─────────────────────────────────────────────────────────────────────────────

  #context(): AccountMappingContext {
    return {
      accountIndex: this.accountIndex,
      symbolOf: this.#options.symbolOf ?? (() => undefined),
      receivedAt: this.#now(),
    };
  }

  #emit(event: AccountEvent): void {
    this.#events.emit("event", event);
  }

  #unknown(channel: string | undefined, reason: string, raw: unknown): void {
    this.#emit({ type: "unknown", channel, reason, raw, receivedAt: this.#now() });
  }

  /** Each item separately: one unreadable item becomes an `unknown` event, the rest go on. */
  #each(channel: string, items: JsonObject[], handle: (item: JsonObject) => void): void {
    for (const item of items) {
      try {
        handle(item);
      } catch (error) {
        this.#unknown(channel, error instanceof Error ? error.message : String(error), item);
      }
    }
  }

  #items(channel: string, frame: JsonObject, field: string): JsonObject[] {
    try {
      return collectItems(frame[field], field);
    } catch (error) {
      this.#unknown(channel, error instanceof Error ? error.message : String(error), frame[field]);
      return [];
    }
  }

  #onFrame(channel: string, message: unknown): void {
    if (!isObject(message)) return;
    const snapshot = isSnapshotFrame(message);
    const family = channelFamily(channel);
    const context = this.#context();
    let handled = false;
    if (family === "user_stats") {
      if (isObject(message.stats)) {
        const stats = parseStats(message.stats, context.receivedAt);
        this.state.stats = stats;
        this.#events.emit("stats", stats);
        handled = true;
      }
    } else if (family === "account_tx") {
      if ("txs" in message) {
        this.#each(channel, this.#items(channel, message, "txs"), (item) =>
          this.#events.emit("transaction", parseAccountTx(item)),
        );
        handled = true;
      }
    } else if (family === "notification") {
      const field = "notifs" in message ? "notifs" : "notifications";
      if (field in message) {
        this.#each(channel, this.#items(channel, message, field), (item) =>
          this.#events.emit("notification", parseNotification(item)),
        );
        handled = true;
      }
    } else {
      handled = this.#onStateFrame(channel, message, snapshot, context);
    }
    if (!handled) this.#unknown(channel, `Unrecognised ${String(message.type)} frame`, message);
    if (snapshot) this.#onChannelSnapshot(channel);
  }

  /** Frames carrying orders / positions / assets / trades (any combination, any account channel). */
  #onStateFrame(
    channel: string,
    frame: JsonObject,
    snapshot: boolean,
    context: AccountMappingContext,
  ): boolean {
    const family = channelFamily(channel);
    const scoped = family === "account_market" || family === "account_orders";
    const market = scoped ? Number(channel.split("/")[1]) : undefined;
    let handled = false;
    if ("orders" in frame) {
      handled = true;
      const records: ReturnType<typeof parseOrder>[] = [];
      this.#each(channel, this.#items(channel, frame, "orders"), (item) =>
        records.push(parseOrder(item, context)),
      );
      if (snapshot) this.state.replaceOrders(records, market);
      for (const record of records) {
        if (!snapshot) this.state.applyOrder(record);
        this.#emit({ type: "order", order: record.order, receivedAt: context.receivedAt });
      }
    }
    const positionField = "positions" in frame ? "positions" : "position" in frame ? "position" : undefined;
    if (positionField !== undefined) {
      handled = true;
      const entries: ReturnType<typeof parsePosition>[] = [];
      this.#each(channel, this.#items(channel, frame, positionField), (item) =>
        entries.push(parsePosition(item, context)),
      );
      if (snapshot) {
        const { removed } = this.state.replacePositions(entries, market);
        for (const position of removed) {
          this.#emit({
            type: "position",
            position: { ...position, size: "0" },
            receivedAt: context.receivedAt,
          });
        }
      }
      for (const { marketId, position } of entries) {
        if (!snapshot) this.state.applyPosition(marketId, position);
        this.#emit({ type: "position", position, receivedAt: context.receivedAt });
      }
    }
    if ("assets" in frame && frame.assets !== null) {
      handled = true;
      const balances: ReturnType<typeof parseBalance>[] = [];
      this.#each(channel, this.#items(channel, frame, "assets"), (item) =>
        balances.push(parseBalance(item, context)),
      );
      if (snapshot && family === "account_all_assets") this.state.replaceBalances(balances);
      for (const balance of balances) {
        if (!(snapshot && family === "account_all_assets")) this.state.applyBalance(balance);
        this.#emit({ type: "balance", balance, receivedAt: context.receivedAt });
      }
    }
    if ("trades" in frame) {
      handled = true;
      this.#each(channel, this.#items(channel, frame, "trades"), (item) => {
        const fill = parseFill(item, context);
        if (this.#fills.has(fill.id)) return;
        this.#remember(fill.id);
        // Snapshot trades are history: remembered so a replay is not counted, not reported.
        if (!snapshot) this.#emit({ type: "fill", fill, receivedAt: context.receivedAt });
      });
    }
    return handled || family === "account_all" || family === "account_market";
  }

  #remember(id: string): void {
    this.#fills.add(id);
    const max = this.#options.fillMemory ?? 10_000;
    if (this.#fills.size > max) {
      const oldest = this.#fills.values().next().value;
      if (oldest !== undefined) this.#fills.delete(oldest);
    }
  }

  /** Frames on our channels that are not data frames (a type the protocol does not define). */
  #onStrayFrame(message: unknown): void {
    if (!isObject(message) || isDataFrame(message) || isTxReply(message) || readErrorFrame(message)) return;
    const type = message.type;
    if (type === "connected" || type === "unsubscribed" || type === "pong" || type === "ping") return;
    const channel = typeof message.channel === "string" ? message.channel : undefined;
    if (channel === undefined) return;
    const key = channelKeyOf({ ...message, type: "update/x" });
    if (key !== undefined && this.#channels.has(key)) {
      this.#unknown(key, `Unrecognised message type ${JSON.stringify(type)}`, message);
    }
  }

  // ── snapshots, readiness, resync ──────────────────────────────────────────────────────

  #onChannelSnapshot(channel: string): void {
    this.#snapshotted.add(channel);
    const name = this.#channels.get(channel);
    const components = name === undefined ? [] : CHANNELS[name].components;
    for (const component of components)
      this.#options.readiness?.markReady(component, { evidence: "snapshot" });
    this.#events.emit("ready", { channel, components });
    if (this.#snapshotted.size < this.#channels.size) return;
    const resync = this.#resyncing;
    if (resync === undefined) {
      this.#complete();
      return;
    }
    const missing = [...resync.openBefore]
      .filter(([key]) => this.state.order(key) === undefined)
      .map(([, order]) => order);
    void this.#finishResync(resync, missing);
  }

  async #finishResync(resync: { reason: string }, missing: Order[]): Promise<void> {
    try {
      await this.#options.onReconnected?.(missing);
    } catch (cause) {
      this.#events.emit(
        "error",
        cause instanceof PerpError
          ? cause
          : new PerpError("onReconnected failed", { venue: "lighter", cause }),
      );
    }
    if (this.#resyncing !== resync) return; // another disconnect meanwhile
    this.#resyncing = undefined;
    this.#complete();
    this.#emit({ type: "resync", phase: "completed", reason: resync.reason, receivedAt: this.#now() });
    this.#events.emit("reconnected", missing);
  }

  #complete(): void {
    this.#options.readiness?.markReady("accountStream", { evidence: "snapshot" });
    this.#events.emit("snapshot", this.state.snapshot());
  }

  #onSocketClosed(): void {
    if (this.#stopped || this.#starting === undefined) return;
    this.#snapshotted.clear();
    if (this.#resyncing !== undefined) return;
    const reason = "reconnect";
    this.#resyncing = { reason, openBefore: new Map(this.state.openOrders) };
    const text = `Lighter account stream ${this.accountIndex}: reconnecting`;
    for (const name of this.#channels.values()) {
      for (const component of CHANNELS[name].components) this.#options.readiness?.markStale(component, text);
    }
    this.#options.readiness?.markStale("accountStream", text);
    this.#events.emit("stale", reason);
    this.#emit({ type: "resync", phase: "started", reason, receivedAt: this.#now() });
  }

  #fail(channel: string, error: PerpError): void {
    this.#options.readiness?.markFailed("accountStream", error);
    this.#events.emit(
      "failed",
      new WebSocketError(`Lighter account channel ${channel} ended: ${error.message}`, {
        venue: "lighter",
        cause: error,
      }),
    );
  }
}

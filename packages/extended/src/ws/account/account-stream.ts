import {
  type AccountEvent,
  type Balance,
  type Order,
  type PerpError,
  type Position,
  type ReadinessTracker,
  SequenceGapError,
  WebSocketError,
} from "@perp/core";
import type * as z from "zod";
import { type BaseStreamEvents, ConnectedStream } from "../connected-stream.js";
import { SequenceGuard } from "../connection/sequence-guard.js";
import type { ExtendedStreamConnection } from "../connection/stream-connection.js";
import {
  balanceMessageData,
  flagsSnapshot,
  orderMessageData,
  positionMessageData,
  tradeMessageData,
} from "../messages/account.js";
import type { StreamEnvelope } from "../messages/envelope.js";
import type { ReadinessSignal } from "../readiness.js";
import { ExtendedAccountState } from "./account-state.js";
import { toBalance, toFill, toOrder, toPosition } from "./map.js";

/** The account parts the connect burst snapshots (§8.7). */
export type AccountSnapshotPart = "ORDER" | "BALANCE" | "POSITION";

const PART_COMPONENT = { ORDER: "openOrders", BALANCE: "balances", POSITION: "positions" } as const;

export interface AccountSnapshotNotice {
  /** Snapshots received in this burst. */
  received: AccountSnapshotPart[];
  /** Parts the burst did not include (the venue may skip a zero balance; unverified). */
  missing: AccountSnapshotPart[];
}

export interface ReconnectContext {
  /** Why continuity was lost. */
  reason: string;
  /** Open orders as the fresh snapshot reports them. */
  openOrders: Order[];
}

export interface AccountStreamEvents extends BaseStreamEvents {
  /** Every order, fill, balance, position, resync and unknown event, in arrival order. */
  event: [event: AccountEvent];
  /** One part's snapshot replaced the local state: readiness evidence for that part. */
  snapshot: [part: AccountSnapshotPart];
  /** The connect burst is over (all parts, the first update after it, or the grace period). */
  snapshotComplete: [notice: AccountSnapshotNotice];
  gap: [error: SequenceGapError];
}

export interface AccountStreamOptions {
  /**
   * Runs after a reconnect's snapshot burst, before `resync completed`: the adapter reconciles the
   * orders it placed meanwhile (GET /user/orders/external/{id}). Its failure keeps the stream
   * stale (event `error`, readiness `failed`) until the next reconnect or `resync()`.
   */
  onReconnected?: ((context: ReconnectContext) => void | Promise<void>) | undefined;
  /** Time after the first snapshot of a burst within which the other parts must come. Default 3 s. */
  snapshotGraceMs?: number | undefined;
  /** Asset fees are charged in. Default "USD" (the collateral, §1). */
  feeAsset?: string | undefined;
  readiness?: ReadinessTracker | undefined;
  now?: (() => number) | undefined;
}

const PARTS: readonly AccountSnapshotPart[] = ["ORDER", "BALANCE", "POSITION"];

/**
 * The private `/account` stream: a snapshot burst (ORDER, BALANCE, POSITION with isSnapshot) on
 * every connect, then updates, all numbered by one per-connection `seq`. A gap reconnects for a
 * fresh burst; a reconnect is `resync started` until the burst (and the adapter's reconciliation
 * hook) completed. Unknown message types and unreadable payloads become `unknown` events.
 */
export class ExtendedAccountStream extends ConnectedStream<AccountStreamEvents> {
  readonly state = new ExtendedAccountState();
  readonly #options: AccountStreamOptions;
  readonly #guard = new SequenceGuard();
  readonly #now: () => number;
  /** Parts received in the current burst; undefined once the burst is over. */
  #burst: Set<AccountSnapshotPart> | undefined;
  #burstTimer: ReturnType<typeof setTimeout> | undefined;
  #pendingResync: string | undefined;
  #everSnapshotted = false;
  #refused = false;

  constructor(connection: ExtendedStreamConnection, options: AccountStreamOptions = {}) {
    super(connection, { component: "accountStream", part: undefined, readiness: options.readiness });
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.on("resync", (notice) =>
      this.events.emit("event", {
        type: "resync",
        phase: notice.phase,
        reason: notice.reason,
        receivedAt: this.#now(),
      }),
    );
  }

  /**
   * A refused upgrade (401/403: a wrong or revoked key) marks the stream failed, with the reason,
   * while the transport keeps retrying with backoff: a key fixed server-side recovers it.
   */
  protected override emitError(error: PerpError): void {
    super.emitError(error);
    if (/Unexpected server response: 40[13]\b/.test(error.message)) {
      this.#refused = true;
      this.signal({ state: "failed", component: "accountStream", part: undefined, error });
    }
  }

  /** While the upgrade is refused, the closes that follow must not hide the reason behind `stale`. */
  protected override signal(signal: ReadinessSignal): void {
    if (this.#refused && signal.state === "stale") return;
    super.signal(signal);
  }

  /** Forces a reconnect and a fresh snapshot burst (e.g. after a failed reconciliation). */
  resync(reason = "resync requested"): void {
    this.beginResync(reason);
    this.connection.reconnect(reason);
  }

  override async close(): Promise<void> {
    this.#clearBurstTimer();
    await super.close();
  }

  protected override onConnected(): void {
    this.#refused = false;
    this.#guard.reset();
    this.#clearBurstTimer();
    this.#burst = new Set();
  }

  protected override beginResync(reason: string): void {
    if (this.connection.closed || this.failure) return;
    this.#pendingResync ??= reason;
    for (const part of PARTS) {
      this.signal({ state: "stale", component: PART_COMPONENT[part], part: undefined, reason });
    }
    super.beginResync(reason);
  }

  protected override onDisconnected(): void {
    this.#clearBurstTimer();
    this.#burst = undefined;
  }

  protected onEnvelope(envelope: StreamEnvelope, epoch: number): void {
    const previous = this.#guard.last;
    const verdict = this.#guard.check(envelope.seq, epoch);
    if (verdict === "stale") return;
    if (verdict === "gap") {
      const expected = (previous ?? 0n) + 1n;
      const error = new SequenceGapError(
        `Stream "${this.connection.name}" skipped: expected sequence ${expected}, received ${envelope.seq}`,
        { venue: "extended", stream: this.connection.name, expected, received: envelope.seq },
      );
      this.events.emit("gap", error);
      this.resync(error.message);
      return;
    }
    const receivedAt = this.#now();
    const snapshot = flagsSnapshot(envelope.data);
    if (!snapshot && this.#burst !== undefined && this.#burst.size > 0) this.#endBurst();
    switch (envelope.type) {
      case "ORDER":
        this.#onOrders(envelope, snapshot, receivedAt);
        break;
      case "TRADE":
        this.#onTrades(envelope, receivedAt);
        break;
      case "BALANCE":
        this.#onBalance(envelope, snapshot, receivedAt);
        break;
      case "POSITION":
        this.#onPositions(envelope, snapshot, receivedAt);
        break;
      default:
        this.#unknown(
          envelope,
          `unmapped account message type ${JSON.stringify(envelope.type ?? null)}`,
          receivedAt,
        );
    }
  }

  #onOrders(envelope: StreamEnvelope, snapshot: boolean, receivedAt: number): void {
    const data = this.#parse(orderMessageData, envelope, receivedAt);
    if (data === undefined) return;
    const orders: Order[] = [];
    for (const raw of data.orders) {
      const order = toOrder(raw);
      if (order === undefined)
        this.#unknown(envelope, `order ${raw.id} has unknown status`, receivedAt, raw.raw);
      else orders.push(order);
    }
    if (snapshot) this.state.replaceOrders(orders);
    else for (const order of orders) this.state.applyOrder(order);
    for (const order of orders) this.events.emit("event", { type: "order", order, receivedAt });
    if (snapshot) this.#snapshotPart("ORDER");
  }

  #onTrades(envelope: StreamEnvelope, receivedAt: number): void {
    const data = this.#parse(tradeMessageData, envelope, receivedAt);
    if (data === undefined) return;
    const feeAsset = this.#options.feeAsset ?? "USD";
    for (const trade of data.trades) {
      this.events.emit("event", { type: "fill", fill: toFill(trade, feeAsset), receivedAt });
    }
  }

  #onBalance(envelope: StreamEnvelope, snapshot: boolean, receivedAt: number): void {
    const data = this.#parse(balanceMessageData, envelope, receivedAt);
    if (data === undefined) return;
    const balance: Balance = toBalance(data.balance);
    if (snapshot) this.state.replaceBalances([balance]);
    else this.state.applyBalance(balance);
    this.events.emit("event", { type: "balance", balance, receivedAt });
    if (snapshot) this.#snapshotPart("BALANCE");
  }

  #onPositions(envelope: StreamEnvelope, snapshot: boolean, receivedAt: number): void {
    const data = this.#parse(positionMessageData, envelope, receivedAt);
    if (data === undefined) return;
    const positions: Position[] = data.positions.map((p) => toPosition(p, receivedAt));
    const events: Position[] = [...positions];
    if (snapshot) {
      // Positions closed while the stream was away are gone from the snapshot: report them closed.
      for (const gone of this.state.replacePositions(positions)) {
        events.push({ ...gone, size: "0", timestamp: envelope.ts });
      }
    } else {
      for (const position of positions) this.state.applyPosition(position);
    }
    for (const position of events) this.events.emit("event", { type: "position", position, receivedAt });
    if (snapshot) this.#snapshotPart("POSITION");
  }

  #parse<S extends z.ZodType>(
    schema: S,
    envelope: StreamEnvelope,
    receivedAt: number,
  ): z.output<S> | undefined {
    const parsed = schema.safeParse(envelope.data);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
      .join("; ");
    this.#unknown(envelope, `unreadable ${envelope.type} message: ${issues}`, receivedAt);
    return undefined;
  }

  #unknown(envelope: StreamEnvelope, reason: string, receivedAt: number, raw: unknown = envelope.raw): void {
    this.events.emit("event", { type: "unknown", channel: envelope.type, reason, raw, receivedAt });
  }

  #snapshotPart(part: AccountSnapshotPart): void {
    this.signal({ state: "ready", component: PART_COMPONENT[part], part: undefined, evidence: "snapshot" });
    this.events.emit("snapshot", part);
    if (this.#burst === undefined) return;
    this.#burst.add(part);
    if (this.#burst.size === 1) {
      this.#burstTimer = setTimeout(() => {
        this.#burstTimer = undefined;
        this.#endBurst();
      }, this.#options.snapshotGraceMs ?? 3000);
    }
    if (PARTS.every((p) => this.#burst?.has(p))) this.#endBurst();
  }

  #endBurst(): void {
    const burst = this.#burst;
    if (burst === undefined) return;
    this.#burst = undefined;
    this.#clearBurstTimer();
    const notice: AccountSnapshotNotice = {
      received: PARTS.filter((p) => burst.has(p)),
      missing: PARTS.filter((p) => !burst.has(p)),
    };
    this.events.emit("snapshotComplete", notice);
    const firstBurst = !this.#everSnapshotted;
    this.#everSnapshotted = true;
    const reason = this.#pendingResync;
    this.#pendingResync = undefined;
    const hook = this.#options.onReconnected;
    if (firstBurst || hook === undefined) {
      this.markReady("snapshot");
      return;
    }
    const epoch = this.connection.epoch;
    const context: ReconnectContext = { reason: reason ?? "reconnected", openOrders: this.state.openOrders };
    void (async () => {
      try {
        await hook(context);
      } catch (cause) {
        if (this.connection.closed) return;
        const error: PerpError = new WebSocketError("Account reconciliation after a reconnect failed", {
          venue: "extended",
          cause,
        });
        this.emitError(error);
        this.signal({ state: "failed", component: "accountStream", part: undefined, error });
        return;
      }
      // A newer socket has its own burst and resync to finish.
      if (this.connection.epoch === epoch && !this.connection.closed) this.markReady("snapshot");
    })();
  }

  #clearBurstTimer(): void {
    if (this.#burstTimer !== undefined) clearTimeout(this.#burstTimer);
    this.#burstTimer = undefined;
  }
}

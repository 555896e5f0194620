import {
  AbortedError,
  type AccountEvent,
  type Fanout,
  NotFoundError,
  type Order,
  type OrderTracker,
  type Position,
  type ReadinessComponent,
  type ReadinessTracker,
  type SessionTimers,
} from "@perp/core";
import type { ExtendedRestClient } from "../rest/client.js";
import { ExtendedAccountState } from "../ws/account/account-state.js";
import type { ExtendedAccountStream } from "../ws/account/account-stream.js";
import { toBalance, toOrder, toPosition } from "../ws/account/map.js";
import type { ExtendedStreams } from "../ws/streams.js";

export interface AccountFeedOptions {
  rest: ExtendedRestClient;
  streams: ExtendedStreams;
  readiness: ReadinessTracker;
  orders: OrderTracker;
  /** The adapter's account event bus (order events come from the tracker, the rest from here). */
  events: Fanout<AccountEvent>;
  /** Client order ids whose POST has not answered yet: a lookup could not find them. */
  inFlight: ReadonlySet<string>;
  timers: SessionTimers;
  clock: () => number;
  retryDelayMs: number;
  snapshotGraceMs: number | undefined;
  feeAsset: string;
  signal: AbortSignal;
}

/** The readiness reasons of the account components, naming what each one waits for. */
export const ACCOUNT_REASONS: Readonly<
  Record<"balances" | "positions" | "openOrders" | "accountStream", string>
> = {
  balances: "waiting for the balance (GET /user/balance or the account stream's BALANCE snapshot)",
  positions: "waiting for positions (GET /user/positions or the account stream's POSITION snapshot)",
  openOrders: "waiting for open orders (GET /user/orders or the account stream's ORDER snapshot)",
  accountStream: "waiting for the /account stream's snapshot burst",
};

/**
 * The private side of the adapter: the `/account` stream (its snapshot burst readies accountStream,
 * openOrders, balances and positions), the same three snapshots over REST at start, and the
 * reconciliation after every reconnect: open orders and the orders that left them or were never
 * acknowledged are read back over REST (by external id), balance and positions re-read, and only
 * then is the stream ready again.
 */
export class AccountFeed {
  readonly state = new ExtendedAccountState();
  readonly stream: ExtendedAccountStream;
  readonly opened: Promise<void>;
  readonly #o: AccountFeedOptions;
  /** Stream updates seen per part: a REST answer older than one of them is not applied. */
  readonly #versions = { balances: 0, positions: 0 };
  #closed = false;

  constructor(options: AccountFeedOptions) {
    this.#o = options;
    this.stream = options.streams.account({
      readiness: options.readiness,
      feeAsset: options.feeAsset,
      now: options.clock,
      ...(options.snapshotGraceMs !== undefined ? { snapshotGraceMs: options.snapshotGraceMs } : {}),
      onReconnected: (context) => this.#afterReconnect(context.reason),
    });
    this.stream.on("event", (event) => this.#onEvent(event));
    this.opened = this.stream.start();
    this.opened.catch(() => {});
    this.#load("balances", () => this.#loadBalances());
    this.#load("positions", () => this.#loadPositions());
    this.#load("openOrders", () => this.reconcileOrders());
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.stream.close();
  }

  /**
   * Reads the open orders and applies them; then every tracked order that is not final but was
   * not listed (filled, cancelled or rejected meanwhile) and every order still pending is looked
   * up by external id (or venue id), so none is lost.
   */
  async reconcileOrders(): Promise<void> {
    const o = this.#o;
    const requestedAt = o.clock();
    const open = await o.rest.getOpenOrders({}, { signal: o.signal });
    const listed: Order[] = [];
    for (const raw of open) {
      const order = toOrder(raw);
      if (order === undefined) continue;
      listed.push(order);
      o.orders.applyUpdate(order, "rest");
    }
    const check = new Map<string, Order>();
    for (const order of [...o.orders.missingFrom(listed, requestedAt), ...o.orders.pending()]) {
      if (order.clientOrderId !== undefined && o.inFlight.has(order.clientOrderId)) continue;
      check.set(order.clientOrderId ?? `id:${order.id}`, order);
    }
    await Promise.all([...check.values()].map((order) => this.lookUp(order)));
  }

  /** Applies what the venue knows about one order; an unacknowledged one it never saw is rejected. */
  async lookUp(order: Order): Promise<void> {
    const o = this.#o;
    let found: Order[];
    try {
      if (order.clientOrderId !== undefined) {
        const raw = await o.rest.getOrdersByExternalId(
          { externalId: order.clientOrderId },
          { signal: o.signal },
        );
        found = raw.map(toOrder).filter((x): x is Order => x !== undefined);
      } else if (order.id !== undefined) {
        const raw = toOrder(await o.rest.getOrderById({ id: order.id }, { signal: o.signal }));
        found = raw === undefined ? [] : [raw];
      } else {
        return;
      }
    } catch (error) {
      // Unknown ids may be answered with 404 rather than an empty list.
      if (!(error instanceof NotFoundError)) throw error;
      found = [];
    }
    // With cancel-replace an external id can name several orders: the one matching ours, else the newest.
    const match = found.find((f) => f.id === order.id) ?? found.at(-1);
    if (match !== undefined) o.orders.applyUpdate(match, "rest");
    else if (order.id === undefined && order.clientOrderId !== undefined && order.status === "pending") {
      o.orders.reject(
        order.clientOrderId,
        "Extended has no order with this external id: it was never placed",
      );
    }
  }

  async #loadBalances(): Promise<void> {
    const o = this.#o;
    const version = this.#versions.balances;
    const balance = toBalance(await o.rest.getBalance({ signal: o.signal }));
    if (version !== this.#versions.balances || this.#closed) return;
    this.state.replaceBalances([balance]);
    this.#emit({ type: "balance", balance, receivedAt: o.clock() });
  }

  async #loadPositions(): Promise<void> {
    const o = this.#o;
    const version = this.#versions.positions;
    const receivedAt = o.clock();
    const positions = (await o.rest.getPositions({}, { signal: o.signal })).map((p) =>
      toPosition(p, receivedAt),
    );
    if (version !== this.#versions.positions || this.#closed) return;
    const closed = this.state.replacePositions(positions);
    const changes: Position[] = [
      ...positions,
      ...closed.map((p) => ({ ...p, size: "0", timestamp: receivedAt })),
    ];
    for (const position of changes) this.#emit({ type: "position", position, receivedAt });
  }

  /** Runs a REST snapshot until it succeeds (or the account stream's snapshot made it moot). */
  #load(component: ReadinessComponent, run: () => Promise<void>): void {
    const o = this.#o;
    run().then(
      () => {
        if (!this.#closed) o.readiness.markReady(component, { evidence: "rest-response" });
      },
      (error: unknown) => {
        if (this.#closed || o.signal.aborted || error instanceof AbortedError) return;
        if (o.readiness.component(component)?.state === "ready") return;
        o.readiness.markFailed(component, error);
        o.timers.after(o.retryDelayMs, () => this.#load(component, run));
      },
    );
  }

  async #afterReconnect(reason: string): Promise<void> {
    const o = this.#o;
    try {
      await Promise.all([this.reconcileOrders(), this.#loadBalances(), this.#loadPositions()]);
    } catch (error) {
      if (!this.#closed && !o.signal.aborted) {
        o.timers.after(o.retryDelayMs, () => this.stream.resync(`reconciliation after "${reason}" failed`));
      }
      throw error;
    }
    for (const component of ["balances", "positions", "openOrders"] as const) {
      o.readiness.markReady(component, { evidence: "rest-response" });
    }
  }

  #onEvent(event: AccountEvent): void {
    const o = this.#o;
    switch (event.type) {
      case "order":
        // The tracker emits the merged order on the event bus.
        o.orders.applyUpdate(event.order, "stream");
        return;
      case "fill":
        this.#emit(event);
        o.orders.applyFill(event.fill);
        return;
      case "balance":
        this.#versions.balances += 1;
        this.state.applyBalance(event.balance);
        break;
      case "position":
        this.#versions.positions += 1;
        this.state.applyPosition(event.position);
        break;
      default:
        break;
    }
    this.#emit(event);
  }

  #emit(event: AccountEvent): void {
    if (!this.#closed) this.#o.events.emit(event);
  }
}

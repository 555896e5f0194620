/**
 * The account side of the adapter: the private stream feeds the order tracker and the balance /
 * position state; REST gives the first snapshots and, after every reconnect, reconciles what the
 * stream may have missed (open orders, orders still pending, balances, positions).
 */
import {
  type AccountEvent,
  type Balance,
  type Fanout,
  NotFoundError,
  type Order,
  type OrderTracker,
  type Position,
  type ReadinessTracker,
} from "@perp/core";
import type { LighterRestClient } from "../rest/client.js";
import type { DetailedAccount } from "../schemas/account.js";
import type { Order as LighterOrder } from "../schemas/order.js";
import type { LighterAccountChannelName, LighterAccountStream } from "../ws/account/account-stream.js";
import { channelFamily } from "../ws/channels.js";
import type { LighterStreams } from "../ws/streams.js";
import {
  balanceFromStats,
  balancesFromAccount,
  normalizeBalance,
  normalizeFill,
  normalizePosition,
  orderFromRest,
  positionsFromAccount,
  toOrderUpdate,
  zeroCollateral,
} from "./mapping.js";
import type { MarketDirectory } from "./markets.js";

export interface AccountSyncOptions {
  rest: LighterRestClient;
  accountIndex: bigint;
  channels: readonly LighterAccountChannelName[];
  markets: MarketDirectory;
  tracker: OrderTracker;
  readiness: ReadinessTracker;
  events: Fanout<AccountEvent>;
  now: () => number;
  /** Client order indexes whose send has not been answered yet: never judged missing. */
  inFlight: ReadonlySet<string>;
}

export class AccountSync {
  readonly #o: AccountSyncOptions;
  readonly #balances = new Map<string, Balance>();
  readonly #positions = new Map<string, Position>();
  /** Balances come from `user_stats` unless the assets channel is held. */
  readonly #statsBalances: boolean;
  #stream: LighterAccountStream | undefined;
  #offs: (() => void)[] = [];

  constructor(options: AccountSyncOptions) {
    this.#o = options;
    this.#statsBalances = !options.channels.includes("assets") && options.channels.includes("stats");
  }

  balances(): Balance[] {
    return [...this.#balances.values()];
  }

  positions(): Position[] {
    return [...this.#positions.values()];
  }

  /** Subscribes the account channels; resolves once each delivered its snapshot. */
  startStream(streams: LighterStreams): Promise<void> {
    const o = this.#o;
    this.#detach();
    const stream = streams.account({
      accountIndex: o.accountIndex,
      channels: o.channels,
      symbolOf: o.markets.symbolOf,
      readiness: o.readiness,
      now: o.now,
      onReconnected: () => this.reconcile(),
    });
    this.#stream = stream;
    this.#offs.push(
      stream.on("event", (event) => this.#onEvent(event)),
      stream.on("stats", (stats) => {
        if (!this.#statsBalances) return;
        const balance = balanceFromStats(stats);
        if (balance !== undefined) this.#setBalance(balance);
      }),
      stream.on("ready", ({ channel }) => {
        const family = channelFamily(channel);
        if (family === "user_stats" && this.#statsBalances)
          o.readiness.markReady("balances", { evidence: "snapshot" });
        if (family === "account_all_positions")
          this.#replacePositions([...stream.state.positions.values()].map(normalizePosition));
      }),
      stream.on("stale", () => {
        if (this.#statsBalances)
          o.readiness.markStale("balances", `Lighter account ${o.accountIndex}: user_stats resubscribing`);
      }),
      stream.on("failed", (error) => o.events.fail(error)),
    );
    return stream.start();
  }

  /** REST snapshots of balances, positions and open orders (each marks its component ready). */
  async loadSnapshot(signal?: AbortSignal): Promise<void> {
    await Promise.all([this.refreshAccount(signal), this.refreshOpenOrders(signal)]);
  }

  async refreshAccount(signal?: AbortSignal): Promise<void> {
    const o = this.#o;
    let accounts: DetailedAccount[];
    try {
      const reply = await o.rest.getAccount(
        { by: "index", value: o.accountIndex.toString() },
        signal === undefined ? {} : { signal },
      );
      accounts = reply.accounts;
    } catch (error) {
      // An account the venue does not know (yet) holds nothing: a zero balance, no positions.
      if (!(error instanceof NotFoundError)) throw error;
      accounts = [];
    }
    const account = accounts.find((a) => BigInt(a.index) === o.accountIndex);
    const now = o.now();
    if (account === undefined) {
      this.#replaceBalances([zeroCollateral(now)]);
      this.#replacePositions([]);
    } else {
      this.#replaceBalances(balancesFromAccount(account, now));
      this.#replacePositions(positionsFromAccount(account, o.accountIndex, o.markets, now));
    }
    o.readiness.markReady("balances", { evidence: "rest-response" });
    o.readiness.markReady("positions", { evidence: "rest-response" });
  }

  /** Open orders via REST, applied to the tracker; returns them. */
  async refreshOpenOrders(signal?: AbortSignal): Promise<Order[]> {
    const o = this.#o;
    const reply = await o.rest.getAccountActiveOrders(
      { accountIndex: o.accountIndex },
      signal === undefined ? {} : { signal },
    );
    const orders = reply.orders.map((order) => this.applyRestOrder(order));
    o.readiness.markReady("openOrders", { evidence: "rest-response" });
    return orders;
  }

  applyRestOrder(order: LighterOrder): Order {
    const o = this.#o;
    const unified = orderFromRest(order, o.accountIndex, o.markets, o.now());
    const tracked = o.tracker.get({ id: unified.id, clientOrderId: unified.clientOrderId });
    return o.tracker.applyUpdate(toOrderUpdate(unified, tracked), "rest") ?? unified;
  }

  /**
   * After a reconnect (or on demand): the REST open orders; every tracked order that is not final
   * and not listed, and every order still pending, looked up by client order index; then balances
   * and positions. Orders sent meanwhile (`inFlight`) are left alone.
   */
  async reconcile(): Promise<void> {
    const o = this.#o;
    const requestedAt = o.now();
    const open = await this.refreshOpenOrders();
    const suspects = new Map<string, Order>();
    for (const order of [...o.tracker.missingFrom(open, requestedAt), ...o.tracker.pending()]) {
      const key = order.clientOrderId ?? `id:${order.id}`;
      if (order.clientOrderId !== undefined && o.inFlight.has(order.clientOrderId)) continue;
      suspects.set(key, order);
    }
    await Promise.all([...suspects.values()].map((order) => this.lookUp(order)));
    await this.refreshAccount();
  }

  /**
   * Finds one order at the venue by its client order index (or, without one, among the recent
   * inactive orders). An order still pending that the venue does not know was never executed.
   */
  async lookUp(order: Order): Promise<void> {
    const o = this.#o;
    let found: LighterOrder | undefined;
    if (order.clientOrderId !== undefined && /^\d+$/.test(order.clientOrderId)) {
      const reply = await o.rest.getAccountOrders({
        accountIndex: o.accountIndex,
        clientOrderIndexes: [BigInt(order.clientOrderId)],
      });
      const candidates = reply.orders.filter(
        (c) => c.client_order_index === order.clientOrderId || c.client_order_id === order.clientOrderId,
      );
      found =
        candidates.find((c) => order.id !== undefined && c.order_index === order.id) ??
        candidates.sort((a, b) => (BigInt(b.order_index) > BigInt(a.order_index) ? 1 : -1))[0];
    } else if (order.id !== undefined) {
      const reply = await o.rest.getAccountInactiveOrders({ accountIndex: o.accountIndex, limit: 100 });
      found = reply.orders.find((c) => c.order_index === order.id);
    }
    if (found !== undefined) {
      this.applyRestOrder(found);
      return;
    }
    const current = o.tracker.get({ id: order.id, clientOrderId: order.clientOrderId });
    if (current?.status === "pending" && order.clientOrderId !== undefined) {
      o.tracker.reject(order.clientOrderId, "the venue has no such order: the transaction was not executed");
    }
  }

  async stop(): Promise<void> {
    await this.#detach();
  }

  #detach(): Promise<void> {
    for (const off of this.#offs.splice(0)) off();
    const stream = this.#stream;
    this.#stream = undefined;
    return stream === undefined ? Promise.resolve() : stream.stop().catch(() => {});
  }

  #onEvent(event: AccountEvent): void {
    const o = this.#o;
    switch (event.type) {
      case "order": {
        const tracked = o.tracker.get({ id: event.order.id, clientOrderId: event.order.clientOrderId });
        // The tracker announces the change itself (see the adapter's tracker listener).
        o.tracker.applyUpdate(toOrderUpdate(event.order, tracked), "stream");
        return;
      }
      case "fill": {
        const fill = normalizeFill(event.fill);
        o.tracker.applyFill(fill);
        o.events.emit({ ...event, fill });
        return;
      }
      case "position": {
        const position = normalizePosition(event.position);
        if (position.size === "0") this.#positions.delete(position.symbol);
        else this.#positions.set(position.symbol, position);
        o.events.emit({ ...event, position });
        return;
      }
      case "balance":
        if (!this.#statsBalances) this.#setBalance(normalizeBalance(event.balance));
        return;
      default:
        o.events.emit(event);
    }
  }

  #setBalance(balance: Balance): void {
    this.#balances.set(balance.asset, balance);
    this.#o.events.emit({ type: "balance", balance, receivedAt: this.#o.now() });
  }

  #replaceBalances(balances: readonly Balance[]): void {
    this.#balances.clear();
    for (const balance of balances) this.#balances.set(balance.asset, balance);
  }

  #replacePositions(positions: readonly Position[]): void {
    this.#positions.clear();
    for (const position of positions)
      if (position.size !== "0") this.#positions.set(position.symbol, position);
  }
}

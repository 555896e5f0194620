import {
  type AccountEvent,
  type Balance,
  type Fill,
  isZeroDecimal,
  type Order,
  type Position,
  type ResyncEvent,
} from "@perp/core";
import { Conditions, type UntilOptions } from "../wait/conditions.js";

/** How an order placed by the demo is found again in account events. */
export interface OrderRef {
  readonly id: string | undefined;
  readonly clientOrderId: string | undefined;
}

/**
 * One account as a bot sees it: the REST snapshots taken at start, then kept current by the
 * `watchAccount` stream alone (orders, fills, positions, balances, resync markers).
 */
export class AccountState {
  readonly #orders: Order[] = [];
  readonly #positions = new Map<string, Position>();
  readonly #balances = new Map<string, Balance>();
  readonly #fills: Fill[] = [];
  readonly #resyncs: ResyncEvent[] = [];
  readonly #conditions = new Conditions();
  #balanceUpdates = 0;
  #positionUpdates = 0;

  apply(event: AccountEvent): void {
    switch (event.type) {
      case "order":
        this.#upsertOrder(event.order);
        break;
      case "fill":
        this.#fills.push(event.fill);
        break;
      case "position":
        this.#positionUpdates += 1;
        this.#setPosition(event.position);
        break;
      case "balance":
        this.#balanceUpdates += 1;
        this.#balances.set(event.balance.asset, event.balance);
        break;
      case "resync":
        this.#resyncs.push(event);
        break;
      case "unknown":
        return;
    }
    this.#conditions.notify();
  }

  /** The start-up snapshots; anything the stream already delivered is newer and kept. */
  seed(snapshot: { orders: readonly Order[]; positions: readonly Position[]; balances: readonly Balance[] }) {
    for (const order of snapshot.orders) if (this.order(order) === undefined) this.#upsertOrder(order);
    for (const position of snapshot.positions) {
      if (!this.#positions.has(position.symbol)) this.#setPosition(position);
    }
    for (const balance of snapshot.balances) {
      if (!this.#balances.has(balance.asset)) this.#balances.set(balance.asset, balance);
    }
    this.#conditions.notify();
  }

  order(ref: OrderRef): Order | undefined {
    return this.#orders.find((order) => sameOrder(order, ref));
  }

  /** Orders the venue holds on the book (acknowledged, not final). */
  openOrders(): Order[] {
    return this.#orders.filter((order) => order.status === "open" || order.status === "partially-filled");
  }

  positions(): Position[] {
    return [...this.#positions.values()];
  }

  balances(): Balance[] {
    return [...this.#balances.values()];
  }

  fills(ref?: OrderRef): Fill[] {
    if (ref === undefined) return [...this.#fills];
    return this.#fills.filter(
      (fill) =>
        (ref.id !== undefined && fill.orderId === ref.id) ||
        (ref.clientOrderId !== undefined && fill.clientOrderId === ref.clientOrderId),
    );
  }

  resyncs(): readonly ResyncEvent[] {
    return this.#resyncs;
  }

  /** How many balance / position updates the stream delivered so far (to wait for the next ones). */
  updateCounts(): { balances: number; positions: number } {
    return { balances: this.#balanceUpdates, positions: this.#positionUpdates };
  }

  /** Waits until the stream brings the account into a state `check` accepts. */
  until<T>(what: string, check: () => T | undefined, options: UntilOptions): Promise<T> {
    return this.#conditions.until(what, check, options);
  }

  #upsertOrder(order: Order): void {
    const index = this.#orders.findIndex((known) => sameOrder(known, order));
    if (index === -1) this.#orders.push(order);
    else this.#orders[index] = order;
  }

  #setPosition(position: Position): void {
    if (isZeroDecimal(position.size)) this.#positions.delete(position.symbol);
    else this.#positions.set(position.symbol, position);
  }
}

function sameOrder(order: OrderRef, ref: OrderRef): boolean {
  return (
    (ref.id !== undefined && order.id === ref.id) ||
    (ref.clientOrderId !== undefined && order.clientOrderId === ref.clientOrderId)
  );
}

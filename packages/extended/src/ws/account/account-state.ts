import { type Balance, isFinalOrderStatus, type Order, type Position } from "@perp/core";

/**
 * The account as the stream reports it: open orders by venue id, balances by asset, positions by
 * market. Snapshots replace a part wholesale; updates merge by id; final orders and closed
 * positions leave.
 */
export class ExtendedAccountState {
  readonly #orders = new Map<string, Order>();
  readonly #balances = new Map<string, Balance>();
  readonly #positions = new Map<string, Position>();

  get openOrders(): Order[] {
    return [...this.#orders.values()];
  }

  get balances(): Balance[] {
    return [...this.#balances.values()];
  }

  get positions(): Position[] {
    return [...this.#positions.values()];
  }

  order(id: string): Order | undefined {
    return this.#orders.get(id);
  }

  replaceOrders(orders: readonly Order[]): void {
    this.#orders.clear();
    for (const order of orders) this.applyOrder(order);
  }

  applyOrder(order: Order): void {
    if (order.id === undefined) return;
    if (isFinalOrderStatus(order.status)) this.#orders.delete(order.id);
    else this.#orders.set(order.id, order);
  }

  replaceBalances(balances: readonly Balance[]): void {
    this.#balances.clear();
    for (const balance of balances) this.applyBalance(balance);
  }

  applyBalance(balance: Balance): void {
    this.#balances.set(balance.asset, balance);
  }

  /** Replaces the positions; returns the ones that were held before and are not in the snapshot. */
  replacePositions(positions: readonly Position[]): Position[] {
    const before = new Map(this.#positions);
    this.#positions.clear();
    for (const position of positions) {
      this.applyPosition(position);
      before.delete(position.symbol);
    }
    return [...before.values()];
  }

  applyPosition(position: Position): void {
    if (position.size === "0") this.#positions.delete(position.symbol);
    else this.#positions.set(position.symbol, position);
  }

  clear(): void {
    this.#orders.clear();
    this.#balances.clear();
    this.#positions.clear();
  }
}

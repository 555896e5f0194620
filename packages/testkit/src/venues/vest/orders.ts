import Big from "big.js";
import type { EngineEvent, OrderView } from "../../engine/index.js";
import { rejectCodeOf } from "./errors.js";
import { fixed, hexId, usdc } from "./format.js";
import type { VestMarket } from "./markets.js";

export type VestOrderType = "MARKET" | "LIMIT" | "STOP_LOSS" | "TAKE_PROFIT";
export type VestOrderStatus = "NEW" | "PARTIALLY_FILLED" | "FILLED" | "CANCELLED" | "REJECTED";

/** An attached TP/SL child waiting for its parent to fill. */
export interface PendingChild {
  readonly orderType: "TAKE_PROFIT" | "STOP_LOSS";
  readonly price: string;
}

/** What Vest remembers of an order; engine state is folded in as events arrive. */
export interface VestOrder {
  readonly id: string;
  engineId: string | undefined;
  readonly accountId: string;
  readonly nonce: number;
  readonly symbol: string;
  readonly isBuy: boolean;
  readonly orderType: VestOrderType;
  readonly limitPrice: string;
  readonly size: string;
  readonly reduceOnly: boolean;
  readonly timeInForce: string | undefined;
  readonly markPrice: string;
  readonly initMarginRatio: string;
  readonly postTime: number;
  readonly tpPrice: string | null;
  readonly slPrice: string | null;
  readonly children: PendingChild[];
  status: VestOrderStatus;
  code: number | null;
  filledSize: Big;
  lastFilledSize: string | null;
  lastFilledPrice: string | null;
  lastFilledTime: number | null;
  avgFilledPrice: string | null;
  fees: Big;
  realizedPnl: Big;
}

export type VestOrderInput = Omit<
  VestOrder,
  | "id"
  | "engineId"
  | "status"
  | "code"
  | "filledSize"
  | "lastFilledSize"
  | "lastFilledPrice"
  | "lastFilledTime"
  | "avgFilledPrice"
  | "fees"
  | "realizedPnl"
>;

/** What an engine event did to a Vest order, for the account stream. */
export type OrderChange = "new" | "fill" | "cancel" | "reject";

/**
 * Vest order records. Vest ids are hex strings from their own counter, so a request the engine refuses
 * still gets an id (Vest answers `{"id"}` first and reports REJECTED asynchronously).
 */
export class VestOrders {
  readonly #orders = new Map<string, VestOrder>();
  readonly #byEngineId = new Map<string, VestOrder>();
  readonly #byAccount = new Map<string, VestOrder[]>();
  readonly #limitPerAccount: number;
  #nextId: bigint;
  /** The order being submitted; the engine's next order-accepted event for its account binds to it. */
  #submitting: VestOrder | undefined;

  constructor(firstId: bigint, limitPerAccount: number) {
    this.#nextId = firstId;
    this.#limitPerAccount = limitPerAccount;
  }

  create(input: VestOrderInput): VestOrder {
    const order: VestOrder = {
      ...input,
      id: hexId(this.#nextId++),
      engineId: undefined,
      status: "NEW",
      code: null,
      filledSize: new Big(0),
      lastFilledSize: null,
      lastFilledPrice: null,
      lastFilledTime: null,
      avgFilledPrice: null,
      fees: new Big(0),
      realizedPnl: new Big(0),
    };
    this.#orders.set(order.id, order);
    let list = this.#byAccount.get(order.accountId);
    if (list === undefined) {
      list = [];
      this.#byAccount.set(order.accountId, list);
    }
    list.push(order);
    if (list.length > this.#limitPerAccount) {
      const dropped = list.splice(0, list.length - this.#limitPerAccount);
      for (const old of dropped) {
        this.#orders.delete(old.id);
        if (old.engineId !== undefined) this.#byEngineId.delete(old.engineId);
      }
    }
    return order;
  }

  /** Runs `submit` (an engine call) with `order` waiting to be bound to the engine order it creates. */
  submitting<T>(order: VestOrder, submit: () => T): T {
    this.#submitting = order;
    try {
      return submit();
    } finally {
      this.#submitting = undefined;
    }
  }

  get(id: string): VestOrder | undefined {
    return this.#orders.get(id.toLowerCase());
  }

  byEngineId(engineId: string): VestOrder | undefined {
    return this.#byEngineId.get(engineId);
  }

  ofAccount(accountId: string): readonly VestOrder[] {
    return this.#byAccount.get(accountId) ?? [];
  }

  reject(order: VestOrder, code: number): void {
    order.status = "REJECTED";
    order.code = code;
  }

  /** Folds an engine event into the order it concerns; returns that order and what changed. */
  apply(event: EngineEvent): { order: VestOrder; change: OrderChange } | undefined {
    switch (event.type) {
      case "order-accepted": {
        const order = this.#bind(event.order);
        return order === undefined ? undefined : { order, change: "new" };
      }
      case "order-filled": {
        const order = this.#byEngineId.get(event.order.id);
        if (order === undefined) return undefined;
        const fill = event.fill;
        order.filledSize = new Big(event.order.filledSize);
        order.status = event.order.status === "filled" ? "FILLED" : "PARTIALLY_FILLED";
        order.lastFilledSize = fill.size;
        order.lastFilledPrice = fill.price;
        order.lastFilledTime = fill.time;
        order.avgFilledPrice = event.order.averageFillPrice ?? null;
        order.fees = order.fees.plus(fill.fee);
        order.realizedPnl = order.realizedPnl.plus(fill.realizedPnl).minus(fill.fee);
        return { order, change: "fill" };
      }
      case "order-cancelled":
      case "order-expired": {
        const order = this.#byEngineId.get(event.order.id);
        if (order === undefined) return undefined;
        order.status = "CANCELLED";
        return { order, change: "cancel" };
      }
      case "order-rejected": {
        if (event.order === undefined) return undefined;
        const order = this.#byEngineId.get(event.order.id);
        if (order === undefined) return undefined;
        this.reject(order, rejectCodeOf(event.reason));
        return { order, change: "reject" };
      }
      default:
        return undefined;
    }
  }

  #bind(view: OrderView): VestOrder | undefined {
    const known = this.#byEngineId.get(view.id);
    if (known !== undefined) return known;
    const pending = this.#submitting;
    if (pending === undefined || pending.accountId !== view.accountId || pending.engineId !== undefined) {
      return undefined;
    }
    pending.engineId = view.id;
    this.#byEngineId.set(view.id, pending);
    return pending;
  }
}

/** A `GET /orders` row. */
export function orderRow(order: VestOrder, market: VestMarket | undefined) {
  const filled = order.filledSize.gt(0);
  return {
    id: order.id,
    nonce: order.nonce,
    symbol: order.symbol,
    isBuy: order.isBuy,
    orderType: order.orderType,
    limitPrice: order.limitPrice,
    markPrice: order.markPrice,
    size: order.size,
    status: order.status,
    reduceOnly: order.reduceOnly,
    initMarginRatio: order.initMarginRatio,
    code: order.code,
    lastFilledSize: order.lastFilledSize === null ? null : sizeText(order.lastFilledSize, market),
    lastFilledPrice: order.lastFilledPrice === null ? null : priceText(order.lastFilledPrice, market),
    lastFilledTime: order.lastFilledTime,
    avgFilledPrice: order.avgFilledPrice === null ? null : priceText(order.avgFilledPrice, market),
    // Funding is settled into the account hourly in this simulator, never through an order.
    settledFunding: filled ? usdc("0") : null,
    fees: filled ? usdc(order.fees) : null,
    realizedPnl: filled ? usdc(order.realizedPnl) : null,
    postTime: order.postTime,
    tpPrice: order.tpPrice,
    slPrice: order.slPrice,
  };
}

/** `data.args` of an `account_private` ORDER event; the payload depends on the stage, as on Vest. */
export function orderEventArgs(order: VestOrder, change: OrderChange, market: VestMarket | undefined) {
  if (change === "cancel") {
    return { id: order.id, status: order.status, postTime: order.postTime, nonce: order.nonce };
  }
  if (change === "reject") {
    return {
      id: order.id,
      status: order.status,
      code: order.code,
      postTime: order.postTime,
      nonce: order.nonce,
    };
  }
  const base = {
    id: order.id,
    symbol: order.symbol,
    isBuy: order.isBuy,
    orderType: order.orderType,
    limitPrice: order.limitPrice,
    size: order.size,
    reduceOnly: order.reduceOnly,
    initMarginRatio: order.initMarginRatio,
    status: change === "new" ? "NEW" : order.status,
    postTime: order.postTime,
    nonce: order.nonce,
  };
  if (change === "new") return base;
  return {
    ...base,
    lastFilledSize: order.lastFilledSize === null ? null : sizeText(order.lastFilledSize, market),
    lastFilledPrice: order.lastFilledPrice === null ? null : priceText(order.lastFilledPrice, market),
    lastFilledTime: order.lastFilledTime,
    avgFilledPrice: order.avgFilledPrice === null ? null : priceText(order.avgFilledPrice, market),
    cumFunding: usdc("0"),
    fees: usdc(order.fees),
  };
}

function priceText(value: string, market: VestMarket | undefined): string {
  return market === undefined ? value : fixed(value, market.priceDecimals);
}

function sizeText(value: string, market: VestMarket | undefined): string {
  return market === undefined ? value : fixed(value, market.sizeDecimals);
}

export function isOpen(order: VestOrder): boolean {
  return order.status === "NEW" || order.status === "PARTIALLY_FILLED";
}

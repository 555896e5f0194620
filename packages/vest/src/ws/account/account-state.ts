import {
  type AccountEvent,
  addDecimal,
  type Balance,
  compareDecimal,
  type Fill,
  isFinalOrderStatus,
  mulDecimal,
  type Order,
  type Position,
  subDecimal,
} from "@perp/core";
import type { VestOrderUpdate } from "../messages/account.js";
import { VEST_ORDER_TYPE, VEST_STATUS, VEST_STATUS_RANK } from "./order-mapping.js";
import { describeRejectCode } from "./reject-codes.js";

/** The collateral asset: `withdrawable` and `totalAccountValue` are in it. */
const COLLATERAL = "USDC";
const ACCOUNT_CHANNEL = "account_private";

/** The part of a `GET /account` body the state reads (the REST client's parsed account fits). */
export interface VestAccountSnapshot {
  balances: readonly { asset: string; total: string; locked: string }[];
  withdrawable: string;
  totalAccountValue: string;
  positions: readonly {
    symbol: string;
    isLong: boolean;
    size: string;
    entryPrice: string;
    markPrice: string;
    liqPrice?: string | null | undefined;
    unrealizedPnl: string;
    initMargin: string;
  }[];
  leverages?: readonly { symbol: string; value: number }[] | undefined;
  /** Server time of the snapshot (ms). */
  time: number;
}

export interface OpenOrdersReconciliation {
  events: AccountEvent[];
  /**
   * Orders this state held open that the venue's list no longer has: they ended while updates were
   * missed. Look each up (`GET /orders?id=…`) and feed the rows to `applyOrders` for the outcome.
   */
  vanished: Order[];
}

interface OrderRecord {
  fields: VestOrderUpdate;
  order: Order | undefined;
  /** Cumulative size already reported as fills. */
  filled: string;
  /** Cumulative fees already attributed to reported fills. */
  fees: string;
  fills: Set<string>;
  /** Local time of the last change, to tell a vanished order from one newer than a REST list. */
  touchedAt: number;
  vanished: boolean;
}

export interface VestAccountStateOptions {
  /** Final orders remembered (to enrich late events and drop replays). Default 1000. */
  maxFinalOrders?: number;
}

/**
 * The account as the private stream and REST snapshots describe it. Orders come from `ORDER`
 * events and `GET /orders` rows: a status never goes backwards, a replayed event changes nothing,
 * and fills are derived from the order's `lastFilled*` fields (Vest has no fill event). Balances
 * and positions come only from `GET /account` (v2 streams neither): each snapshot replaces them,
 * and the changes come out as balance/position events (a closed position as size "0").
 */
export class VestAccountState {
  readonly #orders = new Map<string, OrderRecord>();
  readonly #finalIds: string[] = [];
  readonly #maxFinal: number;
  #balances = new Map<string, Balance>();
  #positions = new Map<string, Position>();

  constructor(options: VestAccountStateOptions = {}) {
    this.#maxFinal = options.maxFinalOrders ?? 1000;
  }

  /** Orders currently open (new or partially filled), as far as this state knows. */
  openOrders(): Order[] {
    const open: Order[] = [];
    for (const record of this.#orders.values()) {
      if (record.order !== undefined && !record.vanished && !isFinalOrderStatus(record.order.status)) {
        open.push(record.order);
      }
    }
    return open;
  }

  order(id: string): Order | undefined {
    return this.#orders.get(id)?.order;
  }

  balances(): Balance[] {
    return [...this.#balances.values()];
  }

  positions(): Position[] {
    return [...this.#positions.values()];
  }

  /** Applies one `ORDER` event or `GET /orders` row; returns the fill and order events it causes. */
  applyOrder(update: VestOrderUpdate, receivedAt: number): AccountEvent[] {
    const rank = VEST_STATUS_RANK[update.status];
    if (rank === undefined) return [unknown(`unknown order status "${update.status}"`, update, receivedAt)];
    const record = this.#orders.get(update.id);
    if (record?.order !== undefined) {
      const current = VEST_STATUS_RANK[record.fields.status] ?? 0;
      // Final orders never change again; anything older than what is known is a late arrival.
      if (current === 2 || rank < current) return [];
    }
    const fields = merge(record?.fields, update);
    const entry: OrderRecord = record ?? {
      fields,
      order: undefined,
      filled: "0",
      fees: "0",
      fills: new Set(),
      touchedAt: receivedAt,
      vanished: false,
    };
    entry.fields = fields;
    if (record === undefined) this.#orders.set(update.id, entry);
    const { symbol, isBuy, size, orderType } = fields;
    if (symbol === undefined || isBuy === undefined || size === undefined || size === null) {
      return [
        unknown(
          `order ${update.id} is not known well enough to report (no symbol, side or size)`,
          update,
          receivedAt,
        ),
      ];
    }
    const type = VEST_ORDER_TYPE[orderType ?? ""];
    if (type === undefined) return [unknown(`unknown order type "${String(orderType)}"`, update, receivedAt)];

    const events: AccountEvent[] = [];
    const fill = this.#deriveFill(entry, update, symbol, isBuy, size);
    if (fill !== undefined) events.push({ type: "fill", fill, receivedAt });
    if (fields.status === "FILLED") entry.filled = size;

    const status = VEST_STATUS[fields.status] ?? "open";
    const remaining = subDecimal(size, entry.filled);
    const order: Order = {
      id: fields.id,
      clientOrderId: undefined,
      symbol,
      side: isBuy ? "buy" : "sell",
      type,
      timeInForce: undefined,
      price: fields.limitPrice ?? undefined,
      triggerPrice: undefined,
      size,
      filled: entry.filled,
      remaining: compareDecimal(remaining, "0") > 0 ? remaining : "0",
      averageFillPrice: fields.avgFilledPrice ?? undefined,
      reduceOnly: fields.reduceOnly ?? false,
      postOnly: false,
      status,
      statusReason:
        status === "rejected" || status === "cancelled" ? describeRejectCode(fields.code) : undefined,
      createdAt: fields.postTime,
      updatedAt: fields.lastFilledTime ?? receivedAt,
      expiresAt: undefined,
      info: fields,
    };
    const previous = entry.order;
    entry.order = order;
    entry.touchedAt = receivedAt;
    entry.vanished = false;
    if (fill === undefined && previous !== undefined && sameOrderState(previous, order)) return events;
    events.push({ type: "order", order, receivedAt });
    if (isFinalOrderStatus(status)) this.#rememberFinal(fields.id);
    return events;
  }

  /** Applies `GET /orders` rows (e.g. lookups of vanished orders). */
  applyOrders(rows: readonly VestOrderUpdate[], receivedAt: number): AccountEvent[] {
    return rows.flatMap((row) => this.applyOrder(row, receivedAt));
  }

  /**
   * Applies the venue's list of open orders. Open orders this state holds that are missing from it,
   * and that did not change after `requestedAt` (when the list was requested), are reported as
   * vanished and no longer count as open.
   */
  reconcileOpenOrders(
    rows: readonly VestOrderUpdate[],
    receivedAt: number,
    requestedAt: number = receivedAt,
  ): OpenOrdersReconciliation {
    const events = this.applyOrders(rows, receivedAt);
    const listed = new Set(rows.map((row) => row.id));
    const vanished: Order[] = [];
    for (const record of this.#orders.values()) {
      const order = record.order;
      if (order === undefined || record.vanished || isFinalOrderStatus(order.status)) continue;
      if (listed.has(record.fields.id) || record.touchedAt > requestedAt) continue;
      record.vanished = true;
      vanished.push(order);
    }
    return { events, vanished };
  }

  /** Replaces balances and positions with a `GET /account` snapshot; returns what changed. */
  applyAccount(account: VestAccountSnapshot, receivedAt: number): AccountEvent[] {
    const events: AccountEvent[] = [];
    const balances = new Map<string, Balance>();
    for (const row of account.balances) {
      const collateral = row.asset === COLLATERAL;
      const balance: Balance = {
        asset: row.asset,
        total: row.total,
        available: collateral ? account.withdrawable : nonNegative(subDecimal(row.total, row.locked)),
        locked: row.locked,
        equity: collateral ? account.totalAccountValue : undefined,
        unrealizedPnl: undefined,
        timestamp: account.time,
        info: row,
      };
      balances.set(row.asset, balance);
      const before = this.#balances.get(row.asset);
      if (before === undefined || !sameBalance(before, balance)) {
        events.push({ type: "balance", balance, receivedAt });
      }
    }
    this.#balances = balances;

    const leverage = new Map((account.leverages ?? []).map((l) => [l.symbol, l.value]));
    const positions = new Map<string, Position>();
    for (const row of account.positions) {
      if (compareDecimal(row.size, "0") === 0) continue;
      const position: Position = {
        symbol: row.symbol,
        side: row.isLong ? "long" : "short",
        size: row.size,
        entryPrice: row.entryPrice,
        markPrice: row.markPrice,
        liquidationPrice: row.liqPrice ?? undefined,
        notional: mulDecimal(row.size, row.markPrice),
        unrealizedPnl: row.unrealizedPnl,
        realizedPnl: undefined,
        margin: row.initMargin,
        leverage: leverage.get(row.symbol),
        marginMode: undefined,
        timestamp: account.time,
        info: row,
      };
      positions.set(row.symbol, position);
      const before = this.#positions.get(row.symbol);
      if (before === undefined || !samePosition(before, position)) {
        events.push({ type: "position", position, receivedAt });
      }
    }
    for (const [symbol, before] of this.#positions) {
      if (positions.has(symbol)) continue;
      const closed: Position = {
        ...before,
        size: "0",
        notional: "0",
        unrealizedPnl: "0",
        timestamp: account.time,
        info: undefined,
      };
      events.push({ type: "position", position: closed, receivedAt });
    }
    this.#positions = positions;
    return events;
  }

  #deriveFill(
    entry: OrderRecord,
    update: VestOrderUpdate,
    symbol: string,
    isBuy: boolean,
    size: string,
  ): Fill | undefined {
    const { lastFilledSize, lastFilledPrice, lastFilledTime } = update;
    if (update.status !== "FILLED" && update.status !== "PARTIALLY_FILLED") return undefined;
    if (lastFilledSize == null || lastFilledPrice == null) return undefined;
    // Vest has no fill id: the order id, time, size and price of the last fill identify it.
    const id = `${update.id}:${lastFilledTime ?? ""}:${lastFilledSize}@${lastFilledPrice}`;
    if (entry.fills.has(id)) return undefined;
    // A FILLED order completes its size: fills missed meanwhile are folded into this one.
    let fillSize = update.status === "FILLED" ? subDecimal(size, entry.filled) : lastFilledSize;
    const room = subDecimal(size, entry.filled);
    if (compareDecimal(fillSize, room) > 0) fillSize = room;
    if (compareDecimal(fillSize, "0") <= 0) return undefined;
    entry.fills.add(id);
    entry.filled = addDecimal(entry.filled, fillSize);
    let fee = "0";
    if (update.fees != null) {
      fee = subDecimal(update.fees, entry.fees);
      entry.fees = update.fees;
    }
    return {
      id,
      orderId: update.id,
      clientOrderId: undefined,
      symbol,
      side: isBuy ? "buy" : "sell",
      price: lastFilledPrice,
      size: fillSize,
      fee,
      feeAsset: COLLATERAL,
      // v2 trades against the house pool: every execution is a taker fill.
      liquidity: "taker",
      timestamp: lastFilledTime ?? entry.touchedAt,
      info: update,
    };
  }

  #rememberFinal(id: string): void {
    this.#finalIds.push(id);
    while (this.#finalIds.length > this.#maxFinal) {
      const oldest = this.#finalIds.shift();
      if (oldest !== undefined) this.#orders.delete(oldest);
    }
  }
}

function merge(previous: VestOrderUpdate | undefined, update: VestOrderUpdate): VestOrderUpdate {
  if (previous === undefined) return { ...update };
  const merged: Record<string, unknown> = { ...previous };
  for (const [key, value] of Object.entries(update)) {
    if (value === undefined) continue;
    // A REST row's nulls (fill fields before a fill) must not erase what an event already said.
    if (value === null && merged[key] !== undefined && merged[key] !== null) continue;
    merged[key] = value;
  }
  return merged as VestOrderUpdate;
}

function sameOrderState(a: Order, b: Order): boolean {
  return (
    a.status === b.status &&
    a.filled === b.filled &&
    a.size === b.size &&
    a.price === b.price &&
    a.averageFillPrice === b.averageFillPrice &&
    a.symbol === b.symbol
  );
}

function sameBalance(a: Balance, b: Balance): boolean {
  return a.total === b.total && a.available === b.available && a.locked === b.locked && a.equity === b.equity;
}

function samePosition(a: Position, b: Position): boolean {
  return (
    a.side === b.side &&
    a.size === b.size &&
    a.entryPrice === b.entryPrice &&
    a.markPrice === b.markPrice &&
    a.liquidationPrice === b.liquidationPrice &&
    a.unrealizedPnl === b.unrealizedPnl &&
    a.margin === b.margin &&
    a.leverage === b.leverage
  );
}

function nonNegative(value: string): string {
  return compareDecimal(value, "0") < 0 ? "0" : value;
}

function unknown(reason: string, raw: unknown, receivedAt: number): AccountEvent {
  return { type: "unknown", channel: ACCOUNT_CHANNEL, reason, raw, receivedAt };
}

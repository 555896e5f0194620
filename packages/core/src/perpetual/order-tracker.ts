import {
  addDecimal,
  compareDecimal,
  divDecimal,
  maxDecimal,
  mulDecimal,
  parseDecimal,
  signDecimal,
  subDecimal,
} from "../decimal/index.js";
import { PerpError, ValidationError } from "../errors/index.js";
import {
  type Fill,
  isFinalOrderStatus,
  type Order,
  type OrderSide,
  type OrderStatus,
  type OrderType,
  type TimeInForce,
} from "./order.js";
import type { ValidatedPlaceOrderRequest } from "./requests.js";

/** An order about to be sent: recorded as `pending` under its client order id. */
export interface NewOrder {
  clientOrderId: string;
  symbol: string;
  side: OrderSide;
  type: OrderType;
  size: string;
  price?: string | undefined;
  triggerPrice?: string | undefined;
  timeInForce?: TimeInForce | undefined;
  reduceOnly?: boolean | undefined;
  postOnly?: boolean | undefined;
  expiresAt?: number | undefined;
}

/**
 * What a venue said about an order (stream message, REST response). At least one of `id` and
 * `clientOrderId`; `filled` is the cumulative filled size; `updatedAt` is the venue's time, which
 * orders amendments (price/size) between out-of-order messages.
 */
export interface OrderUpdate {
  id?: string | undefined;
  clientOrderId?: string | undefined;
  symbol: string;
  side: OrderSide;
  type: OrderType;
  size: string;
  status: OrderStatus;
  price?: string | undefined;
  triggerPrice?: string | undefined;
  timeInForce?: TimeInForce | undefined;
  filled?: string | undefined;
  averageFillPrice?: string | undefined;
  reduceOnly?: boolean | undefined;
  postOnly?: boolean | undefined;
  statusReason?: string | undefined;
  createdAt?: number | undefined;
  updatedAt?: number | undefined;
  expiresAt?: number | undefined;
  info?: unknown;
}

/** Where a change came from: the local placement, a stream message, a REST response or a fill. */
export type OrderChangeSource = "placement" | "stream" | "rest" | "fill";

export interface OrderChange {
  order: Order;
  /** The order before the change; undefined for an order seen for the first time. */
  previous: Order | undefined;
  source: OrderChangeSource;
}

export type OrderChangeListener = (change: OrderChange) => void;

export interface OrderTrackerOptions {
  /** Local ms clock (used when a venue gives no time). Default Date.now. */
  clock?: () => number;
  /** Final orders kept for lookups before the oldest are forgotten. Default 10_000. */
  maxFinalOrders?: number;
  /** Fills kept while their order is not known yet (a fill that beat its order's ack). Default 1_000. */
  maxOrphanFills?: number;
  /** Decimal places of computed average fill prices. Default 12. */
  averagePriceScale?: number;
  /** Called when a change listener throws; default: rethrown from a microtask. */
  onListenerError?: (error: unknown) => void;
}

interface FillAmount {
  price: string;
  size: string;
}

interface OrderRecord {
  order: Order;
  /** Fills counted, by fill id. */
  fills: Map<string, FillAmount>;
  fillsSize: string;
  fillsNotional: string;
  reportedFilled: string;
  reportedAverage: string | undefined;
  /** Venue time of the newest update applied, to ignore amendments from older messages. */
  venueTime: number | undefined;
  /** Local clock time of the last change, for reconciliation against REST snapshots. */
  localTime: number;
}

const STATUS_RANK: Record<OrderStatus, number> = {
  pending: 0,
  open: 1,
  "partially-filled": 2,
  filled: 3,
  cancelled: 3,
  rejected: 3,
  expired: 3,
};

/**
 * Follows every order from `pending` to a final state, merging stream and REST updates in any
 * order: a final state never goes back to open, a stale update never lowers the filled size, and
 * fills count once per fill id (a fill that arrives before its order is known waits for it).
 * Orders placed elsewhere are tracked from their first update. Venue adapters share it.
 */
export class OrderTracker {
  readonly #clock: () => number;
  readonly #maxFinal: number;
  readonly #maxOrphans: number;
  readonly #averageScale: number;
  readonly #onListenerError: (error: unknown) => void;
  readonly #byId = new Map<string, OrderRecord>();
  readonly #byClientId = new Map<string, OrderRecord>();
  /** Every record not yet forgotten, in creation order (non-final first found by a scan). */
  readonly #records = new Set<OrderRecord>();
  /** Final records in the order they became final: the oldest are forgotten first. */
  readonly #finalQueue: OrderRecord[] = [];
  /** Keys of forgotten final orders: a late message about one must not resurrect it as open. */
  readonly #forgotten = new Set<string>();
  /** Fills whose order is not known yet, by fill id. */
  readonly #orphans = new Map<string, Fill>();
  readonly #listeners = new Set<OrderChangeListener>();

  constructor(options: OrderTrackerOptions = {}) {
    this.#clock = options.clock ?? Date.now;
    this.#maxFinal = options.maxFinalOrders ?? 10_000;
    this.#maxOrphans = options.maxOrphanFills ?? 1_000;
    this.#averageScale = options.averagePriceScale ?? 12;
    this.#onListenerError =
      options.onListenerError ??
      ((error) =>
        queueMicrotask(() => {
          throw error;
        }));
  }

  /**
   * Records an order about to be sent, as `pending`. Throws a ValidationError when the client
   * order id already belongs to an order that is not final.
   */
  track(order: NewOrder): Order {
    const existing = this.#byClientId.get(order.clientOrderId);
    if (existing !== undefined && !isFinalOrderStatus(existing.order.status)) {
      throw new ValidationError(`clientOrderId "${order.clientOrderId}" is already used by an open order`, {
        issues: [{ path: ["clientOrderId"], message: "already used by an open order" }],
      });
    }
    const now = this.#clock();
    const size = parseDecimal(order.size, "size");
    const record = this.#newRecord({
      id: undefined,
      clientOrderId: order.clientOrderId,
      symbol: order.symbol,
      side: order.side,
      type: order.type,
      timeInForce: order.timeInForce,
      price: optionalDecimal(order.price, "price"),
      triggerPrice: optionalDecimal(order.triggerPrice, "triggerPrice"),
      size,
      filled: "0",
      remaining: size,
      averageFillPrice: undefined,
      reduceOnly: order.reduceOnly ?? false,
      postOnly: order.postOnly ?? false,
      status: "pending",
      statusReason: undefined,
      createdAt: now,
      updatedAt: now,
      expiresAt: order.expiresAt,
      info: undefined,
    });
    this.#byClientId.set(order.clientOrderId, record);
    this.#forgotten.delete(clientKey(order.clientOrderId));
    this.#emit(record.order, undefined, "placement");
    this.#adoptOrphans(record);
    return record.order;
  }

  /**
   * Applies what the venue said about an order. Returns the order as now tracked, or undefined
   * when the update concerns an order already forgotten (a late duplicate).
   */
  applyUpdate(update: OrderUpdate, source: "stream" | "rest" = "stream"): Order | undefined {
    const { id, clientOrderId } = update;
    if (id === undefined && clientOrderId === undefined) {
      throw new PerpError("an order update needs an id or a clientOrderId", {
        details: { symbol: update.symbol },
      });
    }
    let record = this.#find(id, clientOrderId);
    if (record === undefined) {
      if (this.#isForgotten(id, clientOrderId)) return undefined;
      record = this.#newRecord(orderFromUpdate(update, this.#clock()));
      this.#index(record, id, clientOrderId);
      this.#first(record, update);
      this.#emit(record.order, undefined, source);
      this.#adoptOrphans(record);
      return record.order;
    }
    const previous = this.#placedTwin(record, id, clientOrderId)?.order ?? record.order;
    record = this.#absorbTwin(record, id, clientOrderId);
    this.#index(record, id, clientOrderId);
    this.#commit(record, previous, this.#merge(record, update), source);
    this.#adoptOrphans(record);
    return record.order;
  }

  /**
   * Counts a fill once (by fill id). A fill for an order not known yet is kept until the order
   * appears; returns the updated order, or undefined when the fill was a duplicate or is waiting.
   */
  applyFill(fill: Fill): Order | undefined {
    const normalized: Fill = {
      ...fill,
      price: parseDecimal(fill.price, "price"),
      size: parseDecimal(fill.size, "size"),
    };
    const record = this.#find(normalized.orderId, normalized.clientOrderId);
    if (record === undefined) {
      this.#keepOrphan(normalized);
      return undefined;
    }
    return this.#addFill(record, normalized) ? record.order : undefined;
  }

  /** Marks a pending order rejected (the venue refused it, or it could not be signed or sent). */
  reject(clientOrderId: string, reason: string): Order | undefined {
    const record = this.#byClientId.get(clientOrderId);
    if (record === undefined) return undefined;
    if (record.order.status !== "pending") return record.order;
    const previous = record.order;
    this.#commit(record, previous, { ...previous, status: "rejected", statusReason: reason }, "placement");
    return record.order;
  }

  get(key: { id?: string | undefined; clientOrderId?: string | undefined }): Order | undefined {
    return this.#find(key.id, key.clientOrderId)?.order;
  }

  /** Every tracked order that is not final, pending ones included, oldest first. */
  open(symbol?: string): Order[] {
    const out: Order[] = [];
    for (const record of this.#records) {
      if (
        !isFinalOrderStatus(record.order.status) &&
        (symbol === undefined || record.order.symbol === symbol)
      ) {
        out.push(record.order);
      }
    }
    return out;
  }

  /** Orders sent but never acknowledged: after a reconnect, look each one up by client order id. */
  pending(): Order[] {
    return this.open().filter((order) => order.status === "pending");
  }

  /**
   * Orders this tracker holds as not final that a REST open-orders snapshot does not list, though
   * they were last changed before the snapshot was requested (`requestedAt`, this tracker's clock):
   * they were filled, cancelled or expired while the stream was down, so look each one up. Orders
   * changed after `requestedAt` are left out: the snapshot may predate them.
   */
  missingFrom(
    openOrders: readonly { id?: string | undefined; clientOrderId?: string | undefined }[],
    requestedAt: number,
    symbol?: string,
  ): Order[] {
    const listed = new Set<OrderRecord>();
    for (const entry of openOrders) {
      const record = this.#find(entry.id, entry.clientOrderId);
      if (record !== undefined) listed.add(record);
    }
    const out: Order[] = [];
    for (const record of this.#records) {
      const order = record.order;
      if (isFinalOrderStatus(order.status) || listed.has(record) || record.localTime > requestedAt) continue;
      if (symbol === undefined || order.symbol === symbol) out.push(order);
    }
    return out;
  }

  /** Subscribes to every change; returns the unsubscribe function. */
  on(event: "change", listener: OrderChangeListener): () => void {
    if (event !== "change") throw new PerpError(`unknown order tracker event "${String(event)}"`);
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  /** Forgets everything (a new session). */
  clear(): void {
    this.#byId.clear();
    this.#byClientId.clear();
    this.#records.clear();
    this.#finalQueue.length = 0;
    this.#forgotten.clear();
    this.#orphans.clear();
  }

  #newRecord(order: Order): OrderRecord {
    const record: OrderRecord = {
      order,
      fills: new Map(),
      fillsSize: "0",
      fillsNotional: "0",
      reportedFilled: "0",
      reportedAverage: undefined,
      venueTime: undefined,
      localTime: this.#clock(),
    };
    this.#records.add(record);
    return record;
  }

  #find(id: string | undefined, clientOrderId: string | undefined): OrderRecord | undefined {
    const byId = id === undefined ? undefined : this.#byId.get(id);
    if (byId !== undefined) return byId;
    const byClient = clientOrderId === undefined ? undefined : this.#byClientId.get(clientOrderId);
    // A client order id reused for a new order: the old, final record is not this one.
    if (
      byClient !== undefined &&
      id !== undefined &&
      byClient.order.id !== undefined &&
      byClient.order.id !== id
    ) {
      return undefined;
    }
    return byClient;
  }

  #index(record: OrderRecord, id: string | undefined, clientOrderId: string | undefined): void {
    if (id !== undefined && record.order.id === undefined) {
      record.order = { ...record.order, id };
    }
    if (id !== undefined && !this.#byId.has(id)) this.#byId.set(id, record);
    if (clientOrderId !== undefined) {
      if (record.order.clientOrderId === undefined) record.order = { ...record.order, clientOrderId };
      const current = this.#byClientId.get(clientOrderId);
      if (current === undefined || (current !== record && isFinalOrderStatus(current.order.status))) {
        this.#byClientId.set(clientOrderId, record);
      }
    }
  }

  /** The order after an update, before the filled size and status are derived. */
  #merge(record: OrderRecord, update: OrderUpdate): Order {
    const current = record.order;
    const newer =
      update.updatedAt === undefined ||
      record.venueTime === undefined ||
      update.updatedAt >= record.venueTime;
    if (
      update.updatedAt !== undefined &&
      (record.venueTime === undefined || update.updatedAt > record.venueTime)
    ) {
      record.venueTime = update.updatedAt;
    }
    const status = advanceStatus(current.status, update.status);
    const next: Order = { ...current, status };
    if (status !== current.status) next.statusReason = update.statusReason;
    if (newer) {
      // Amendments (edit/replace) only from a message at least as new as the last one applied.
      next.size = parseDecimal(update.size, "size");
      if (update.price !== undefined) next.price = parseDecimal(update.price, "price");
      if (update.triggerPrice !== undefined)
        next.triggerPrice = parseDecimal(update.triggerPrice, "triggerPrice");
      if (update.timeInForce !== undefined) next.timeInForce = update.timeInForce;
      if (update.expiresAt !== undefined) next.expiresAt = update.expiresAt;
      if (update.info !== undefined) next.info = update.info;
    }
    if (update.reduceOnly !== undefined) next.reduceOnly = update.reduceOnly;
    if (update.postOnly !== undefined) next.postOnly = update.postOnly;
    if (
      update.createdAt !== undefined &&
      (current.createdAt === undefined || update.createdAt < current.createdAt)
    ) {
      next.createdAt = update.createdAt;
    }
    const filled = optionalDecimal(update.filled, "filled");
    if (filled !== undefined && compareDecimal(filled, record.reportedFilled) > 0) {
      record.reportedFilled = filled;
      record.reportedAverage =
        optionalDecimal(update.averageFillPrice, "averageFillPrice") ?? record.reportedAverage;
    } else if (
      filled !== undefined &&
      compareDecimal(filled, record.reportedFilled) === 0 &&
      update.averageFillPrice !== undefined
    ) {
      record.reportedAverage = parseDecimal(update.averageFillPrice, "averageFillPrice");
    }
    next.updatedAt = Math.max(current.updatedAt, update.updatedAt ?? this.#clock());
    return next;
  }

  /** Applies the first update of an order found from a venue message. */
  #first(record: OrderRecord, update: OrderUpdate): void {
    const reported = optionalDecimal(update.filled, "filled");
    if (reported !== undefined) {
      record.reportedFilled = reported;
      record.reportedAverage = optionalDecimal(update.averageFillPrice, "averageFillPrice");
    }
    record.venueTime = update.updatedAt;
    record.order = this.#derive(record, record.order);
    if (isFinalOrderStatus(record.order.status)) {
      this.#finalQueue.push(record);
      this.#pruneFinal();
    }
  }

  /**
   * The order placed here under `clientOrderId`, still without a venue id, when an update naming
   * both ids was matched by id to another record: an earlier message carried only the venue id.
   */
  #placedTwin(
    record: OrderRecord,
    id: string | undefined,
    clientOrderId: string | undefined,
  ): OrderRecord | undefined {
    if (id === undefined || clientOrderId === undefined) return undefined;
    const twin = this.#byClientId.get(clientOrderId);
    if (twin === undefined || twin === record || twin.order.id !== undefined) return undefined;
    return isFinalOrderStatus(twin.order.status) ? undefined : twin;
  }

  /** Folds the record created from id-only messages into the placed twin, which the user knows. */
  #absorbTwin(record: OrderRecord, id: string | undefined, clientOrderId: string | undefined): OrderRecord {
    const twin = this.#placedTwin(record, id, clientOrderId);
    if (twin === undefined) return record;
    for (const [fillId, fill] of record.fills) this.#countFill(twin, fillId, fill);
    if (compareDecimal(record.reportedFilled, twin.reportedFilled) > 0) {
      twin.reportedFilled = record.reportedFilled;
      twin.reportedAverage = record.reportedAverage;
    }
    if (
      record.venueTime !== undefined &&
      (twin.venueTime === undefined || record.venueTime > twin.venueTime)
    ) {
      twin.venueTime = record.venueTime;
    }
    const venue = record.order;
    const placed = twin.order;
    twin.order = {
      ...venue,
      clientOrderId: placed.clientOrderId,
      status: advanceStatus(placed.status, venue.status),
      createdAt: earliest(placed.createdAt, venue.createdAt),
      updatedAt: Math.max(placed.updatedAt, venue.updatedAt),
    };
    this.#records.delete(record);
    const queued = this.#finalQueue.indexOf(record);
    if (queued >= 0) this.#finalQueue.splice(queued, 1);
    if (venue.id !== undefined) this.#byId.set(venue.id, twin);
    return twin;
  }

  /**
   * Filled size, remaining size, average price and the status they imply. The filled size is the
   * larger of the venue's cumulative figure and the sum of the fills counted: both only grow.
   */
  #derive(record: OrderRecord, order: Order): Order {
    const fillsVsReported = compareDecimal(record.fillsSize, record.reportedFilled);
    const filled = fillsVsReported > 0 ? record.fillsSize : record.reportedFilled;
    const fromFills =
      signDecimal(record.fillsSize) > 0
        ? divDecimal(record.fillsNotional, record.fillsSize, this.#averageScale, "half-even")
        : undefined;
    const averageFillPrice =
      fillsVsReported > 0
        ? fromFills
        : fillsVsReported === 0
          ? (record.reportedAverage ?? fromFills)
          : record.reportedAverage;
    const remaining = maxDecimal("0", subDecimal(order.size, filled));
    let status = order.status;
    if (signDecimal(filled) > 0 && compareDecimal(filled, order.size) >= 0) {
      // Executions are facts: fully filled is final whatever a racing cancel, expiry or reject said.
      status = "filled";
    } else if (signDecimal(filled) > 0 && (status === "pending" || status === "open")) {
      status = "partially-filled";
    }
    return { ...order, filled, remaining, averageFillPrice, status };
  }

  #commit(record: OrderRecord, previous: Order, next: Order, source: OrderChangeSource): void {
    const derived = this.#derive(record, next);
    if (sameOrder(previous, derived)) {
      record.order = { ...derived, updatedAt: previous.updatedAt };
      return;
    }
    record.order = derived;
    record.localTime = this.#clock();
    if (!isFinalOrderStatus(previous.status) && isFinalOrderStatus(derived.status)) {
      this.#finalQueue.push(record);
      this.#pruneFinal();
    }
    this.#emit(derived, previous, source);
  }

  #countFill(record: OrderRecord, fillId: string, fill: FillAmount): boolean {
    if (record.fills.has(fillId)) return false;
    record.fills.set(fillId, { price: fill.price, size: fill.size });
    record.fillsSize = addDecimal(record.fillsSize, fill.size);
    record.fillsNotional = addDecimal(record.fillsNotional, mulDecimal(fill.price, fill.size));
    return true;
  }

  #addFill(record: OrderRecord, fill: Fill): boolean {
    if (!this.#countFill(record, fill.id, fill)) return false;
    const previous = record.order;
    const next: Order = { ...previous, updatedAt: Math.max(previous.updatedAt, fill.timestamp) };
    if (next.id === undefined && fill.orderId !== undefined) {
      next.id = fill.orderId;
      if (!this.#byId.has(fill.orderId)) this.#byId.set(fill.orderId, record);
    }
    this.#commit(record, previous, next, "fill");
    return true;
  }

  #keepOrphan(fill: Fill): void {
    if (this.#orphans.has(fill.id)) return;
    if (this.#orphans.size >= this.#maxOrphans) {
      const oldest = this.#orphans.keys().next();
      if (!oldest.done) this.#orphans.delete(oldest.value);
    }
    this.#orphans.set(fill.id, fill);
  }

  #adoptOrphans(record: OrderRecord): void {
    if (this.#orphans.size === 0) return;
    const { id, clientOrderId } = record.order;
    for (const [fillId, fill] of [...this.#orphans]) {
      const matches =
        (fill.orderId !== undefined && fill.orderId === id) ||
        (fill.clientOrderId !== undefined && fill.clientOrderId === clientOrderId);
      if (!matches) continue;
      this.#orphans.delete(fillId);
      this.#addFill(record, fill);
    }
  }

  #pruneFinal(): void {
    while (this.#finalQueue.length > this.#maxFinal) {
      const record = this.#finalQueue.shift();
      if (record === undefined) break;
      this.#records.delete(record);
      const { id, clientOrderId } = record.order;
      if (id !== undefined && this.#byId.get(id) === record) {
        this.#byId.delete(id);
        this.#remember(idKey(id));
      }
      if (clientOrderId !== undefined && this.#byClientId.get(clientOrderId) === record) {
        this.#byClientId.delete(clientOrderId);
        this.#remember(clientKey(clientOrderId));
      }
    }
  }

  #remember(key: string): void {
    this.#forgotten.add(key);
    // Bounded like the final orders themselves; a late message for an order that old is not expected.
    if (this.#forgotten.size > 2 * this.#maxFinal) {
      const oldest = this.#forgotten.values().next();
      if (!oldest.done) this.#forgotten.delete(oldest.value);
    }
  }

  #isForgotten(id: string | undefined, clientOrderId: string | undefined): boolean {
    return (
      (id !== undefined && this.#forgotten.has(idKey(id))) ||
      (id === undefined && clientOrderId !== undefined && this.#forgotten.has(clientKey(clientOrderId)))
    );
  }

  #emit(order: Order, previous: Order | undefined, source: OrderChangeSource): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener({ order, previous, source });
      } catch (error) {
        this.#onListenerError(error);
      }
    }
  }
}

/** The order type and fields to track for a validated request, with its client order id. */
export function newOrderFromRequest(request: ValidatedPlaceOrderRequest, clientOrderId: string): NewOrder {
  return {
    clientOrderId,
    symbol: request.symbol,
    side: request.side,
    type: orderTypeOf(request),
    size: request.size,
    price: request.price,
    triggerPrice: request.triggerPrice,
    timeInForce: request.timeInForce,
    reduceOnly: request.reduceOnly,
    postOnly: request.postOnly,
    expiresAt: request.expiresAt,
  };
}

/**
 * A triggered buy that fires above the trigger (or a sell below) protects a short (long): a stop.
 * The opposite direction takes profit. Without a direction it is treated as a stop.
 */
function orderTypeOf(request: ValidatedPlaceOrderRequest): OrderType {
  if (request.triggerPrice === undefined) return request.type;
  const againstPosition =
    request.triggerDirection === undefined ||
    (request.side === "buy" && request.triggerDirection === "above") ||
    (request.side === "sell" && request.triggerDirection === "below");
  const prefix = againstPosition ? "stop" : "take-profit";
  return `${prefix}-${request.type}`;
}

function advanceStatus(current: OrderStatus, reported: OrderStatus): OrderStatus {
  if (isFinalOrderStatus(current)) return current;
  // A venue never rejects an order it already accepted: such a message is stale or misrouted.
  if (reported === "rejected" && current !== "pending") return current;
  return STATUS_RANK[reported] >= STATUS_RANK[current] ? reported : current;
}

function orderFromUpdate(update: OrderUpdate, now: number): Order {
  const size = parseDecimal(update.size, "size");
  return {
    id: update.id,
    clientOrderId: update.clientOrderId,
    symbol: update.symbol,
    side: update.side,
    type: update.type,
    timeInForce: update.timeInForce,
    price: optionalDecimal(update.price, "price"),
    triggerPrice: optionalDecimal(update.triggerPrice, "triggerPrice"),
    size,
    filled: "0",
    remaining: size,
    averageFillPrice: undefined,
    reduceOnly: update.reduceOnly ?? false,
    postOnly: update.postOnly ?? false,
    status: update.status,
    statusReason: update.statusReason,
    createdAt: update.createdAt,
    updatedAt: update.updatedAt ?? now,
    expiresAt: update.expiresAt,
    info: update.info,
  };
}

function earliest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.min(a, b);
}

function optionalDecimal(value: string | undefined, field: string): string | undefined {
  return value === undefined ? undefined : parseDecimal(value, field);
}

/** Equal in everything a consumer acts on (the raw `info` and `updatedAt` aside). */
function sameOrder(a: Order, b: Order): boolean {
  return (
    a.id === b.id &&
    a.clientOrderId === b.clientOrderId &&
    a.status === b.status &&
    a.statusReason === b.statusReason &&
    a.size === b.size &&
    a.filled === b.filled &&
    a.price === b.price &&
    a.triggerPrice === b.triggerPrice &&
    a.averageFillPrice === b.averageFillPrice &&
    a.timeInForce === b.timeInForce &&
    a.reduceOnly === b.reduceOnly &&
    a.postOnly === b.postOnly &&
    a.expiresAt === b.expiresAt &&
    a.createdAt === b.createdAt
  );
}

function idKey(id: string): string {
  return `id:${id}`;
}

function clientKey(clientOrderId: string): string {
  return `client:${clientOrderId}`;
}

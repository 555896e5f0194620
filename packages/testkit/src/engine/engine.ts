import { ValidationError } from "@perp/core";
import { OrderBook } from "./book.js";
import { type Clock, SystemClock } from "./clock.js";
import {
  formatRatio,
  maxBig,
  minBig,
  mulRatio,
  parseRatio,
  parseScaled,
  pow10,
  tryParseScaled,
} from "./decimal.js";
import { EventLog } from "./events.js";
import { fundingPayments } from "./funding.js";
import { ladderPrices } from "./ladder.js";
import { accountInitialMargin, accountUnrealizedPnl, equityOf, marginAllows } from "./margin.js";
import {
  formatPrice,
  formatQuote,
  formatSize,
  leverageWithin,
  notional,
  QUOTE_SCALE,
  resolveMarket,
} from "./market.js";
import {
  checkOrderPrice,
  checkSize,
  checkTiming,
  checkTriggerPrice,
  isRejection,
  optionalFlag,
  optionalText,
  parseSide,
  parseStp,
  parseType,
  reject,
  triggerDirection,
  triggerFires,
} from "./order-input.js";
import { applyFill, reducibleSize } from "./position.js";
import { SeededRandom } from "./prng.js";
import {
  type AccountState,
  emptyPosition,
  isLive,
  type MarketState,
  type OrderState,
  type PositionState,
} from "./state.js";
import type {
  BalanceResult,
  BalanceView,
  BookSnapshot,
  CancelReason,
  EngineConfig,
  EngineEvent,
  EngineListener,
  FillView,
  LeverageResult,
  MarketView,
  ModifyOrderRequest,
  OrderRef,
  OrderResult,
  OrderType,
  OrderView,
  PlaceOrderRequest,
  PlaceOrderResult,
  PositionView,
  Rejection,
  SelfTradePrevention,
  Side,
  TimeInForce,
  TradeView,
} from "./types.js";
import { marketView, orderView, positionView } from "./views.js";

/** 2^53 + 1: pass as `orderIdStart` so consumers that parse ids into a JS number break visibly. */
export const ORDER_ID_ABOVE_2_53 = 2n ** 53n + 1n;

/** What an order needs to be executable right now (entry of a plain order, or activation of a trigger). */
interface ExecutionIntent {
  account: AccountState;
  market: MarketState;
  side: Side;
  type: OrderType;
  price: bigint;
  size: bigint;
  timeInForce: TimeInForce;
  postOnly: boolean;
  reduceOnly: boolean;
  stp: SelfTradePrevention;
}

function parseIdStart(value: string | bigint | undefined, field: string): bigint {
  if (value === undefined) return 1n;
  const parsed = typeof value === "bigint" ? value : /^\d+$/.test(value) ? BigInt(value) : -1n;
  if (parsed < 1n) {
    throw new ValidationError(`${field} must be a positive integer`, {
      issues: [{ path: [field], message: "positive" }],
    });
  }
  return parsed;
}

function positiveCount(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new ValidationError(`${field} must be a positive integer`, {
      issues: [{ path: [field], message: "positive" }],
    });
  }
  return value;
}

/**
 * The venue-neutral exchange simulator: markets with price-time matching, cross-margined accounts,
 * funding, a random-walk mark price and a built-in market maker. Every state change is an event with a
 * global and a per-market sequence number. All operations are synchronous; events are delivered to
 * subscribers when the operation that caused them has finished.
 */
export class Engine {
  readonly clock: Clock;
  readonly #markets = new Map<string, MarketState>();
  readonly #accounts = new Map<string, AccountState>();
  readonly #orders = new Map<string, OrderState>();
  readonly #finished: string[] = [];
  readonly #expiring = new Set<OrderState>();
  readonly #events: EventLog;
  readonly #random: SeededRandom;
  readonly #defaultStp: SelfTradePrevention;
  readonly #feeAccount: AccountState;
  readonly #makerAccount: AccountState;
  readonly #finishedLimit: number;
  readonly #tradeLimit: number;
  readonly #dirtyBalances = new Set<AccountState>();
  #nextOrderId: bigint;
  #nextTradeId: bigint;
  #depth = 0;
  #stopTimer: (() => void) | undefined;

  constructor(config: EngineConfig) {
    this.clock = config.clock ?? new SystemClock();
    this.#events = new EventLog(
      () => this.clock.now(),
      positiveCount(config.eventLogLimit, 10_000, "eventLogLimit"),
    );
    this.#random = new SeededRandom(config.seed ?? 1);
    this.#nextOrderId = parseIdStart(config.orderIdStart, "orderIdStart");
    this.#nextTradeId = parseIdStart(config.tradeIdStart, "tradeIdStart");
    this.#defaultStp = parseStp(config.defaultSelfTradePrevention ?? "expire-maker");
    this.#finishedLimit = positiveCount(config.finishedOrderLimit, 10_000, "finishedOrderLimit");
    this.#tradeLimit = positiveCount(config.recentTradeLimit, 500, "recentTradeLimit");
    if (!Array.isArray(config.markets) || config.markets.length === 0) {
      throw new ValidationError("at least one market is required", {
        issues: [{ path: ["markets"], message: "empty" }],
      });
    }
    const now = this.clock.now();
    for (const marketConfig of config.markets) {
      const spec = resolveMarket(marketConfig);
      if (this.#markets.has(spec.symbol)) {
        throw new ValidationError(`duplicate market ${spec.symbol}`, {
          issues: [{ path: ["markets"], message: "duplicate" }],
        });
      }
      this.#markets.set(spec.symbol, {
        spec,
        book: new OrderBook<OrderState>(),
        mark: spec.initialMark,
        index: spec.initialIndex,
        fundingRate: spec.initialFundingRate,
        nextFundingAt: (Math.floor(now / spec.fundingIntervalMs) + 1) * spec.fundingIntervalMs,
        triggers: new Set(),
        recentTrades: [],
      });
    }
    const feeAccountId = config.feeAccountId ?? "fees";
    const makerAccountId = config.marketMakerAccountId ?? "market-maker";
    if (feeAccountId === makerAccountId) {
      throw new ValidationError("feeAccountId and marketMakerAccountId must differ", {
        issues: [{ path: ["feeAccountId"], message: "same as marketMakerAccountId" }],
      });
    }
    this.#feeAccount = this.#newAccount(feeAccountId, 0n, true);
    this.#makerAccount = this.#newAccount(
      makerAccountId,
      parseScaled(config.marketMakerCollateral ?? "1000000000000", QUOTE_SCALE, "marketMakerCollateral"),
      true,
    );
    this.#operate(() => {
      for (const market of this.#markets.values()) this.#requote(market);
    });
  }

  // ---- accounts -------------------------------------------------------------------------------------

  get feeAccountId(): string {
    return this.#feeAccount.id;
  }

  get marketMakerAccountId(): string {
    return this.#makerAccount.id;
  }

  /** Opens a trading account with optional starting collateral. */
  createAccount(input: { id: string; collateral?: string }): BalanceView {
    const id = optionalText(input.id, "id");
    if (id === undefined || this.#accounts.has(id)) {
      throw new ValidationError(`account id ${JSON.stringify(input.id)} is missing or already taken`, {
        issues: [{ path: ["id"], message: "must be new and non-empty" }],
      });
    }
    const collateral = parseScaled(input.collateral ?? "0", QUOTE_SCALE, "collateral");
    if (collateral < 0n) {
      throw new ValidationError("collateral must not be negative", {
        issues: [{ path: ["collateral"], message: "< 0" }],
      });
    }
    return this.#operate(() => {
      const account = this.#newAccount(id, collateral, false);
      this.#dirtyBalances.add(account);
      return this.#balanceView(account);
    });
  }

  deposit(accountId: string, amount: string): BalanceResult {
    return this.#operate(() => {
      const account = this.#accounts.get(accountId);
      if (account === undefined) return reject("unknown-account", `unknown account ${accountId}`);
      const units = tryParseScaled(amount, QUOTE_SCALE, "amount");
      if (units === undefined || units <= 0n)
        return reject("invalid-amount", `deposit ${amount} must be positive`);
      account.balance += units;
      this.#dirtyBalances.add(account);
      return { ok: true, balance: this.#balanceView(account) };
    });
  }

  /** Takes collateral out; refused when it exceeds what is available for trade. */
  withdraw(accountId: string, amount: string): BalanceResult {
    return this.#operate(() => {
      const account = this.#accounts.get(accountId);
      if (account === undefined) return reject("unknown-account", `unknown account ${accountId}`);
      const units = tryParseScaled(amount, QUOTE_SCALE, "amount");
      if (units === undefined || units <= 0n)
        return reject("invalid-amount", `withdrawal ${amount} must be positive`);
      if (units > this.#available(account)) {
        return reject("insufficient-margin", `withdrawal ${amount} exceeds the collateral available`);
      }
      account.balance -= units;
      this.#dirtyBalances.add(account);
      return { ok: true, balance: this.#balanceView(account) };
    });
  }

  setLeverage(accountId: string, symbol: string, leverage: string): LeverageResult {
    return this.#operate(() => {
      const account = this.#accounts.get(accountId);
      if (account === undefined) return reject("unknown-account", `unknown account ${accountId}`);
      const market = this.#markets.get(symbol);
      if (market === undefined) return reject("unknown-market", `unknown market ${symbol}`);
      const ratio = parseRatio(leverage, "leverage");
      if (ratio.units < pow10(ratio.scale))
        return reject("invalid-leverage", `leverage ${leverage} is below 1`);
      if (!leverageWithin(ratio, market.spec.maxLeverage)) {
        return reject(
          "leverage-exceeds-max",
          `leverage ${leverage} exceeds ${formatRatio(market.spec.maxLeverage)}`,
        );
      }
      if (!marginAllows(account, this.#markets, undefined, { market: symbol, leverage: ratio })) {
        return reject("insufficient-margin", `equity does not cover the margin at leverage ${leverage}`);
      }
      account.leverage.set(symbol, ratio);
      this.#emitPosition(account, market);
      return { ok: true, position: positionView(account, market) };
    });
  }

  // ---- orders ---------------------------------------------------------------------------------------

  placeOrder(request: PlaceOrderRequest): PlaceOrderResult {
    return this.#operate(() => {
      this.#expireDue();
      const account = this.#accounts.get(request.accountId);
      if (account === undefined) return reject("unknown-account", `unknown account ${request.accountId}`);
      const market = this.#markets.get(request.market);
      if (market === undefined) return reject("unknown-market", `unknown market ${request.market}`);
      const clientId = optionalText(request.clientId, "clientId");
      const refuse = (rejection: Rejection): Rejection => {
        this.#events.emit({
          type: "order-rejected",
          market: market.spec.symbol,
          accountId: account.id,
          clientId,
          order: undefined,
          reason: rejection.reason,
          message: rejection.message,
        });
        return rejection;
      };
      const side = parseSide(request.side);
      const type = parseType(request.type);
      const postOnly = optionalFlag(request.postOnly, "postOnly");
      const reduceOnly = optionalFlag(request.reduceOnly, "reduceOnly");
      const stp =
        request.selfTradePrevention === undefined ? this.#defaultStp : parseStp(request.selfTradePrevention);
      const timeInForce = checkTiming(
        type,
        request.timeInForce,
        postOnly,
        request.expiresAt,
        this.clock.now(),
      );
      if (isRejection(timeInForce)) return refuse(timeInForce);
      const price = checkOrderPrice(market.spec, request.price);
      if (isRejection(price)) return refuse(price);
      const size = checkSize(market.spec, request.size);
      if (isRejection(size)) return refuse(size);
      if (clientId !== undefined && this.#findByClientId(account, clientId) !== undefined) {
        return refuse(reject("duplicate-client-id", `client id ${clientId} is already used by a live order`));
      }
      let trigger: OrderState["trigger"];
      if (request.trigger !== undefined) {
        const triggerPrice = checkTriggerPrice(market.spec, request.trigger.price);
        if (isRejection(triggerPrice)) return refuse(triggerPrice);
        trigger = {
          price: triggerPrice,
          direction: triggerDirection(request.trigger, side, triggerPrice, market.mark),
        };
      }
      const intent: ExecutionIntent = {
        account,
        market,
        side,
        type,
        price,
        size,
        timeInForce,
        postOnly,
        reduceOnly,
        stp,
      };
      if (trigger === undefined) {
        const refusal = this.#executionRefusal(intent);
        if (refusal !== undefined) return refuse(refusal);
      }
      const now = this.clock.now();
      const id = this.#nextOrderId++;
      const order: OrderState = {
        id,
        idText: id.toString(),
        clientId,
        accountId: account.id,
        market: market.spec.symbol,
        side,
        type,
        price,
        size,
        remaining: size,
        filled: 0n,
        filledValue: 0n,
        timeInForce,
        expiresAt: timeInForce === "GTT" ? (request.expiresAt as number) : undefined,
        postOnly,
        reduceOnly,
        stp,
        trigger,
        status: trigger === undefined ? "open" : "untriggered",
        createdAt: now,
        updatedAt: now,
      };
      this.#register(order, account);
      this.#events.emit({ type: "order-accepted", market: order.market, order: orderView(order, market) });
      if (trigger !== undefined) {
        market.triggers.add(order);
        if (triggerFires(trigger.direction, trigger.price, market.mark)) {
          const fills = this.#activate(order, market);
          return { ok: true, order: orderView(order, market), fills };
        }
        return { ok: true, order: orderView(order, market), fills: [] };
      }
      const fills = this.#execute(order, market);
      return { ok: true, order: orderView(order, market), fills };
    });
  }

  cancelOrder(ref: OrderRef): OrderResult {
    return this.#operate(() => {
      this.#expireDue();
      const found = this.#lookup(ref);
      if (isRejection(found)) return found;
      const [order, market] = found;
      if (!isLive(order)) return reject("order-not-open", `order ${order.idText} is ${order.status}`);
      this.#cancel(order, "requested");
      return { ok: true, order: orderView(order, market) };
    });
  }

  /** Cancels every live order (conditional ones too) of the account, in one market or all of them. */
  cancelAll(input: { accountId: string; market?: string }): { ok: true; orders: OrderView[] } | Rejection {
    return this.#operate(() => {
      this.#expireDue();
      const account = this.#accounts.get(input.accountId);
      if (account === undefined) return reject("unknown-account", `unknown account ${input.accountId}`);
      if (input.market !== undefined && !this.#markets.has(input.market)) {
        return reject("unknown-market", `unknown market ${input.market}`);
      }
      const cancelled: OrderView[] = [];
      for (const order of byId([...account.liveOrders])) {
        if (input.market !== undefined && order.market !== input.market) continue;
        this.#cancel(order, "requested");
        cancelled.push(orderView(order, this.#market(order.market)));
      }
      return { ok: true, orders: cancelled };
    });
  }

  /**
   * Changes price, size (new total, above what has filled) or trigger price. A resting order keeps its
   * queue position only when the price is unchanged and the size does not grow; otherwise it goes to the
   * back of the queue at its (new) price and may trade at once if it now crosses.
   */
  modifyOrder(request: ModifyOrderRequest): OrderResult {
    return this.#operate(() => {
      this.#expireDue();
      const found = this.#lookup(request);
      if (isRejection(found)) return found;
      const [order, market] = found;
      if (!isLive(order)) return reject("order-not-open", `order ${order.idText} is ${order.status}`);
      const account = this.#accounts.get(order.accountId)!;
      const spec = market.spec;
      let price = order.price;
      if (request.price !== undefined) {
        const parsed = checkOrderPrice(spec, request.price);
        if (isRejection(parsed)) return parsed;
        price = parsed;
      }
      let size = order.size;
      if (request.size !== undefined) {
        const parsed = checkSize(spec, request.size);
        if (isRejection(parsed)) return parsed;
        if (parsed <= order.filled)
          return reject("invalid-size", `size ${request.size} does not exceed the filled size`);
        size = parsed;
      }
      let trigger = order.trigger;
      if (request.triggerPrice !== undefined) {
        if (order.status !== "untriggered" || trigger === undefined) {
          return reject(
            "invalid-order",
            "only an untriggered conditional order has a trigger price to change",
          );
        }
        const parsed = checkTriggerPrice(spec, request.triggerPrice);
        if (isRejection(parsed)) return parsed;
        trigger = { price: parsed, direction: trigger.direction };
      }
      const remaining = size - order.filled;
      const untriggered = order.status === "untriggered";
      if (!untriggered) {
        if (order.reduceOnly && remaining > order.remaining) {
          const reducible = reducibleSize(account.positions.get(spec.symbol), order.side);
          if (remaining > reducible) {
            return reject("reduce-only-exceeds-position", "reduce-only size would exceed the position");
          }
        }
        const growth = remaining - order.remaining;
        if (
          !order.reduceOnly &&
          growth > 0n &&
          !marginAllows(account, this.#markets, { market: spec.symbol, side: order.side, size: growth })
        ) {
          return reject("insufficient-margin", "equity does not cover the margin of the larger order");
        }
        if (order.postOnly && price !== order.price && market.book.crosses(order.side, price)) {
          return reject("post-only-would-take", "the new price would take liquidity");
        }
      }
      const losesPriority = price !== order.price || remaining > order.remaining;
      order.updatedAt = this.clock.now();
      if (untriggered || !losesPriority) {
        if (!untriggered) market.book.resize(order, remaining);
        else order.remaining = remaining;
        order.price = price;
        order.size = size;
        order.trigger = trigger;
        this.#events.emit({
          type: "order-updated",
          market: spec.symbol,
          order: orderView(order, market),
          change: "modified",
        });
        if (
          untriggered &&
          trigger !== undefined &&
          triggerFires(trigger.direction, trigger.price, market.mark)
        ) {
          this.#activate(order, market);
        }
        return { ok: true, order: orderView(order, market) };
      }
      market.book.remove(order);
      order.price = price;
      order.size = size;
      order.remaining = remaining;
      this.#events.emit({
        type: "order-updated",
        market: spec.symbol,
        order: orderView(order, market),
        change: "modified",
      });
      this.#execute(order, market);
      return { ok: true, order: orderView(order, market) };
    });
  }

  // ---- prices, funding and time ---------------------------------------------------------------------

  /** Sets the mark (and optionally index) price by hand; conditional orders fire on the new mark. */
  setMarkPrice(symbol: string, markPrice: string, indexPrice?: string): void {
    const market = this.#knownMarket(symbol);
    const mark = parseScaled(markPrice, market.spec.priceScale, "markPrice");
    const index =
      indexPrice === undefined ? market.index : parseScaled(indexPrice, market.spec.priceScale, "indexPrice");
    if (mark <= 0n || index <= 0n) {
      throw new ValidationError("prices must be positive", {
        issues: [{ path: ["markPrice"], message: "<= 0" }],
      });
    }
    this.#operate(() => {
      this.#expireDue();
      this.#moveMark(market, mark, index);
    });
  }

  /** Sets the rate paid per funding interval (positive: longs pay shorts). */
  setFundingRate(symbol: string, rate: string): void {
    const market = this.#knownMarket(symbol);
    market.fundingRate = parseRatio(rate, "fundingRate");
  }

  /**
   * One simulation step at the clock's current time: expire due GTT orders, walk each mark price,
   * fire conditional orders, re-quote the market maker, and pay funding for every interval that is due.
   */
  tick(): void {
    this.#operate(() => {
      this.#expireDue();
      for (const market of this.#markets.values()) {
        const width = market.spec.priceWalkTicks;
        if (width > 0) {
          const step = BigInt(this.#random.nextInt(-width, width)) * market.spec.tick;
          const floor = market.spec.tick;
          this.#moveMark(market, maxBig(floor, market.mark + step), maxBig(floor, market.index + step));
        }
        this.#requote(market);
        const now = this.clock.now();
        while (now >= market.nextFundingAt) {
          this.#payFunding(market);
          market.nextFundingAt += market.spec.fundingIntervalMs;
        }
      }
    });
  }

  /** Ticks on the clock's timer every `intervalMs` until `stop()`. */
  start(intervalMs = 1000): void {
    this.stop();
    this.#stopTimer = this.clock.every(intervalMs, () => this.tick());
  }

  stop(): void {
    this.#stopTimer?.();
    this.#stopTimer = undefined;
  }

  get running(): boolean {
    return this.#stopTimer !== undefined;
  }

  // ---- events and snapshots -------------------------------------------------------------------------

  subscribe(listener: EngineListener): () => void {
    return this.#events.subscribe(listener);
  }

  /** Retained events after `afterSeq` (0 for all retained), oldest first. */
  events(afterSeq = 0): EngineEvent[] {
    return this.#events.since(afterSeq);
  }

  /** Sequence number of the last event. */
  get seq(): number {
    return this.#events.seq;
  }

  markets(): MarketView[] {
    return [...this.#markets.values()].map(marketView);
  }

  market(symbol: string): MarketView | undefined {
    const market = this.#markets.get(symbol);
    return market === undefined ? undefined : marketView(market);
  }

  /** Aggregated levels: bids highest first, asks lowest first, at most `depth` each. */
  book(symbol: string, depth = Number.POSITIVE_INFINITY): BookSnapshot | undefined {
    const market = this.#markets.get(symbol);
    if (market === undefined) return undefined;
    const levels = (side: "bids" | "asks") =>
      market.book[side]
        .levels()
        .slice(0, depth)
        .map((level) => ({
          price: formatPrice(market.spec, level.price),
          size: formatSize(market.spec, level.total),
        }));
    return {
      market: symbol,
      bids: levels("bids"),
      asks: levels("asks"),
      marketSeq: this.#events.marketSeq(symbol),
      time: this.clock.now(),
    };
  }

  /** Any order the engine still remembers (live, or among the most recent finished ones). */
  order(orderId: string): OrderView | undefined {
    const order = this.#orders.get(orderId);
    return order === undefined ? undefined : orderView(order, this.#market(order.market));
  }

  /** Live orders (untriggered, open, partially filled) of an account, oldest first. */
  openOrders(accountId: string, symbol?: string): OrderView[] {
    const account = this.#accounts.get(accountId);
    if (account === undefined) return [];
    return byId([...account.liveOrders])
      .filter((order) => symbol === undefined || order.market === symbol)
      .map((order) => orderView(order, this.#market(order.market)));
  }

  /** Non-flat positions of an account. */
  positions(accountId: string): PositionView[] {
    const account = this.#accounts.get(accountId);
    if (account === undefined) return [];
    const views: PositionView[] = [];
    for (const [symbol, position] of account.positions) {
      if (position.size !== 0n) views.push(positionView(account, this.#market(symbol)));
    }
    return views;
  }

  /** The account's position in one market, flat or not. */
  position(accountId: string, symbol: string): PositionView | undefined {
    const account = this.#accounts.get(accountId);
    const market = this.#markets.get(symbol);
    return account === undefined || market === undefined ? undefined : positionView(account, market);
  }

  balance(accountId: string): BalanceView | undefined {
    const account = this.#accounts.get(accountId);
    return account === undefined ? undefined : this.#balanceView(account);
  }

  accountIds(): string[] {
    return [...this.#accounts.keys()];
  }

  /** Most recent public trades of a market, newest first. */
  recentTrades(symbol: string, limit = this.#tradeLimit): TradeView[] {
    const market = this.#markets.get(symbol);
    return market === undefined ? [] : market.recentTrades.slice(-limit).reverse();
  }

  // ---- internals: operations ------------------------------------------------------------------------

  /** Runs a state change; when the outermost one ends, books are refilled and change events published. */
  #operate<T>(change: () => T): T {
    this.#depth += 1;
    try {
      return change();
    } finally {
      this.#depth -= 1;
      if (this.#depth === 0) {
        this.#settle();
        this.#events.flush();
      }
    }
  }

  #settle(): void {
    for (const market of this.#markets.values()) {
      if (market.book.bids.isEmpty || market.book.asks.isEmpty) this.#requote(market);
    }
    for (const account of this.#dirtyBalances) {
      this.#events.emit({ type: "balance-changed", market: undefined, balance: this.#balanceView(account) });
    }
    this.#dirtyBalances.clear();
    for (const market of this.#markets.values()) {
      const changes = market.book.drainChanges();
      if (changes.bids.length === 0 && changes.asks.length === 0) continue;
      const level = (change: { price: bigint; size: bigint }) => ({
        price: formatPrice(market.spec, change.price),
        size: formatSize(market.spec, change.size),
      });
      this.#events.emit({
        type: "book-changed",
        market: market.spec.symbol,
        bids: changes.bids.map(level),
        asks: changes.asks.map(level),
      });
    }
  }

  #newAccount(id: string, balance: bigint, marginExempt: boolean): AccountState {
    const account: AccountState = {
      id,
      balance,
      realizedPnl: 0n,
      fundingPnl: 0n,
      feesPaid: 0n,
      positions: new Map(),
      leverage: new Map(),
      liveOrders: new Set(),
      marginExempt,
    };
    this.#accounts.set(id, account);
    return account;
  }

  #knownMarket(symbol: string): MarketState {
    const market = this.#markets.get(symbol);
    if (market === undefined) {
      throw new ValidationError(`unknown market ${symbol}`, {
        issues: [{ path: ["market"], message: "unknown" }],
      });
    }
    return market;
  }

  #market(symbol: string): MarketState {
    return this.#markets.get(symbol)!;
  }

  #position(account: AccountState, symbol: string): PositionState {
    let position = account.positions.get(symbol);
    if (position === undefined) {
      position = emptyPosition();
      account.positions.set(symbol, position);
    }
    return position;
  }

  #available(account: AccountState): bigint {
    return maxBig(0n, equityOf(account, this.#markets) - accountInitialMargin(account, this.#markets));
  }

  #balanceView(account: AccountState): BalanceView {
    const unrealized = accountUnrealizedPnl(account, this.#markets);
    const margin = accountInitialMargin(account, this.#markets);
    const equity = account.balance + unrealized;
    return {
      accountId: account.id,
      balance: formatQuote(account.balance),
      unrealizedPnl: formatQuote(unrealized),
      equity: formatQuote(equity),
      initialMargin: formatQuote(margin),
      availableForTrade: formatQuote(maxBig(0n, equity - margin)),
      realizedPnl: formatQuote(account.realizedPnl),
      fundingPnl: formatQuote(account.fundingPnl),
      feesPaid: formatQuote(account.feesPaid),
    };
  }

  #emitPosition(account: AccountState, market: MarketState): void {
    this.#events.emit({
      type: "position-changed",
      market: market.spec.symbol,
      position: positionView(account, market),
    });
  }

  #lookup(ref: OrderRef): [OrderState, MarketState] | Rejection {
    const account = this.#accounts.get(ref.accountId);
    if (account === undefined) return reject("unknown-account", `unknown account ${ref.accountId}`);
    let order: OrderState | undefined;
    if (ref.orderId !== undefined) order = this.#orders.get(ref.orderId);
    else if (ref.clientId !== undefined) order = this.#findByClientId(account, ref.clientId);
    else return reject("invalid-order", "an orderId or a clientId is required");
    if (order === undefined || order.accountId !== account.id) {
      return reject("unknown-order", `no order ${ref.orderId ?? ref.clientId} for account ${account.id}`);
    }
    return [order, this.#market(order.market)];
  }

  #findByClientId(account: AccountState, clientId: string): OrderState | undefined {
    for (const order of account.liveOrders) if (order.clientId === clientId) return order;
    return undefined;
  }

  // ---- internals: order life cycle ------------------------------------------------------------------

  /**
   * Why an order could not execute now, or undefined. Reduce-only orders are REJECTED (not trimmed) when
   * they would increase the position or exceed its size, as Extended (1136-1138), Lighter (21732) and
   * Vest (3018/3019) do; resting reduce-only orders are trimmed to the position at fill time and cancelled
   * once the position can no longer be reduced by them.
   */
  #executionRefusal(intent: ExecutionIntent): Rejection | undefined {
    const { account, market, side, size } = intent;
    if (intent.reduceOnly && !account.marginExempt) {
      const reducible = reducibleSize(account.positions.get(market.spec.symbol), side);
      if (reducible === 0n)
        return reject("reduce-only-would-increase", "reduce-only order would open or increase a position");
      if (size > reducible)
        return reject("reduce-only-exceeds-position", "reduce-only order is larger than the position");
    }
    if (
      !intent.reduceOnly &&
      !marginAllows(account, this.#markets, { market: market.spec.symbol, side, size })
    ) {
      return reject("insufficient-margin", "equity does not cover the initial margin of this order");
    }
    if (intent.postOnly && market.book.crosses(side, intent.price)) {
      return reject("post-only-would-take", "post-only order would take liquidity");
    }
    if (intent.timeInForce === "FOK" && !this.#fokFillable(intent)) {
      return reject("fill-or-kill-unfillable", "fill-or-kill order cannot be filled completely");
    }
    return undefined;
  }

  /** Dry run of the matching loop: can the whole size fill now? */
  #fokFillable(intent: ExecutionIntent): boolean {
    let needed = intent.size;
    const reducibleLeft = new Map<string, bigint>();
    for (const level of intent.market.book.opposite(intent.side).levels()) {
      if (!priceAcceptable(intent.side, intent.price, level.price)) break;
      for (const maker of level.orders) {
        if (maker.accountId === intent.account.id && intent.stp !== "none") {
          if (intent.stp === "expire-maker") continue;
          return false;
        }
        let quantity = maker.remaining;
        if (maker.reduceOnly) {
          const left =
            reducibleLeft.get(maker.accountId) ??
            reducibleSize(this.#accounts.get(maker.accountId)!.positions.get(maker.market), maker.side);
          quantity = minBig(quantity, left);
          reducibleLeft.set(maker.accountId, left - quantity);
        }
        needed -= quantity;
        if (needed <= 0n) return true;
      }
    }
    return false;
  }

  #register(order: OrderState, account: AccountState): void {
    this.#orders.set(order.idText, order);
    account.liveOrders.add(order);
    if (order.expiresAt !== undefined) this.#expiring.add(order);
  }

  /** Takes liquidity, then rests the remainder (GTC/GTT limit) or cancels it (IOC/FOK/market). */
  #execute(order: OrderState, market: MarketState): FillView[] {
    const fills = this.#match(order, market);
    if (!isLive(order) || order.remaining === 0n) return fills;
    if (order.type === "limit" && (order.timeInForce === "GTC" || order.timeInForce === "GTT")) {
      market.book.add(order);
    } else {
      this.#cancel(order, "unfilled-immediate-or-cancel");
    }
    return fills;
  }

  #match(taker: OrderState, market: MarketState): FillView[] {
    const fills: FillView[] = [];
    const opposite = market.book.opposite(taker.side);
    const takerAccount = this.#accounts.get(taker.accountId)!;
    while (taker.remaining > 0n && isLive(taker)) {
      const level = opposite.best();
      if (level === undefined || !priceAcceptable(taker.side, taker.price, level.price)) break;
      const maker = level.orders[0]!;
      if (maker.accountId === taker.accountId && taker.stp !== "none") {
        if (taker.stp !== "expire-taker") this.#cancel(maker, "self-trade-prevention");
        if (taker.stp !== "expire-maker") this.#cancel(taker, "self-trade-prevention");
        continue;
      }
      let quantity = minBig(taker.remaining, maker.remaining);
      if (taker.reduceOnly && !takerAccount.marginExempt) {
        const reducible = reducibleSize(takerAccount.positions.get(market.spec.symbol), taker.side);
        if (reducible === 0n) {
          this.#cancel(taker, "reduce-only");
          break;
        }
        quantity = minBig(quantity, reducible);
      }
      if (maker.reduceOnly) {
        const makerAccount = this.#accounts.get(maker.accountId)!;
        const reducible = reducibleSize(makerAccount.positions.get(market.spec.symbol), maker.side);
        if (reducible === 0n) {
          this.#cancel(maker, "reduce-only");
          continue;
        }
        quantity = minBig(quantity, reducible);
      }
      fills.push(...this.#trade(market, taker, maker, quantity));
    }
    return fills;
  }

  /** Executes one trade at the maker's price; returns the taker's fill. */
  #trade(market: MarketState, taker: OrderState, maker: OrderState, quantity: bigint): FillView[] {
    const spec = market.spec;
    const price = maker.price;
    const value = notional(spec, price, quantity);
    const tradeId = (this.#nextTradeId++).toString();
    const now = this.clock.now();
    market.book.resize(maker, maker.remaining - quantity);
    taker.remaining -= quantity;
    const trade: TradeView = {
      id: tradeId,
      market: spec.symbol,
      price: formatPrice(spec, price),
      size: formatSize(spec, quantity),
      takerSide: taker.side,
      makerOrderId: maker.idText,
      takerOrderId: taker.idText,
      makerAccountId: maker.accountId,
      takerAccountId: taker.accountId,
      time: now,
    };
    market.recentTrades.push(trade);
    if (market.recentTrades.length > this.#tradeLimit) market.recentTrades.shift();
    this.#events.emit({ type: "trade", market: spec.symbol, trade });
    this.#settleFill(market, maker, "maker", quantity, price, value, tradeId, now);
    const takerFill = this.#settleFill(market, taker, "taker", quantity, price, value, tradeId, now);
    for (const order of [maker, taker]) this.#pruneReduceOnly(this.#accounts.get(order.accountId)!, market);
    return [takerFill];
  }

  #settleFill(
    market: MarketState,
    order: OrderState,
    liquidity: "maker" | "taker",
    quantity: bigint,
    price: bigint,
    value: bigint,
    tradeId: string,
    now: number,
  ): FillView {
    const spec = market.spec;
    const account = this.#accounts.get(order.accountId)!;
    order.filled += quantity;
    order.filledValue += value;
    order.status = order.remaining === 0n ? "filled" : "partially-filled";
    order.updatedAt = now;
    const position = this.#position(account, spec.symbol);
    const realized = applyFill(position, spec, order.side, quantity, price);
    const fee = mulRatio(value, liquidity === "maker" ? spec.makerFee : spec.takerFee, "ceil");
    position.feesPaid += fee;
    account.feesPaid += fee;
    account.realizedPnl += realized;
    account.balance += realized - fee;
    this.#feeAccount.balance += fee;
    this.#dirtyBalances.add(account);
    this.#dirtyBalances.add(this.#feeAccount);
    if (order.status === "filled") this.#finish(order);
    const fill: FillView = {
      tradeId,
      orderId: order.idText,
      clientId: order.clientId,
      accountId: account.id,
      market: spec.symbol,
      side: order.side,
      price: formatPrice(spec, price),
      size: formatSize(spec, quantity),
      fee: formatQuote(fee),
      liquidity,
      realizedPnl: formatQuote(realized),
      time: now,
    };
    this.#events.emit({ type: "order-filled", market: spec.symbol, order: orderView(order, market), fill });
    this.#emitPosition(account, market);
    return fill;
  }

  /** Cancels resting reduce-only orders that can no longer reduce the position. */
  #pruneReduceOnly(account: AccountState, market: MarketState): void {
    if (account.marginExempt) return;
    const position = account.positions.get(market.spec.symbol);
    for (const order of account.liveOrders) {
      if (order.market !== market.spec.symbol || !order.reduceOnly || order.status === "untriggered")
        continue;
      if (reducibleSize(position, order.side) === 0n && isResting(order)) this.#cancel(order, "reduce-only");
    }
  }

  #activate(order: OrderState, market: MarketState): FillView[] {
    market.triggers.delete(order);
    order.status = "open";
    order.updatedAt = this.clock.now();
    this.#events.emit({
      type: "order-updated",
      market: order.market,
      order: orderView(order, market),
      change: "triggered",
    });
    const account = this.#accounts.get(order.accountId)!;
    const refusal = this.#executionRefusal({
      account,
      market,
      side: order.side,
      type: order.type,
      price: order.price,
      size: order.remaining,
      timeInForce: order.timeInForce,
      postOnly: order.postOnly,
      reduceOnly: order.reduceOnly,
      stp: order.stp,
    });
    if (refusal !== undefined) {
      order.status = "rejected";
      this.#finish(order);
      this.#events.emit({
        type: "order-rejected",
        market: order.market,
        accountId: order.accountId,
        clientId: order.clientId,
        order: orderView(order, market),
        reason: refusal.reason,
        message: refusal.message,
      });
      return [];
    }
    return this.#execute(order, market);
  }

  #cancel(order: OrderState, reason: CancelReason): void {
    const market = this.#market(order.market);
    market.book.remove(order);
    market.triggers.delete(order);
    order.status = "cancelled";
    order.updatedAt = this.clock.now();
    this.#finish(order);
    this.#events.emit({
      type: "order-cancelled",
      market: order.market,
      order: orderView(order, market),
      reason,
    });
  }

  #expireDue(): void {
    const now = this.clock.now();
    for (const order of this.#expiring) {
      if (order.expiresAt === undefined || order.expiresAt > now) continue;
      const market = this.#market(order.market);
      market.book.remove(order);
      market.triggers.delete(order);
      order.status = "expired";
      order.updatedAt = now;
      this.#finish(order);
      this.#events.emit({ type: "order-expired", market: order.market, order: orderView(order, market) });
    }
  }

  /** Drops a finished order from the live indexes; the oldest finished orders are eventually forgotten. */
  #finish(order: OrderState): void {
    this.#accounts.get(order.accountId)?.liveOrders.delete(order);
    this.#expiring.delete(order);
    this.#finished.push(order.idText);
    if (this.#finished.length > this.#finishedLimit) {
      const forgotten = this.#finished.splice(0, this.#finished.length - this.#finishedLimit);
      for (const id of forgotten) this.#orders.delete(id);
    }
  }

  // ---- internals: prices, maker, funding --------------------------------------------------------------

  #moveMark(market: MarketState, mark: bigint, index: bigint): void {
    if (mark === market.mark && index === market.index) return;
    market.mark = mark;
    market.index = index;
    this.#events.emit({
      type: "mark-price-changed",
      market: market.spec.symbol,
      markPrice: formatPrice(market.spec, mark),
      indexPrice: formatPrice(market.spec, index),
    });
    for (const order of [...market.triggers]) {
      if (order.trigger !== undefined && market.triggers.has(order)) {
        if (triggerFires(order.trigger.direction, order.trigger.price, market.mark))
          this.#activate(order, market);
      }
    }
  }

  /** Replaces the maker's quotes that are off the ladder around the current mark, keeping the ones that match. */
  #requote(market: MarketState): void {
    const maker = market.spec.marketMaker;
    if (maker === undefined) return;
    const ladder = ladderPrices(market.spec, market.mark, maker.levels, maker.spacingTicks);
    const wanted = new Map<string, bigint>();
    for (const price of ladder.bids) wanted.set(`buy:${price}`, price);
    for (const price of ladder.asks) wanted.set(`sell:${price}`, price);
    for (const order of byId([...this.#makerAccount.liveOrders])) {
      if (order.market !== market.spec.symbol) continue;
      const key = `${order.side}:${order.price}`;
      if (wanted.has(key) && order.remaining === maker.sizePerLevel) wanted.delete(key);
      else this.#cancel(order, "market-maker-requote");
    }
    for (const [key, price] of wanted)
      this.#placeMakerQuote(market, key.startsWith("buy") ? "buy" : "sell", price);
  }

  #placeMakerQuote(market: MarketState, side: Side, price: bigint): void {
    const now = this.clock.now();
    const id = this.#nextOrderId++;
    const size = market.spec.marketMaker!.sizePerLevel;
    const order: OrderState = {
      id,
      idText: id.toString(),
      clientId: undefined,
      accountId: this.#makerAccount.id,
      market: market.spec.symbol,
      side,
      type: "limit",
      price,
      size,
      remaining: size,
      filled: 0n,
      filledValue: 0n,
      timeInForce: "GTC",
      expiresAt: undefined,
      postOnly: false,
      reduceOnly: false,
      stp: "expire-maker",
      trigger: undefined,
      status: "open",
      createdAt: now,
      updatedAt: now,
    };
    this.#register(order, this.#makerAccount);
    this.#events.emit({ type: "order-accepted", market: order.market, order: orderView(order, market) });
    this.#execute(order, market);
  }

  #payFunding(market: MarketState): void {
    const rate = market.fundingRate;
    if (rate.units === 0n) return;
    const { payments, residue } = fundingPayments(market, this.#accounts.values(), rate);
    for (const { account, position, amount } of payments) {
      account.balance += amount;
      account.fundingPnl += amount;
      position.fundingPnl += amount;
      this.#dirtyBalances.add(account);
      this.#events.emit({
        type: "funding-paid",
        market: market.spec.symbol,
        accountId: account.id,
        rate: formatRatio(rate),
        positionSize: formatSize(market.spec, position.size),
        markPrice: formatPrice(market.spec, market.mark),
        payment: formatQuote(amount),
      });
      this.#emitPosition(account, market);
    }
    if (residue !== 0n) {
      this.#feeAccount.balance += residue;
      this.#dirtyBalances.add(this.#feeAccount);
    }
  }
}

/** Whether a `side` order limited at `limit` accepts trading at `price`. */
function priceAcceptable(side: Side, limit: bigint, price: bigint): boolean {
  return side === "buy" ? price <= limit : price >= limit;
}

function isResting(order: OrderState): boolean {
  return (order.status === "open" || order.status === "partially-filled") && order.remaining > 0n;
}

function byId(orders: OrderState[]): OrderState[] {
  return orders.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

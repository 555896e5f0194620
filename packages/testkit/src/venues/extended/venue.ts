import { ValidationError } from "@perp/core";
import Big from "big.js";
import {
  type Clock,
  Engine,
  type EngineEvent,
  type FillView,
  type OrderView,
  type PositionView,
  type TradeView,
} from "../../engine/index.js";
import { MarketCandles } from "./candles.js";
import type { ExtendedAccountConfig } from "./credentials.js";
import { type ExtendedMarketConfig, engineMarketConfig } from "./markets.js";
import type {
  AccountTradeRecord,
  AssetOperationRecord,
  FundingPaymentRecord,
  MarketFundingRecord,
  OrderMeta,
  OrderRecord,
  PositionLifecycle,
} from "./records.js";

/** What account streams are told about, in engine order. */
export type AccountUpdate =
  | { kind: "order"; order: OrderRecord }
  | { kind: "trade"; trade: AccountTradeRecord }
  | { kind: "position"; position: PositionView; lifecycle: PositionLifecycle | undefined }
  | { kind: "balance" };

/** What public streams are told about. */
export type PublicUpdate =
  | { kind: "trade"; trade: TradeView }
  | { kind: "mark"; market: string; markPrice: string; indexPrice: string; time: number }
  | { kind: "funding"; funding: MarketFundingRecord };

export interface VenueConfig {
  markets: ExtendedMarketConfig[];
  accounts: ExtendedAccountConfig[];
  clock: Clock;
  seed: number;
  orderIdStart: bigint;
  tradeIdStart: bigint;
}

/** Ids of orders the matching engine refused asynchronously; kept apart from the engine's id range. */
const REJECTED_ID_OFFSET = 10n ** 15n;

/**
 * The Extended venue's persistent state around the engine: accounts and their credentials, order
 * metadata (external ids, fee rates, triggers), fills, funding, transfers, position lifecycles and
 * candles. It turns engine events into account and public updates for the streams.
 */
export class ExtendedVenue {
  readonly engine: Engine;
  readonly clock: Clock;
  readonly markets = new Map<string, ExtendedMarketConfig>();
  readonly accounts = new Map<number, ExtendedAccountConfig>();
  readonly #byApiKey = new Map<string, ExtendedAccountConfig>();
  readonly #orders = new Map<string, OrderRecord>();
  readonly #accountOrders = new Map<number, string[]>();
  readonly #externalIds = new Map<number, Map<string, string[]>>();
  readonly #pending = new Map<string, OrderMeta>();
  readonly #pendingViews = new Map<string, OrderView>();
  readonly #lastFillPrice = new Map<string, string>();
  readonly #trades = new Map<number, AccountTradeRecord[]>();
  readonly #fundingPayments = new Map<number, FundingPaymentRecord[]>();
  readonly #marketFunding = new Map<string, MarketFundingRecord[]>();
  readonly #assetOperations = new Map<number, AssetOperationRecord[]>();
  readonly #lifecycles = new Map<string, PositionLifecycle>();
  readonly #positionHistory = new Map<number, PositionLifecycle[]>();
  readonly #openInterest = new Map<string, { t: number; i: string; I: string }[]>();
  readonly candles = new Map<string, MarketCandles>();
  readonly #accountListeners = new Map<number, Set<(update: AccountUpdate) => void>>();
  readonly #publicListeners = new Set<(update: PublicUpdate) => void>();
  readonly #nextFundingAt = new Map<string, number>();
  #nextRejectedId: bigint;
  #nextPositionId = 1_000_001n;
  #nextFundingId = 1n;
  #nextOperationId = 1n;

  constructor(config: VenueConfig) {
    this.clock = config.clock;
    for (const market of config.markets) {
      if (this.markets.has(market.name)) throw new ValidationError(`duplicate market ${market.name}`);
      this.markets.set(market.name, market);
      this.candles.set(market.name, new MarketCandles());
    }
    this.engine = new Engine({
      markets: config.markets.map(engineMarketConfig),
      clock: config.clock,
      seed: config.seed,
      orderIdStart: config.orderIdStart,
      tradeIdStart: config.tradeIdStart,
      defaultSelfTradePrevention: "expire-taker",
    });
    this.#nextRejectedId = config.orderIdStart + REJECTED_ID_OFFSET;
    this.engine.subscribe((event) => this.#onEngineEvent(event));
    for (const account of config.accounts) this.addAccount(account);
    for (const market of this.engine.markets()) {
      this.#nextFundingAt.set(market.symbol, market.nextFundingAt);
      const candles = this.candles.get(market.symbol)!;
      candles.mark.record(this.clock.now(), market.markPrice);
      candles.index.record(this.clock.now(), market.indexPrice);
    }
  }

  // ---- accounts ---------------------------------------------------------------------------------

  addAccount(account: ExtendedAccountConfig): void {
    if (this.accounts.has(account.accountId) || this.#byApiKey.has(account.apiKey)) {
      throw new ValidationError(`account ${account.accountId} or its API key is already registered`);
    }
    if (!Number.isInteger(account.vault) || account.vault < 0 || account.vault >= 2 ** 32) {
      throw new ValidationError(`account ${account.accountId}: vault must be a u32`);
    }
    this.accounts.set(account.accountId, account);
    this.#byApiKey.set(account.apiKey, account);
    this.engine.createAccount({ id: String(account.accountId), collateral: account.collateral });
  }

  accountByApiKey(apiKey: string): ExtendedAccountConfig | undefined {
    return this.#byApiKey.get(apiKey);
  }

  // ---- orders -----------------------------------------------------------------------------------

  /**
   * Metadata for the order about to be placed; the engine events pick it up by external id. `draft` is
   * the order as it would look if accepted, rendered when the engine refuses it asynchronously.
   */
  expectOrder(accountId: number, meta: OrderMeta, draft: OrderView): void {
    this.#pending.set(pendingKey(accountId, meta.externalId), meta);
    this.#pendingViews.set(pendingKey(accountId, meta.externalId), draft);
  }

  /** Drops the expectation and returns the id the order got (engine or asynchronously rejected). */
  settleExpectation(accountId: number, externalId: string): string | undefined {
    this.#pending.delete(pendingKey(accountId, externalId));
    this.#pendingViews.delete(pendingKey(accountId, externalId));
    return this.ordersByExternalId(accountId, externalId).at(-1)?.view.id;
  }

  order(accountId: number, orderId: string): OrderRecord | undefined {
    const record = this.#orders.get(orderId);
    return record?.accountId === accountId ? record : undefined;
  }

  ordersByExternalId(accountId: number, externalId: string): OrderRecord[] {
    const ids = this.#externalIds.get(accountId)?.get(externalId) ?? [];
    return ids.map((id) => this.#orders.get(id)).filter((r): r is OrderRecord => r !== undefined);
  }

  externalIdUsed(accountId: number, externalId: string): boolean {
    return (this.#externalIds.get(accountId)?.get(externalId)?.length ?? 0) > 0;
  }

  /** Every order of the account, newest first. */
  orders(accountId: number): OrderRecord[] {
    const ids = this.#accountOrders.get(accountId) ?? [];
    const out: OrderRecord[] = [];
    for (let i = ids.length - 1; i >= 0; i--) {
      const record = this.#orders.get(ids[i]!);
      if (record !== undefined) out.push(record);
    }
    return out.sort((a, b) => compareIds(b.view.id, a.view.id));
  }

  trades(accountId: number): AccountTradeRecord[] {
    return [...(this.#trades.get(accountId) ?? [])].reverse();
  }

  fundingPayments(accountId: number): FundingPaymentRecord[] {
    return [...(this.#fundingPayments.get(accountId) ?? [])].reverse();
  }

  marketFunding(market: string): MarketFundingRecord[] {
    return [...(this.#marketFunding.get(market) ?? [])].reverse();
  }

  openInterestHistory(market: string): { t: number; i: string; I: string }[] {
    return [...(this.#openInterest.get(market) ?? [])].reverse();
  }

  assetOperations(accountId: number): AssetOperationRecord[] {
    return [...(this.#assetOperations.get(accountId) ?? [])].reverse();
  }

  positionHistory(accountId: number): PositionLifecycle[] {
    const closed = this.#positionHistory.get(accountId) ?? [];
    const open = [...this.#lifecycles.values()].filter((l) => l.accountId === accountId);
    return [...closed, ...open].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }

  lifecycle(accountId: number, market: string): PositionLifecycle | undefined {
    return this.#lifecycles.get(`${accountId}:${market}`);
  }

  recordAssetOperation(op: Omit<AssetOperationRecord, "id" | "status" | "time">): AssetOperationRecord {
    const record: AssetOperationRecord = {
      ...op,
      id: String(this.#nextOperationId++),
      status: "COMPLETED",
      time: this.clock.now(),
    };
    const list = this.#assetOperations.get(op.accountId) ?? [];
    list.push(record);
    this.#assetOperations.set(op.accountId, list);
    return record;
  }

  // ---- subscriptions ----------------------------------------------------------------------------

  onAccount(accountId: number, listener: (update: AccountUpdate) => void): () => void {
    let set = this.#accountListeners.get(accountId);
    if (set === undefined) {
      set = new Set();
      this.#accountListeners.set(accountId, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  onPublic(listener: (update: PublicUpdate) => void): () => void {
    this.#publicListeners.add(listener);
    return () => this.#publicListeners.delete(listener);
  }

  /** One simulation step: engine tick, then the market-level funding and open-interest records. */
  tick(): void {
    this.engine.tick();
    const now = this.clock.now();
    for (const market of this.engine.markets()) {
      const due = this.#nextFundingAt.get(market.symbol) ?? market.nextFundingAt;
      for (let at = due; at < market.nextFundingAt; at += market.fundingIntervalMs) {
        const record: MarketFundingRecord = { market: market.symbol, time: at, rate: market.fundingRate };
        pushCapped(this.#marketFunding, market.symbol, record);
        this.#emitPublic({ kind: "funding", funding: record });
      }
      this.#nextFundingAt.set(market.symbol, market.nextFundingAt);
      const hour = Math.floor(now / 3_600_000) * 3_600_000;
      const samples = this.#openInterest.get(market.symbol) ?? [];
      const oi = this.openInterest(market.symbol);
      const sample = { t: hour, i: new Big(oi).times(market.markPrice).toFixed(6, Big.roundDown), I: oi };
      if (samples.at(-1)?.t === hour) samples[samples.length - 1] = sample;
      else samples.push(sample);
      if (samples.length > 10_000) samples.shift();
      this.#openInterest.set(market.symbol, samples);
    }
  }

  /** Open interest in base units: the sum of long position sizes. */
  openInterest(market: string): string {
    let total = new Big(0);
    for (const id of this.engine.accountIds()) {
      const position = this.engine.position(id, market);
      if (position !== undefined && position.side === "long") total = total.plus(position.size);
    }
    return total.toString();
  }

  // ---- engine events ----------------------------------------------------------------------------

  #onEngineEvent(event: EngineEvent): void {
    switch (event.type) {
      case "order-accepted":
      case "order-updated":
      case "order-cancelled":
      case "order-expired":
        this.#onOrder(
          event.order,
          event.type === "order-cancelled" ? cancelReason(event.reason, event.order) : undefined,
        );
        break;
      case "order-filled":
        this.#onFill(event.fill, event.order);
        break;
      case "order-rejected":
        if (event.order !== undefined) this.#onOrder(event.order, rejectReason(event.reason));
        else this.#onAsyncRejection(event.accountId, event.clientId, event.market, event.reason, event.time);
        break;
      case "position-changed":
        this.#onPosition(event.position, event.time);
        break;
      case "balance-changed":
        this.#emitAccount(Number(event.balance.accountId), { kind: "balance" });
        break;
      case "funding-paid":
        this.#onFunding(event);
        break;
      case "trade":
        this.candles.get(event.market)?.trades.record(event.time, event.trade.price, event.trade.size);
        this.#emitPublic({ kind: "trade", trade: event.trade });
        break;
      case "mark-price-changed": {
        const candles = this.candles.get(event.market);
        candles?.mark.record(event.time, event.markPrice);
        candles?.index.record(event.time, event.indexPrice);
        this.#emitPublic({
          kind: "mark",
          market: event.market,
          markPrice: event.markPrice,
          indexPrice: event.indexPrice,
          time: event.time,
        });
        break;
      }
      case "book-changed":
        break;
    }
  }

  #accountOf(engineAccountId: string): number | undefined {
    const id = Number(engineAccountId);
    return Number.isSafeInteger(id) && this.accounts.has(id) ? id : undefined;
  }

  #onOrder(view: OrderView, statusReason: string | undefined): void {
    const accountId = this.#accountOf(view.accountId);
    if (accountId === undefined) return;
    let record = this.#orders.get(view.id);
    if (record === undefined) {
      const meta =
        view.clientId === undefined ? undefined : this.#pending.get(pendingKey(accountId, view.clientId));
      if (meta === undefined) return;
      record = { view, meta, accountId, paidFee: "0", statusReason };
      this.#index(record);
    } else {
      record.view = view;
      if (statusReason !== undefined) record.statusReason = statusReason;
    }
    this.#emitAccount(accountId, { kind: "order", order: record });
  }

  #index(record: OrderRecord): void {
    this.#orders.set(record.view.id, record);
    const ids = this.#accountOrders.get(record.accountId) ?? [];
    ids.push(record.view.id);
    this.#accountOrders.set(record.accountId, ids);
    let byExternal = this.#externalIds.get(record.accountId);
    if (byExternal === undefined) {
      byExternal = new Map();
      this.#externalIds.set(record.accountId, byExternal);
    }
    byExternal.set(record.meta.externalId, [
      ...(byExternal.get(record.meta.externalId) ?? []),
      record.view.id,
    ]);
  }

  /**
   * Extended accepts an order over REST and lets the matching engine refuse it later (status REJECTED
   * with a statusReason on the account stream). The engine gives refused orders no id, so these get
   * ids from a separate range.
   */
  #onAsyncRejection(
    engineAccountId: string,
    clientId: string | undefined,
    market: string,
    reason: string,
    time: number,
  ): void {
    const accountId = this.#accountOf(engineAccountId);
    if (accountId === undefined || clientId === undefined) return;
    const meta = this.#pending.get(pendingKey(accountId, clientId));
    const statusReason = ASYNC_REJECTIONS[reason];
    if (meta === undefined || statusReason === undefined) return;
    const draft = this.#pendingViews.get(pendingKey(accountId, clientId));
    if (draft === undefined) return;
    const id = (this.#nextRejectedId++).toString();
    const view: OrderView = { ...draft, id, market, status: "rejected", createdAt: time, updatedAt: time };
    const record: OrderRecord = { view, meta, accountId, paidFee: "0", statusReason };
    this.#index(record);
    this.#emitAccount(accountId, { kind: "order", order: record });
  }

  #onFill(fill: FillView, view: OrderView): void {
    const accountId = this.#accountOf(fill.accountId);
    if (accountId === undefined) return;
    const record = this.#orders.get(fill.orderId);
    if (record !== undefined) {
      record.view = view;
      record.paidFee = new Big(record.paidFee).plus(fill.fee).toString();
      this.#emitAccount(accountId, { kind: "order", order: record });
    }
    const trade: AccountTradeRecord = {
      id: fill.tradeId,
      accountId,
      market: fill.market,
      orderId: fill.orderId,
      externalOrderId: record?.meta.externalId,
      side: fill.side === "buy" ? "BUY" : "SELL",
      price: fill.price,
      qty: fill.size,
      fee: fill.fee,
      isTaker: fill.liquidity === "taker",
      createdTime: fill.time,
    };
    pushCapped(this.#trades, accountId, trade);
    this.#lastFillPrice.set(`${accountId}:${fill.market}`, fill.price);
    this.#emitAccount(accountId, { kind: "trade", trade });
  }

  #onPosition(position: PositionView, time: number): void {
    const accountId = this.#accountOf(position.accountId);
    if (accountId === undefined) return;
    const key = `${accountId}:${position.market}`;
    let lifecycle = this.#lifecycles.get(key);
    const side = position.side === "long" ? "LONG" : position.side === "short" ? "SHORT" : undefined;
    const size = new Big(position.size).abs();
    if (lifecycle !== undefined && (side === undefined || side !== lifecycle.side)) {
      // Flat, or flipped through zero: the current lifecycle ends.
      lifecycle.closedTime = time;
      lifecycle.updatedTime = time;
      lifecycle.exitPrice = this.#lastFillPrice.get(key) ?? position.markPrice;
      lifecycle.realisedPnl = new Big(position.realizedPnl).minus(lifecycle.realizedAtOpen).toString();
      pushCapped(this.#positionHistory, accountId, lifecycle);
      this.#lifecycles.delete(key);
      const closed = lifecycle;
      lifecycle = undefined;
      if (side === undefined) {
        this.#emitAccount(accountId, { kind: "position", position, lifecycle: closed });
        return;
      }
    }
    if (side === undefined) {
      this.#emitAccount(accountId, { kind: "position", position, lifecycle: undefined });
      return;
    }
    if (lifecycle === undefined) {
      lifecycle = {
        id: this.#nextPositionId++,
        accountId,
        market: position.market,
        side,
        leverage: position.leverage,
        size: size.toString(),
        maxPositionSize: size.toString(),
        openPrice: position.entryPrice ?? position.markPrice,
        exitPrice: undefined,
        realizedAtOpen: position.realizedPnl,
        realisedPnl: "0",
        createdTime: time,
        updatedTime: time,
        closedTime: undefined,
      };
      this.#lifecycles.set(key, lifecycle);
    } else {
      lifecycle.size = size.toString();
      if (size.gt(lifecycle.maxPositionSize)) lifecycle.maxPositionSize = size.toString();
      lifecycle.openPrice = position.entryPrice ?? lifecycle.openPrice;
      lifecycle.leverage = position.leverage;
      lifecycle.realisedPnl = new Big(position.realizedPnl).minus(lifecycle.realizedAtOpen).toString();
      lifecycle.updatedTime = time;
    }
    this.#emitAccount(accountId, { kind: "position", position, lifecycle });
  }

  #onFunding(event: Extract<EngineEvent, { type: "funding-paid" }>): void {
    const accountId = this.#accountOf(event.accountId);
    if (accountId === undefined) return;
    const lifecycle = this.#lifecycles.get(`${accountId}:${event.market}`);
    pushCapped(this.#fundingPayments, accountId, {
      id: this.#nextFundingId++,
      accountId,
      market: event.market,
      positionId: lifecycle?.id ?? 0n,
      side: event.positionSize.startsWith("-") ? "SHORT" : "LONG",
      size: new Big(event.positionSize).abs().toString(),
      markPrice: event.markPrice,
      payment: event.payment,
      rate: event.rate,
      paidTime: event.time,
    });
  }

  #emitAccount(accountId: number, update: AccountUpdate): void {
    for (const listener of [...(this.#accountListeners.get(accountId) ?? [])]) listener(update);
  }

  #emitPublic(update: PublicUpdate): void {
    for (const listener of [...this.#publicListeners]) listener(update);
  }
}

/** Engine refusals Extended reports asynchronously, with their statusReason. */
const ASYNC_REJECTIONS: Readonly<Record<string, string>> = {
  "post-only-would-take": "POST_ONLY_FAILED",
  "fill-or-kill-unfillable": "NO_LIQUIDITY",
};

function rejectReason(reason: string): string {
  switch (reason) {
    case "insufficient-margin":
      return "NOT_ENOUGH_FUNDS";
    case "post-only-would-take":
      return "POST_ONLY_FAILED";
    case "reduce-only-would-increase":
    case "reduce-only-exceeds-position":
      return "REDUCE_ONLY_FAILED";
    case "fill-or-kill-unfillable":
      return "NO_LIQUIDITY";
    default:
      return "UNKNOWN";
  }
}

function cancelReason(reason: string, order: OrderView): string | undefined {
  switch (reason) {
    case "self-trade-prevention":
      return "SELF_TRADE_PROTECTION";
    case "reduce-only":
      return "REDUCE_ONLY_FAILED";
    case "unfilled-immediate-or-cancel":
      return new Big(order.filledSize).eq(0) ? "NO_LIQUIDITY" : undefined;
    default:
      return undefined;
  }
}

function pendingKey(accountId: number, externalId: string): string {
  return `${accountId}\u0000${externalId}`;
}

export function compareIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const HISTORY_LIMIT = 10_000;

function pushCapped<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key) ?? [];
  list.push(value);
  if (list.length > 2 * HISTORY_LIMIT) list.splice(0, list.length - HISTORY_LIMIT);
  map.set(key, list);
}

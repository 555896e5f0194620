import Big from "big.js";
import {
  type BookLevel,
  type CancelReason,
  type Clock,
  Engine,
  type EngineEvent,
  type OrderView,
  type TradeView,
} from "../../engine/index.js";
import { cancelStatusOfRejection } from "./errors.js";
import { engineMarketConfig, LIGHTER_FUNDING_INTERVAL_MS } from "./markets.js";
import type { LighterAccountConfig, ResolvedLighterOptions } from "./options.js";
import { feeTicks } from "./render.js";
import {
  type LighterAccount,
  type LighterMarket,
  type OrderMeta,
  type PositionFundingRecord,
  pushCapped,
  type TradeRecord,
  type TxRecord,
} from "./state.js";

/** What changed for one account since the last publication. */
export interface AccountChange {
  readonly orders: OrderMeta[];
  readonly trades: TradeRecord[];
  readonly positions: Set<number>;
  readonly fundings: PositionFundingRecord[];
  balance: boolean;
}

/** Where the venue pushes what its WebSocket channels carry. */
export interface LighterStreams {
  /** A book change; `beginNonce` is the nonce before it, `market.bookNonce` the one after. */
  book(
    market: LighterMarket,
    bids: readonly BookLevel[],
    asks: readonly BookLevel[],
    beginNonce: bigint,
  ): void;
  trades(market: LighterMarket, trades: readonly TradeRecord[]): void;
  markChanged(market: LighterMarket): void;
  account(account: LighterAccount, change: AccountChange): void;
  tx(account: LighterAccount, tx: TxRecord): void;
  height(height: number): void;
}

/** The order the current transaction is placing: its Lighter fields, matched to the engine's accept event. */
export interface PendingOrder {
  readonly accountId: string;
  readonly clientOrderIndex: bigint;
  readonly marketId: number;
  readonly type: string;
  readonly timeInForce: string;
  readonly orderExpiry: number;
  readonly nonce: bigint;
  readonly triggerPrice: string;
}

const HISTORY = 10_000;
const MARKET_TRADES = 5_000;
/** Account index shown for the built-in market maker: a sub-account/pool index (>= 2^47). */
export const MARKET_MAKER_ACCOUNT_INDEX = 281474976624800n;
/** Synthetic indexes for orders the matching engine refused (it assigns none to them). */
const REFUSED_ORDER_INDEX_START = 1n << 59n;

const CANCEL_STATUS: Readonly<Record<CancelReason, string>> = {
  requested: "canceled",
  "self-trade-prevention": "canceled-self-trade",
  "unfilled-immediate-or-cancel": "canceled",
  "reduce-only": "canceled-reduce-only",
  "market-maker-requote": "canceled",
};

/**
 * Lighter's exchange state over the venue-neutral engine: accounts with API keys and nonces, order
 * metadata (order and client order indexes, Lighter enums), trades, transactions, funding history,
 * and the change feed the stream layer renders.
 */
export class LighterVenue {
  readonly engine: Engine;
  readonly options: ResolvedLighterOptions;
  readonly markets = new Map<number, LighterMarket>();
  readonly #bySymbol = new Map<string, LighterMarket>();
  readonly accounts = new Map<string, LighterAccount>();
  readonly metas = new Map<string, OrderMeta>();
  readonly txs = new Map<string, TxRecord>();
  readonly #txOrder: string[] = [];
  readonly startedAt: number;
  streams: LighterStreams | undefined;
  blockHeight = 1;
  sequenceIndex = 0;
  /** Set while a transaction executes, so engine events can be attributed to it. */
  pending: PendingOrder | undefined;
  currentTx: { hash: string; blockHeight: number } | undefined;
  #nextRefusedIndex = REFUSED_ORDER_INDEX_START;
  readonly #dirty = new Map<string, AccountChange>();
  readonly #dirtyTrades = new Map<number, TradeRecord[]>();
  #flushScheduled = false;

  constructor(options: ResolvedLighterOptions, clock: Clock) {
    this.options = options;
    this.engine = new Engine({
      markets: options.markets.map(engineMarketConfig),
      clock,
      seed: options.seed,
      orderIdStart: options.orderIndexStart,
      recentTradeLimit: MARKET_TRADES,
    });
    this.startedAt = clock.now();
    for (const config of options.markets) {
      const market: LighterMarket = {
        config,
        bookNonce: 1n,
        trades: [],
        fundings: [],
        nextFundingAt: this.engine.market(config.symbol)!.nextFundingAt,
      };
      this.markets.set(config.marketId, market);
      this.#bySymbol.set(config.symbol, market);
    }
    for (const account of options.accounts) this.addAccount(account);
    this.engine.subscribe((event) => this.#onEvent(event));
  }

  now(): number {
    return this.engine.clock.now();
  }

  addAccount(config: LighterAccountConfig): LighterAccount {
    const engineId = config.accountIndex.toString();
    this.engine.createAccount({ id: engineId, collateral: config.collateral ?? "0" });
    const now = this.now();
    const account: LighterAccount = {
      index: config.accountIndex,
      engineId,
      l1Address: config.l1Address,
      apiKeys: new Map(
        config.apiKeys.map((k) => [
          k.apiKeyIndex,
          {
            publicKey: k.publicKey.toLowerCase().replace(/^0x/, ""),
            nextNonce: 0n,
            transactionTime: now * 1000,
          },
        ]),
      ),
      createdAt: now,
      inactiveOrders: [],
      trades: [],
      txs: [],
      withdrawals: [],
      transfers: [],
      deposits: [],
      fundings: [],
      marginFractions: new Map(),
      cancelAllTime: 0,
      volumeQuota: 1000,
    };
    const collateral = config.collateral ?? "0";
    if (new Big(collateral).gt(0)) {
      account.deposits.push({ id: "1", amount: collateral, timestamp: now, txHash: "" });
    }
    this.accounts.set(engineId, account);
    return account;
  }

  account(index: bigint): LighterAccount | undefined {
    return this.accounts.get(index.toString());
  }

  marketBySymbol(symbol: string): LighterMarket | undefined {
    return this.#bySymbol.get(symbol);
  }

  /** The account index a trade shows for an engine account (the market maker gets a pool index). */
  indexOfEngineAccount(engineId: string): bigint {
    return this.accounts.get(engineId)?.index ?? MARKET_MAKER_ACCOUNT_INDEX;
  }

  /** Credits USDC to an account (a bridge deposit). */
  deposit(index: bigint, amount: string): void {
    const account = this.account(index);
    if (account === undefined) throw new RangeError(`unknown account ${index}`);
    const result = this.engine.deposit(account.engineId, amount);
    if (!result.ok) throw new RangeError(result.message);
    account.deposits.push({
      id: String(account.deposits.length + 1),
      amount,
      timestamp: this.now(),
      txHash: "",
    });
  }

  /** One engine step, then due funding records and scheduled cancel-alls. */
  tick(): void {
    this.engine.tick();
    for (const market of this.markets.values()) {
      const view = this.engine.market(market.config.symbol)!;
      while (market.nextFundingAt < view.nextFundingAt) {
        pushCapped(
          market.fundings,
          {
            timestamp: Math.floor(market.nextFundingAt / 1000),
            rate: view.fundingRate,
            value: view.markPrice,
          },
          HISTORY,
        );
        market.nextFundingAt += LIGHTER_FUNDING_INTERVAL_MS;
      }
    }
    this.runScheduledCancels();
  }

  runScheduledCancels(): void {
    const now = this.now();
    for (const account of this.accounts.values()) {
      if (account.cancelAllTime > 0 && account.cancelAllTime <= now) {
        account.cancelAllTime = 0;
        this.engine.cancelAll({ accountId: account.engineId });
      }
    }
  }

  /** Records an executed or failed transaction and publishes it on `account_tx`. */
  recordTx(account: LighterAccount, tx: TxRecord): void {
    account.txs.push(tx);
    if (account.txs.length > HISTORY) account.txs.shift();
    this.txs.set(tx.hash, tx);
    this.#txOrder.push(tx.hash);
    if (this.#txOrder.length > HISTORY * 10) this.txs.delete(this.#txOrder.shift()!);
    this.streams?.tx(account, tx);
    this.streams?.height(tx.blockHeight);
  }

  /**
   * An order the matching engine refused at placement (asynchronous mode): it still gets an order
   * index and appears as a finished order with Lighter's cancel status.
   */
  recordRefusedOrder(
    pending: PendingOrder,
    view: Omit<OrderView, "id" | "status" | "filledSize" | "remainingSize" | "averageFillPrice">,
    finalStatus: string,
  ): OrderMeta {
    const orderIndex = this.#nextRefusedIndex++;
    const meta: OrderMeta = {
      ...this.#metaFields(pending, orderIndex),
      finalStatus,
      filledQuote: "0",
      view: {
        ...view,
        id: orderIndex.toString(),
        status: "rejected",
        filledSize: "0",
        remainingSize: "0",
        averageFillPrice: undefined,
      },
    };
    this.metas.set(meta.view.id, meta);
    const account = this.accounts.get(pending.accountId)!;
    this.#finish(account, meta.view.id);
    this.#change(account).orders.push(meta);
    return meta;
  }

  #metaFields(pending: PendingOrder, orderIndex: bigint) {
    return {
      orderIndex,
      clientOrderIndex: pending.clientOrderIndex,
      marketId: pending.marketId,
      accountIndex: this.accounts.get(pending.accountId)!.index,
      type: pending.type,
      timeInForce: pending.timeInForce,
      orderExpiry: pending.orderExpiry,
      nonce: pending.nonce,
      triggerPrice: pending.triggerPrice,
      txHash: this.currentTx?.hash ?? "",
      blockHeight: this.currentTx?.blockHeight ?? this.blockHeight,
    };
  }

  // ---- engine events ----------------------------------------------------------------------------

  #onEvent(event: EngineEvent): void {
    switch (event.type) {
      case "order-accepted": {
        const account = this.accounts.get(event.order.accountId);
        const pending = this.pending;
        if (account === undefined || pending === undefined || pending.accountId !== account.engineId) return;
        const meta: OrderMeta = {
          ...this.#metaFields(pending, BigInt(event.order.id)),
          finalStatus: undefined,
          filledQuote: "0",
          view: event.order,
        };
        this.metas.set(event.order.id, meta);
        this.#change(account).orders.push(meta);
        return;
      }
      case "order-updated":
      case "order-expired":
        this.#orderChanged(event.order, undefined);
        return;
      case "order-filled": {
        const meta = this.metas.get(event.order.id);
        if (meta !== undefined) {
          meta.filledQuote = new Big(meta.filledQuote)
            .plus(new Big(event.fill.price).times(event.fill.size))
            .toString();
        }
        this.#orderChanged(event.order, undefined);
        return;
      }
      case "order-cancelled":
        this.#orderChanged(event.order, CANCEL_STATUS[event.reason]);
        return;
      case "order-rejected":
        if (event.order !== undefined) this.#orderChanged(event.order, cancelStatusOfRejection(event.reason));
        return;
      case "trade":
        this.#onTrade(event.trade);
        return;
      case "position-changed": {
        const account = this.accounts.get(event.position.accountId);
        const market = this.#bySymbol.get(event.market);
        if (account !== undefined && market !== undefined)
          this.#change(account).positions.add(market.config.marketId);
        return;
      }
      case "balance-changed": {
        const account = this.accounts.get(event.balance.accountId);
        if (account !== undefined) this.#change(account).balance = true;
        return;
      }
      case "funding-paid": {
        const account = this.accounts.get(event.accountId);
        const market = this.#bySymbol.get(event.market);
        if (account === undefined || market === undefined) return;
        const record: PositionFundingRecord = {
          timestamp: event.time,
          marketId: market.config.marketId,
          fundingId: event.seq,
          change: event.payment,
          rate: event.rate,
          positionSize: new Big(event.positionSize).abs().toString(),
          positionSide: new Big(event.positionSize).lt(0) ? "short" : "long",
        };
        pushCapped(account.fundings, record, HISTORY);
        this.#change(account).fundings.push(record);
        return;
      }
      case "mark-price-changed": {
        const market = this.#bySymbol.get(event.market);
        if (market !== undefined) this.streams?.markChanged(market);
        return;
      }
      case "book-changed": {
        const market = this.#bySymbol.get(event.market);
        if (market === undefined) return;
        const begin = market.bookNonce;
        market.bookNonce += 1n;
        this.streams?.book(market, event.bids, event.asks, begin);
        return;
      }
    }
  }

  #orderChanged(order: OrderView, cancelStatus: string | undefined): void {
    const meta = this.metas.get(order.id);
    const account = this.accounts.get(order.accountId);
    if (meta === undefined || account === undefined) return;
    meta.view = order;
    if (cancelStatus !== undefined) meta.finalStatus = cancelStatus;
    const finished =
      order.status !== "open" && order.status !== "partially-filled" && order.status !== "untriggered";
    if (finished) this.#finish(account, order.id);
    this.#change(account).orders.push(meta);
  }

  #finish(account: LighterAccount, id: string): void {
    account.inactiveOrders.push(id);
    if (account.inactiveOrders.length > HISTORY) {
      for (const dropped of account.inactiveOrders.splice(0, account.inactiveOrders.length - HISTORY)) {
        this.metas.delete(dropped);
      }
    }
  }

  #onTrade(trade: TradeView): void {
    const market = this.#bySymbol.get(trade.market);
    if (market === undefined) return;
    const maker = this.metas.get(trade.makerOrderId);
    const taker = this.metas.get(trade.takerOrderId);
    const takerIsBid = trade.takerSide === "buy";
    const makerAccount = this.indexOfEngineAccount(trade.makerAccountId);
    const takerAccount = this.indexOfEngineAccount(trade.takerAccountId);
    const record: TradeRecord = {
      trade,
      marketId: market.config.marketId,
      txHash: taker?.txHash ?? this.currentTx?.hash ?? "",
      blockHeight: this.currentTx?.blockHeight ?? this.blockHeight,
      askId: BigInt(takerIsBid ? trade.makerOrderId : trade.takerOrderId),
      bidId: BigInt(takerIsBid ? trade.takerOrderId : trade.makerOrderId),
      askClientId: (takerIsBid ? maker : taker)?.clientOrderIndex ?? 0n,
      bidClientId: (takerIsBid ? taker : maker)?.clientOrderIndex ?? 0n,
      askAccountId: takerIsBid ? makerAccount : takerAccount,
      bidAccountId: takerIsBid ? takerAccount : makerAccount,
      isMakerAsk: takerIsBid,
      takerFeeTicks: feeTicks(market.config.takerFee),
      makerFeeTicks: feeTicks(market.config.makerFee),
    };
    pushCapped(market.trades, record, MARKET_TRADES);
    let batch = this.#dirtyTrades.get(market.config.marketId);
    if (batch === undefined) {
      batch = [];
      this.#dirtyTrades.set(market.config.marketId, batch);
    }
    batch.push(record);
    for (const engineId of new Set([trade.makerAccountId, trade.takerAccountId])) {
      const account = this.accounts.get(engineId);
      if (account === undefined) continue;
      pushCapped(account.trades, record, HISTORY);
      this.#change(account).trades.push(record);
    }
    this.#scheduleFlush();
  }

  #change(account: LighterAccount): AccountChange {
    let change = this.#dirty.get(account.engineId);
    if (change === undefined) {
      change = { orders: [], trades: [], positions: new Set(), fundings: [], balance: false };
      this.#dirty.set(account.engineId, change);
    }
    this.#scheduleFlush();
    return change;
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return;
    this.#flushScheduled = true;
    queueMicrotask(() => this.flush());
  }

  /** Publishes the trades and account changes collected since the last flush (one frame per channel). */
  flush(): void {
    this.#flushScheduled = false;
    const trades = [...this.#dirtyTrades];
    this.#dirtyTrades.clear();
    const changes = [...this.#dirty];
    this.#dirty.clear();
    const streams = this.streams;
    if (streams === undefined) return;
    for (const [marketId, records] of trades) streams.trades(this.markets.get(marketId)!, records);
    for (const [engineId, change] of changes) {
      const account = this.accounts.get(engineId)!;
      const unique = new Map(change.orders.map((m) => [m.view.id, m]));
      streams.account(account, { ...change, orders: [...unique.values()] });
    }
  }
}

import {
  AbortedError,
  type AccountEvent,
  assertCapability,
  assertOrderSupported,
  type Balance,
  type CancelAllOrdersRequest,
  type CancelOrderRequest,
  type Capabilities,
  Fanout,
  type FetchOrderBookOptions,
  type FundingRate,
  httpClientSettings,
  type IterateOptions,
  type Listener,
  type LoadMarketsOptions,
  type Market,
  newOrderFromRequest,
  type Order,
  type OrderBookSnapshot,
  OrderTracker,
  PerpError,
  type Perpetual,
  type PlaceOrderRequest,
  type Position,
  parseCancelAllOrdersRequest,
  parseCancelOrderRequest,
  parsePlaceOrderRequest,
  parseSetLeverageRequest,
  type Readiness,
  ReadinessTracker,
  type RequestOptions,
  registerAccountComponents,
  SessionTimers,
  type SetLeverageRequest,
  type StartOptions,
  type SubscribeFn,
  type Subscription,
  type ValidatedPlaceOrderRequest,
  ValidationError,
  type WatchOptions,
  type WatchStream,
  watchBoth,
} from "@perp/core";
import { ExtendedRestClient } from "../rest/client.js";
import { type ExtendedEnvironment, resolveEnvironment } from "../rest/environments.js";
import type { Market as ExtendedMarket } from "../schemas/market.js";
import { StarkSigner } from "../signing/index.js";
import { toBalance, toOrder, toPosition } from "../ws/account/map.js";
import { ExtendedStreams } from "../ws/streams.js";
import { ACCOUNT_REASONS, AccountFeed } from "./account-feed.js";
import { BookFeeds } from "./book-feeds.js";
import { EXTENDED_CAPABILITIES } from "./capabilities.js";
import {
  checkVault,
  type ExtendedPerpetualConfig,
  type ResolvedTrading,
  resolveDelays,
  resolveTrading,
} from "./config.js";
import { isDefinitiveRefusal, refusalReason } from "./errors.js";
import { joinFeed } from "./feed-watcher.js";
import { FundingFeeds, fundingReason } from "./funding-feeds.js";
import { fundingFromStats, toMarket } from "./market-map.js";
import { buildOrderIntent, checkOrderRules, orderExpiry, worstPrice } from "./order-intent.js";

const VENUE = "extended";

interface CatalogEntry {
  raw: ExtendedMarket;
  market: Market;
}

/** Everything start() opens; stop() closes all of it. */
interface Session {
  streams: ExtendedStreams;
  timers: SessionTimers;
  abort: AbortController;
  books: BookFeeds;
  funding: FundingFeeds;
  account: AccountFeed | undefined;
}

interface TradingKey {
  signer: StarkSigner;
  vault: string;
}

function requestOptions(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal === undefined ? {} : { signal };
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortedError("the call was aborted", { venue: VENUE, cause: signal.reason });
}

function invalid(path: string, message: string): ValidationError {
  return new ValidationError(`${path} ${message}`, { venue: VENUE, issues: [{ path: [path], message }] });
}

/**
 * Extended (Starknet) behind the core `Perpetual` interface: markets and funding over REST, order
 * books from the v1 streams, orders signed with the Stark key and tracked from `pending` to a
 * final state through the `/account` stream, reconciled over REST after every reconnect.
 *
 * Readiness components: `markets` (GET /info/markets), `orderBooks` (one part per watched market,
 * the stream's SNAPSHOT), `funding` (one part per watched market, market stats or the funding
 * stream), and with credentials `balances`, `positions`, `openOrders` (REST or the account
 * snapshot burst) and `accountStream` (the burst, and after a reconnect the reconciliation).
 */
export class ExtendedPerpetual implements Perpetual {
  readonly venue = VENUE;
  readonly capabilities: Capabilities = EXTENDED_CAPABILITIES;
  readonly readiness: Readiness;
  readonly rest: ExtendedRestClient;
  readonly environment: ExtendedEnvironment;
  /** True without credentials: market data only. */
  readonly readOnly: boolean;
  /** Markets start() loads books and funding for. */
  readonly watchedMarkets: readonly string[];
  readonly #config: ExtendedPerpetualConfig;
  readonly #tracker: ReadinessTracker;
  readonly #orders: OrderTracker;
  readonly #events = new Fanout<AccountEvent>();
  readonly #inFlight = new Set<string>();
  readonly #trading: ResolvedTrading;
  readonly #delays: ReturnType<typeof resolveDelays>;
  readonly #clock: () => number;
  readonly #key: TradingKey | undefined;
  readonly #apiKey: string | undefined;
  readonly #fees = new Map<string, string>();
  #catalog: Map<string, CatalogEntry> | undefined;
  #loadingMarkets: Promise<Market[]> | undefined;
  #session: Session | undefined;
  #started = false;

  constructor(config: ExtendedPerpetualConfig = {}) {
    this.#config = config;
    this.#clock = config.clock ?? Date.now;
    this.environment = resolveEnvironment(config.network ?? "mainnet", {
      ...(config.baseUrl !== undefined ? { baseUrl: config.baseUrl } : {}),
      ...(config.restBaseUrl !== undefined ? { restBaseUrl: config.restBaseUrl } : {}),
      ...(config.onboardingBaseUrl !== undefined ? { onboardingBaseUrl: config.onboardingBaseUrl } : {}),
      ...(config.streamBaseUrl !== undefined ? { streamBaseUrl: config.streamBaseUrl } : {}),
      ...(config.streamRpcUrl !== undefined ? { streamRpcUrl: config.streamRpcUrl } : {}),
      ...(config.signingDomain !== undefined ? { signingDomain: config.signingDomain } : {}),
    });
    this.#trading = resolveTrading(config.trading, this.environment.maxOrderExpiryMs);
    this.#delays = resolveDelays(config);
    const credentials = config.credentials;
    if (credentials !== undefined) {
      const vault = checkVault(credentials.vault);
      this.#key = { signer: StarkSigner.fromPrivateKey(credentials.starkPrivateKey), vault };
      this.#apiKey = credentials.apiKey;
    }
    this.readOnly = credentials === undefined;
    this.rest = new ExtendedRestClient({
      network: this.environment,
      ...(this.#apiKey !== undefined ? { apiKey: this.#apiKey } : {}),
      ...(config.userAgent !== undefined ? { userAgent: config.userAgent } : {}),
      ...httpClientSettings({ ...config.rest, fetch: config.fetch }),
    });
    const watched = [...new Set(config.markets ?? [])];
    for (const symbol of watched) {
      if (typeof symbol !== "string" || symbol.trim() === "")
        throw invalid("markets", 'must list market names such as "BTC-USD"');
    }
    this.watchedMarkets = Object.freeze(watched);

    this.#tracker = new ReadinessTracker({ venue: VENUE, readOnly: this.readOnly, clock: this.#clock });
    this.#tracker.register("markets", { reason: "waiting for markets (GET /info/markets)" });
    this.#tracker.register("orderBooks", { parts: watched });
    this.#tracker.register("funding", { parts: [] });
    for (const symbol of watched) this.#tracker.registerPart("funding", symbol, fundingReason(symbol));
    registerAccountComponents(this.#tracker, { readOnly: this.readOnly, reasons: ACCOUNT_REASONS });
    this.readiness = this.#tracker;

    this.#orders = new OrderTracker({ clock: this.#clock });
    this.#orders.on("change", ({ order }) =>
      this.#events.emit({ type: "order", order, receivedAt: this.#clock() }),
    );
  }

  // ── lifecycle ─────────────────────────────────────────────────────────────────────────────────

  /**
   * Loads markets (one attempt; failures are retried in the background and reported by
   * readiness), then opens the book and funding feeds of the watched markets and, with
   * credentials, the account stream and the REST account snapshots. Throws a ValidationError when
   * a watched market does not exist. With `waitUntilReady` it also waits for every component.
   */
  async start(options: StartOptions = {}): Promise<void> {
    throwIfAborted(options.signal);
    if (!this.#started) {
      this.#started = true;
      const session = this.#ensureSession();
      try {
        await this.#loadMarketsUntilLoaded(session);
        if (this.#catalog !== undefined) {
          const unknown = this.watchedMarkets.filter((symbol) => !this.#catalog?.has(symbol));
          if (unknown.length > 0) throw invalid("markets", `lists unknown markets: ${unknown.join(", ")}`);
        }
      } catch (error) {
        await this.stop();
        throw error;
      }
      for (const symbol of this.watchedMarkets) {
        session.books.open(symbol, true);
        session.funding.open(symbol, true);
      }
      if (!this.readOnly) {
        this.#ensureAccount(session);
        void this.#prefetchFees(session);
      }
    }
    if (options.waitUntilReady === true) {
      await this.#tracker.ready({
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...requestOptions(options.signal),
      });
    }
  }

  /**
   * Closes every socket and timer. Live subscriptions end with an AbortedError (their `onError`,
   * or the iterator's next()). Tracked orders are kept: after start() they are reconciled.
   */
  async stop(): Promise<void> {
    this.#started = false;
    const session = this.#session;
    this.#session = undefined;
    if (session === undefined) return;
    session.abort.abort();
    session.timers.close();
    const stopped = new AbortedError("ExtendedPerpetual was stopped", { venue: VENUE });
    this.#events.fail(stopped);
    await Promise.all([
      session.books.close(stopped),
      session.funding.close(stopped),
      session.account?.close(),
    ]);
    await session.streams.close();
    for (const component of Object.keys(this.#tracker.status().components)) {
      this.#tracker.markStale(component, "stopped: call start() to reconnect");
    }
  }

  // ── markets and market data ───────────────────────────────────────────────────────────────────

  async loadMarkets(options: LoadMarketsOptions = {}): Promise<Market[]> {
    if (this.#catalog !== undefined && options.reload !== true) {
      return [...this.#catalog.values()].map((entry) => entry.market);
    }
    if (this.#loadingMarkets !== undefined && options.reload !== true) return this.#loadingMarkets;
    const loading = this.#fetchMarkets(options.signal).finally(() => {
      if (this.#loadingMarkets === loading) this.#loadingMarkets = undefined;
    });
    this.#loadingMarkets = loading;
    return loading;
  }

  async #fetchMarkets(signal: AbortSignal | undefined): Promise<Market[]> {
    try {
      const raw = await this.rest.getMarkets(undefined, requestOptions(signal));
      this.#catalog = new Map(raw.map((m) => [m.name, { raw: m, market: toMarket(m) }]));
      this.#tracker.markReady("markets", { evidence: "rest-response" });
      return [...this.#catalog.values()].map((entry) => entry.market);
    } catch (error) {
      if (!(error instanceof AbortedError)) this.#tracker.markFailed("markets", error);
      throw error;
    }
  }

  async fetchOrderBook(symbol: string, options: FetchOrderBookOptions = {}): Promise<OrderBookSnapshot> {
    const depth = options.depth;
    if (depth !== undefined && (!Number.isSafeInteger(depth) || depth < 1)) {
      throw invalid("depth", "must be a positive whole number of levels");
    }
    await this.#entry(symbol, options.signal);
    const book = await this.rest.getOrderBook({ market: symbol }, requestOptions(options.signal));
    const side = (levels: { price: string; qty: string }[]) =>
      levels.slice(0, depth).map((level) => ({ price: level.price, size: level.qty }));
    return {
      symbol,
      bids: side(book.bid),
      asks: side(book.ask),
      sequence: undefined,
      timestamp: this.#clock(),
    };
  }

  watchOrderBook(
    symbol: string,
    listener: Listener<OrderBookSnapshot>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchOrderBook(symbol: string, options?: IterateOptions): WatchStream<OrderBookSnapshot>;
  watchOrderBook(
    symbol: string,
    listenerOrOptions?: Listener<OrderBookSnapshot> | IterateOptions,
    options?: WatchOptions,
  ): Promise<Subscription> | WatchStream<OrderBookSnapshot> {
    const subscribe: SubscribeFn<OrderBookSnapshot> = async (listener, { onError, signal }) => {
      await this.#entry(symbol, signal);
      const session = this.#ensureSession();
      const feed = session.books.open(symbol, false);
      return joinFeed({
        feed,
        release: (f) => session.books.release(f),
        values: feed.books,
        listener,
        onError,
        current: () => feed.stream.snapshot(),
      });
    };
    return watchBoth(subscribe, listenerOrOptions, options, {
      overflow: "drop-oldest",
      name: `extended order book ${symbol}`,
    });
  }

  async fetchFunding(symbol: string, options: RequestOptions = {}): Promise<FundingRate> {
    await this.#entry(symbol, options.signal);
    const stats = await this.rest.getMarketStats({ market: symbol }, requestOptions(options.signal));
    return fundingFromStats(symbol, stats, this.#clock());
  }

  watchFunding(
    symbol: string,
    listener: Listener<FundingRate>,
    options?: WatchOptions,
  ): Promise<Subscription>;
  watchFunding(symbol: string, options?: IterateOptions): WatchStream<FundingRate>;
  watchFunding(
    symbol: string,
    listenerOrOptions?: Listener<FundingRate> | IterateOptions,
    options?: WatchOptions,
  ): Promise<Subscription> | WatchStream<FundingRate> {
    const subscribe: SubscribeFn<FundingRate> = async (listener, { onError, signal }) => {
      await this.#entry(symbol, signal);
      const session = this.#ensureSession();
      const feed = session.funding.open(symbol, false);
      return joinFeed({
        feed,
        release: (f) => session.funding.release(f),
        values: feed.rates,
        listener,
        onError,
        current: () => feed.latest,
      });
    };
    return watchBoth(subscribe, listenerOrOptions, options, {
      overflow: "drop-oldest",
      name: `extended funding ${symbol}`,
    });
  }

  // ── account ───────────────────────────────────────────────────────────────────────────────────

  async fetchBalances(options: RequestOptions = {}): Promise<Balance[]> {
    this.#requireKey("fetchBalances");
    return [toBalance(await this.rest.getBalance(requestOptions(options.signal)))];
  }

  async fetchPositions(options: RequestOptions & { symbols?: readonly string[] } = {}): Promise<Position[]> {
    this.#requireKey("fetchPositions");
    for (const symbol of options.symbols ?? []) await this.#entry(symbol, options.signal);
    const params = options.symbols === undefined ? {} : { market: [...options.symbols] };
    const receivedAt = this.#clock();
    const positions = await this.rest.getPositions(params, requestOptions(options.signal));
    return positions.map((p) => toPosition(p, receivedAt)).filter((p) => p.size !== "0");
  }

  /** Open orders over REST; each is applied to the order tracker, which returns it merged with what it knew. */
  async fetchOpenOrders(options: RequestOptions & { symbol?: string } = {}): Promise<Order[]> {
    this.#requireKey("fetchOpenOrders");
    if (options.symbol !== undefined) await this.#entry(options.symbol, options.signal);
    const params = options.symbol === undefined ? {} : { market: options.symbol };
    const raw = await this.rest.getOpenOrders(params, requestOptions(options.signal));
    const out: Order[] = [];
    for (const item of raw) {
      const order = toOrder(item);
      if (order === undefined) continue;
      out.push(this.#orders.applyUpdate(order, "rest") ?? order);
    }
    return out;
  }

  watchAccount(listener: Listener<AccountEvent>, options?: WatchOptions): Promise<Subscription>;
  watchAccount(options?: IterateOptions): WatchStream<AccountEvent>;
  watchAccount(
    listenerOrOptions?: Listener<AccountEvent> | IterateOptions,
    options?: WatchOptions,
  ): Promise<Subscription> | WatchStream<AccountEvent> {
    const subscribe: SubscribeFn<AccountEvent> = async (listener, { onError }) => {
      this.#requireKey("watchAccount");
      const account = this.#ensureAccount(this.#ensureSession());
      const off = this.#events.add(listener, onError);
      try {
        await account.opened;
      } catch (error) {
        off();
        throw error;
      }
      return { unsubscribe: async () => off() };
    };
    return watchBoth(subscribe, listenerOrOptions, options, { overflow: "error", name: "extended account" });
  }

  /** An order as tracked (by venue id or client order id), or undefined. */
  getOrder(key: { id?: string; clientOrderId?: string }): Order | undefined {
    return this.#orders.get(key);
  }

  /** Every tracked order that is not final yet (pending ones included). */
  trackedOpenOrders(symbol?: string): Order[] {
    return this.#orders.open(symbol);
  }

  /** Balance and positions as the account stream and REST snapshots left them. */
  accountState(): { balances: Balance[]; positions: Position[] } {
    const state = this.#session?.account?.state;
    return { balances: state?.balances ?? [], positions: state?.positions ?? [] };
  }

  // ── trading ───────────────────────────────────────────────────────────────────────────────────

  /**
   * Validates, signs and sends an order. Resolves with the tracked order, still `pending`: a POST
   * accepted by Extended's REST layer is not yet accepted by its matching engine, whose answer
   * (open, filled, or rejected with a reason such as POST_ONLY_FAILED) arrives on watchAccount.
   * A refused POST marks the order `rejected` and throws the mapped error; a POST whose outcome
   * is unknown (timeout, 5xx) throws, and the order is looked up by its external id shortly after.
   */
  async placeOrder(request: PlaceOrderRequest, options: RequestOptions = {}): Promise<Order> {
    const order = parsePlaceOrderRequest(request);
    assertOrderSupported(order, this.capabilities, VENUE);
    const key = this.#requireKey("placeOrder");
    const entry = await this.#entry(order.symbol, options.signal);
    checkOrderRules(order, entry.market, this.#clock(), this.environment.maxOrderExpiryMs);
    const session = this.#ensureSession();
    const account = this.#ensureAccount(session);
    const [feeRate, price] = await Promise.all([
      this.#feeRate(order.symbol, options.signal),
      this.#orderPrice(order, entry, options.signal),
    ]);
    throwIfAborted(options.signal);
    const clientOrderId = order.clientOrderId ?? crypto.randomUUID();
    const intent = buildOrderIntent({
      order,
      market: entry.raw,
      unified: entry.market,
      clientOrderId,
      vault: key.vault,
      feeRate,
      price,
      expiryEpochMillis: orderExpiry(order, this.#clock(), this.#trading),
      trading: this.#trading,
    });
    const tracked = newOrderFromRequest(order, clientOrderId);
    this.#orders.track(tracked);
    this.#inFlight.add(clientOrderId);
    try {
      const placed = await this.rest.createOrder(
        { signer: key.signer, order: intent },
        requestOptions(options.signal),
      );
      this.#orders.applyUpdate({ ...tracked, id: placed.id, status: "pending" }, "rest");
    } catch (error) {
      if (isDefinitiveRefusal(error)) {
        this.#orders.reject(clientOrderId, refusalReason(error));
      } else {
        session.timers.after(this.#delays.retryDelayMs, () => {
          const current = this.#orders.get({ clientOrderId });
          if (current !== undefined && current.status === "pending")
            void account.lookUp(current).catch(() => {});
        });
      }
      throw error;
    } finally {
      this.#inFlight.delete(clientOrderId);
    }
    const current = this.#orders.get({ clientOrderId });
    if (current === undefined)
      throw new PerpError(`order ${clientOrderId} is no longer tracked`, { venue: VENUE });
    return current;
  }

  /** Cancels by venue id (DELETE /user/order/{id}) or client id (?externalId=); the final state arrives on watchAccount. */
  async cancelOrder(request: CancelOrderRequest, options: RequestOptions = {}): Promise<void> {
    const cancel = parseCancelOrderRequest(request);
    this.#requireKey("cancelOrder");
    if (cancel.symbol !== undefined) await this.#entry(cancel.symbol, options.signal);
    if (cancel.orderId !== undefined) {
      if (!/^\d+$/.test(cancel.orderId)) throw invalid("orderId", "must be an Extended order id (digits)");
      await this.rest.cancelOrder({ id: cancel.orderId }, requestOptions(options.signal));
    } else if (cancel.clientOrderId !== undefined) {
      await this.rest.cancelOrderByExternalId(
        { externalId: cancel.clientOrderId },
        requestOptions(options.signal),
      );
    }
  }

  async cancelAllOrders(request: CancelAllOrdersRequest = {}, options: RequestOptions = {}): Promise<void> {
    const { symbol } = parseCancelAllOrdersRequest(request);
    this.#requireKey("cancelAllOrders");
    if (symbol !== undefined) await this.#entry(symbol, options.signal);
    await this.rest.massCancel(
      symbol === undefined ? { cancelAll: true } : { markets: [symbol] },
      requestOptions(options.signal),
    );
  }

  /** Cancels the given orders in one request (POST /user/order/massCancel). */
  async cancelOrders(requests: readonly CancelOrderRequest[], options: RequestOptions = {}): Promise<void> {
    if (!Array.isArray(requests) || requests.length === 0)
      throw invalid("requests", "must list at least one order");
    const cancels = requests.map((r) => parseCancelOrderRequest(r));
    this.#requireKey("cancelOrders");
    const orderIds = cancels.flatMap((c) => (c.orderId === undefined ? [] : [c.orderId]));
    const externalOrderIds = cancels.flatMap((c) => (c.clientOrderId === undefined ? [] : [c.clientOrderId]));
    if (orderIds.some((id) => !/^\d+$/.test(id)))
      throw invalid("orderId", "must be an Extended order id (digits)");
    await this.rest.massCancel(
      {
        ...(orderIds.length > 0 ? { orderIds } : {}),
        ...(externalOrderIds.length > 0 ? { externalOrderIds } : {}),
      },
      requestOptions(options.signal),
    );
  }

  /** Dead man's switch: every open order is cancelled after `timeoutMs` unless called again; 0 disarms. Whole seconds, rounded up. */
  async cancelAllAfter(timeoutMs: number, options: RequestOptions = {}): Promise<void> {
    if (!Number.isSafeInteger(timeoutMs) || timeoutMs < 0)
      throw invalid("timeoutMs", "must be a whole number of milliseconds >= 0");
    this.#requireKey("cancelAllAfter");
    await this.rest.setDeadManSwitch(
      { countdownTime: Math.ceil(timeoutMs / 1000) },
      requestOptions(options.signal),
    );
  }

  /** Extended margins every market in cross mode; leverage has at most two decimals. */
  async setLeverage(request: SetLeverageRequest, options: RequestOptions = {}): Promise<void> {
    const { symbol, leverage, marginMode } = parseSetLeverageRequest(request);
    assertCapability(this.capabilities, "setLeverage", VENUE);
    this.#requireKey("setLeverage");
    if (marginMode === "isolated")
      throw invalid("marginMode", "isolated margin is not offered by Extended (cross only)");
    const text = String(leverage);
    if (!/^\d+(\.\d{1,2})?$/.test(text)) throw invalid("leverage", "must have at most two decimal places");
    const { market } = await this.#entry(symbol, options.signal);
    if (market.maxLeverage !== undefined && leverage > market.maxLeverage) {
      throw invalid("leverage", `must be at most ${market.maxLeverage} for ${symbol}`);
    }
    await this.rest.updateLeverage({ market: symbol, leverage: text }, requestOptions(options.signal));
  }

  // ── internals ─────────────────────────────────────────────────────────────────────────────────

  #ensureSession(): Session {
    if (this.#session !== undefined) return this.#session;
    const c = this.#config;
    const streams = new ExtendedStreams({
      streamUrl: this.environment.streamBaseUrl,
      ...(this.#apiKey !== undefined ? { apiKey: this.#apiKey } : {}),
      ...(c.stream?.apiKeyTransport !== undefined ? { apiKeyTransport: c.stream.apiKeyTransport } : {}),
      ...(c.userAgent !== undefined ? { userAgent: c.userAgent } : {}),
      ...(c.WebSocketImpl !== undefined ? { WebSocketImpl: c.WebSocketImpl } : {}),
      ...(c.stream?.heartbeatIntervalMs !== undefined
        ? { heartbeatIntervalMs: c.stream.heartbeatIntervalMs }
        : {}),
      ...(c.stream?.staleAfterMs !== undefined ? { staleAfterMs: c.stream.staleAfterMs } : {}),
      ...(c.stream?.connectTimeoutMs !== undefined ? { connectTimeoutMs: c.stream.connectTimeoutMs } : {}),
      ...(c.stream?.reconnect !== undefined ? { reconnect: c.stream.reconnect } : {}),
    });
    const timers = new SessionTimers();
    const abort = new AbortController();
    const session: Session = {
      streams,
      timers,
      abort,
      books: new BookFeeds(streams, this.#tracker),
      funding: new FundingFeeds({
        rest: this.rest,
        streams,
        readiness: this.#tracker,
        timers,
        clock: this.#clock,
        refreshMs: this.#delays.fundingRefreshMs,
        retryDelayMs: this.#delays.retryDelayMs,
        signal: abort.signal,
      }),
      account: undefined,
    };
    this.#session = session;
    return session;
  }

  #ensureAccount(session: Session): AccountFeed {
    if (session.account !== undefined) return session.account;
    session.account = new AccountFeed({
      rest: this.rest,
      streams: session.streams,
      readiness: this.#tracker,
      orders: this.#orders,
      events: this.#events,
      inFlight: this.#inFlight,
      timers: session.timers,
      clock: this.#clock,
      retryDelayMs: this.#delays.retryDelayMs,
      snapshotGraceMs: this.#config.stream?.snapshotGraceMs,
      feeAsset: this.environment.collateral.name,
      signal: session.abort.signal,
    });
    return session.account;
  }

  /** One markets load; on failure (already reported by readiness) retried in the background. */
  async #loadMarketsUntilLoaded(session: Session): Promise<void> {
    try {
      await this.loadMarkets({ reload: true, signal: session.abort.signal });
    } catch (error) {
      if (error instanceof AbortedError || session.abort.signal.aborted) return;
      session.timers.after(this.#delays.retryDelayMs, () => void this.#loadMarketsUntilLoaded(session));
    }
  }

  async #prefetchFees(session: Session): Promise<void> {
    if (this.#trading.feeRate !== undefined) return;
    try {
      for (const fees of await this.rest.getFees({}, { signal: session.abort.signal })) {
        this.#fees.set(fees.market, fees.takerFeeRate);
      }
    } catch {
      // Fetched again per market when an order needs it.
    }
  }

  async #feeRate(symbol: string, signal: AbortSignal | undefined): Promise<string> {
    const configured = this.#trading.feeRate ?? this.#fees.get(symbol);
    if (configured !== undefined) return configured;
    const fees = await this.rest.getFees({ market: symbol }, requestOptions(signal));
    const rate = fees.find((f) => f.market === symbol)?.takerFeeRate;
    if (rate === undefined) {
      throw new PerpError(`Extended returned no fee rate for ${symbol}; set trading.feeRate`, {
        venue: VENUE,
      });
    }
    this.#fees.set(symbol, rate);
    return rate;
  }

  /** The limit price, or a market order's worst price from the book (or its trigger). */
  async #orderPrice(
    order: ValidatedPlaceOrderRequest,
    entry: CatalogEntry,
    signal: AbortSignal | undefined,
  ): Promise<string> {
    if (order.price !== undefined) return order.price;
    const { tickSize } = entry.market;
    const slippage = this.#trading.marketSlippage;
    if (order.triggerPrice !== undefined)
      return worstPrice(order.side, order.triggerPrice, slippage, tickSize);
    const book =
      this.#session?.books.snapshot(order.symbol) ??
      (await this.fetchOrderBook(order.symbol, { depth: 1, ...requestOptions(signal) }));
    const best = order.side === "buy" ? book.asks[0]?.price : book.bids[0]?.price;
    const reference =
      best ?? (await this.rest.getMarketStats({ market: order.symbol }, requestOptions(signal))).markPrice;
    return worstPrice(order.side, reference, slippage, tickSize);
  }

  async #entry(symbol: string, signal: AbortSignal | undefined): Promise<CatalogEntry> {
    if (typeof symbol !== "string" || symbol === "")
      throw invalid("symbol", 'must be a market name such as "BTC-USD"');
    if (this.#catalog === undefined) await this.loadMarkets(requestOptions(signal));
    const entry = this.#catalog?.get(symbol);
    if (entry === undefined) {
      const known = [...(this.#catalog?.keys() ?? [])].slice(0, 10).join(", ");
      throw invalid("symbol", `"${symbol}" is not an Extended market (known: ${known})`);
    }
    return entry;
  }

  #requireKey(action: string): TradingKey {
    if (this.#key === undefined) {
      throw new ValidationError(`${action} needs credentials: this ExtendedPerpetual is read-only`, {
        venue: VENUE,
        issues: [{ path: ["credentials"], message: "required for account data and trading" }],
      });
    }
    return this.#key;
  }
}

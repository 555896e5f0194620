/**
 * LighterPerpetual: the core Perpetual interface on Lighter. REST (LighterRestClient) for
 * markets, snapshots and transactions, one shared WebSocket (LighterStreams) for books, funding
 * and the account, the LighterSigner for orders and auth tokens, the nonce manager for sends, and
 * core's ReadinessTracker / OrderTracker for what is known and how far each order got.
 */
import {
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
  NotFoundError,
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
  ReadinessTracker,
  type RequestOptions,
  registerAccountComponents,
  SessionTimers,
  type SetLeverageRequest,
  type StartOptions,
  type SubscribeFn,
  type Subscription,
  ValidationError,
  type WatchOptions,
  type WatchStream,
  watchBoth,
} from "@perp/core";
import { classifyTxFailure } from "../nonce/failure.js";
import { type LighterAuthTokenProvider, signerAuthTokens } from "../rest/auth-token-provider.js";
import { LighterRestClient } from "../rest/client.js";
import { isExchangeOrderIndex } from "../rest/client-order-index.js";
import { TX_ATTRIBUTE } from "../signing/tx/attributes.js";
import { LighterStreams } from "../ws/streams.js";
import { AccountSync } from "./account-sync.js";
import { BookFeeds } from "./book-feeds.js";
import { LIGHTER_CAPABILITIES } from "./capabilities.js";
import { ClientOrderIds, parseClientOrderId } from "./client-order-ids.js";
import { type LighterPerpetualConfig, type ResolvedLighterConfig, resolveLighterConfig } from "./config.js";
import { bookFromOrders, fundingFromRest, orderFromRest } from "./mapping.js";
import { initialMarginFraction, MarketDirectory } from "./markets.js";
import { planCreateOrder } from "./order-fields.js";
import { LighterTxSender } from "./tx-sender.js";

const VENUE = "lighter";

/** Readiness reasons: each names what the component waits for. */
const REASONS = {
  markets: "waiting for markets (REST orderBookDetails)",
  funding: "waiting for funding rates (REST funding-rates)",
  balances: "waiting for account collateral (REST account or user_stats snapshot)",
  positions: "waiting for positions (REST account or account_all_positions snapshot)",
  openOrders: "waiting for open orders (REST accountActiveOrders or account_all_orders snapshot)",
  accountStream: "waiting for every account channel's snapshot",
} as const;

/** The account side of the adapter's own view, as the streams keep it. */
export interface LighterAccountView {
  openOrders: Order[];
  balances: Balance[];
  positions: Position[];
}

interface Session {
  streams: LighterStreams;
  books: BookFeeds;
}

export class LighterPerpetual implements Perpetual {
  readonly venue = VENUE;
  readonly capabilities: Capabilities = LIGHTER_CAPABILITIES;
  readonly readiness: ReadinessTracker;
  readonly rest: LighterRestClient;
  readonly #config: ResolvedLighterConfig;
  readonly #markets = new MarketDirectory();
  readonly #tracker: OrderTracker;
  readonly #accountEvents = new Fanout<AccountEvent>();
  readonly #clientIds: ClientOrderIds;
  readonly #inFlight = new Set<string>();
  readonly #tokens: LighterAuthTokenProvider | undefined;
  readonly #tx: LighterTxSender | undefined;
  readonly #account: AccountSync | undefined;
  #timers = new SessionTimers();
  #session: Session | undefined;
  #starting: Promise<void> | undefined;
  #loadingMarkets: Promise<Market[]> | undefined;

  constructor(config: LighterPerpetualConfig = {}) {
    const c = resolveLighterConfig(config);
    this.#config = c;
    const signer = c.signer;
    this.#tokens =
      signer === undefined
        ? undefined
        : signerAuthTokens(signer, {
            ttlSeconds: c.authTokenTtlSeconds,
            refreshMarginSeconds: c.authTokenRefreshMarginSeconds,
            now: c.now,
          });
    this.rest = new LighterRestClient({
      restUrl: c.environment.restUrl,
      wsUrl: c.environment.wsUrl,
      chainId: c.environment.chainId,
      ...(this.#tokens === undefined ? {} : { authToken: this.#tokens }),
      ...httpClientSettings({ ...c.rest, fetch: c.fetch }),
    });
    this.#tracker = new OrderTracker({ clock: c.now });
    this.#clientIds = new ClientOrderIds(c.now);
    this.readiness = new ReadinessTracker({ venue: VENUE, readOnly: signer === undefined });
    this.readiness.register("markets", { reason: REASONS.markets });
    this.readiness.register("orderBooks", { parts: c.markets });
    this.readiness.register("funding", { reason: REASONS.funding });
    registerAccountComponents(this.readiness, { readOnly: signer === undefined, reasons: REASONS });
    this.#tracker.on("change", ({ order }) =>
      this.#accountEvents.emit({ type: "order", order, receivedAt: c.now() }),
    );
    if (signer !== undefined) {
      this.#tx = new LighterTxSender(signer, this.rest, c.priceProtection);
      this.#account = new AccountSync({
        rest: this.rest,
        accountIndex: signer.accountIndex,
        channels: c.accountChannels,
        markets: this.#markets,
        tracker: this.#tracker,
        readiness: this.readiness,
        events: this.#accountEvents,
        now: c.now,
        inFlight: this.#inFlight,
      });
    }
  }

  /** True without credentials: market data only. */
  get readOnly(): boolean {
    return this.#config.signer === undefined;
  }

  get accountIndex(): bigint | undefined {
    return this.#config.signer?.accountIndex;
  }

  /** The nonce sequence of the API key (for inspection; sends use it automatically). */
  get nonces() {
    return this.#tx?.nonces;
  }

  // ── lifecycle ───────────────────────────────────────────────────────────────────────────

  start(options: StartOptions = {}): Promise<void> {
    this.#starting ??= this.#start(options).catch(async (error: unknown) => {
      await this.stop();
      throw error;
    });
    return this.#starting.then(async () => {
      if (options.waitUntilReady) {
        await this.readiness.ready({
          ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
          ...(options.signal === undefined ? {} : { signal: options.signal }),
        });
      }
    });
  }

  async #start(options: StartOptions): Promise<void> {
    const c = this.#config;
    this.#timers = new SessionTimers();
    const streams = new LighterStreams({
      url: c.environment.wsUrl,
      ...(this.#tokens === undefined ? {} : { authToken: this.#tokens }),
      authTokenCache: { now: c.now, refreshMarginSeconds: c.authTokenRefreshMarginSeconds },
      ...(c.WebSocketImpl === undefined ? {} : { WebSocketImpl: c.WebSocketImpl }),
      ...(c.ws.pingIntervalMs === undefined ? {} : { pingIntervalMs: c.ws.pingIntervalMs }),
      ...(c.ws.staleAfterMs === undefined ? {} : { staleAfterMs: c.ws.staleAfterMs }),
      ...(c.ws.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: c.ws.connectTimeoutMs }),
      ...(c.ws.ackTimeoutMs === undefined ? {} : { ackTimeoutMs: c.ws.ackTimeoutMs }),
      ...(c.ws.reconnect === undefined ? {} : { reconnect: c.ws.reconnect }),
    });
    const session: Session = { streams, books: new BookFeeds(streams, this.readiness, this.#markets) };
    this.#session = session;
    await this.loadMarkets({ ...(options.signal === undefined ? {} : { signal: options.signal }) });
    for (const symbol of c.markets) this.#markets.get(symbol);
    for (const symbol of c.markets) {
      // A refused or failed subscription marks its part failed; the feed reconnects by itself.
      session.books.hold(symbol).catch(() => {});
    }
    this.#timers.retry(
      () => this.#loadFunding(),
      c.retryDelayMs,
      (error) => this.readiness.markFailed("funding", error),
    );
    const account = this.#account;
    if (account !== undefined) {
      this.#timers.retry(
        () => account.loadSnapshot(),
        c.retryDelayMs,
        (error) => {
          this.readiness.markFailed("balances", error);
          this.readiness.markFailed("positions", error);
          this.readiness.markFailed("openOrders", error);
        },
      );
      this.#timers.retry(
        () => account.startStream(streams),
        c.retryDelayMs,
        (error) => this.readiness.markFailed("accountStream", error),
      );
    }
  }

  async stop(): Promise<void> {
    const session = this.#session;
    this.#session = undefined;
    this.#starting = undefined;
    this.#timers.close();
    if (session !== undefined) {
      await this.#account?.stop();
      await session.books.stopAll();
      await session.streams.close();
    }
    for (const component of [
      "orderBooks",
      "funding",
      "balances",
      "positions",
      "openOrders",
      "accountStream",
    ]) {
      this.readiness.markStale(component, "stopped");
    }
  }

  // ── markets and market data ─────────────────────────────────────────────────────────────

  async loadMarkets(options: LoadMarketsOptions = {}): Promise<Market[]> {
    if (this.#markets.loaded && !options.reload) return this.#markets.markets();
    this.#loadingMarkets ??= this.rest
      .getOrderBookDetails({}, options.signal === undefined ? {} : { signal: options.signal })
      .then(
        (reply) => {
          const markets = this.#markets.replace(reply.order_book_details);
          this.readiness.markReady("markets", { evidence: "rest-response" });
          return markets;
        },
        (error: unknown) => {
          this.readiness.markFailed("markets", error);
          throw error;
        },
      )
      .finally(() => {
        this.#loadingMarkets = undefined;
      });
    return this.#loadingMarkets;
  }

  async fetchOrderBook(symbol: string, options: FetchOrderBookOptions = {}): Promise<OrderBookSnapshot> {
    const info = await this.#market(symbol, options.signal);
    const depth = options.depth;
    if (depth !== undefined && !(Number.isSafeInteger(depth) && depth > 0)) {
      throw new ValidationError("depth must be a positive integer", { venue: VENUE });
    }
    const reply = await this.rest.getOrderBookOrders(
      { marketId: info.marketId, limit: Math.min(depth ?? 250, 250) },
      this.#call(options),
    );
    const book = bookFromOrders(symbol, reply, this.#config.now());
    return depth === undefined
      ? book
      : { ...book, bids: book.bids.slice(0, depth), asks: book.asks.slice(0, depth) };
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
      const session = this.#requireSession("watchOrderBook");
      await this.#market(symbol, signal);
      const remove = await session.books.watch(symbol, listener, onError);
      return { unsubscribe: remove };
    };
    return watchBoth(subscribe, listenerOrOptions, options, {
      overflow: "drop-oldest",
      name: `lighter order book ${symbol}`,
    });
  }

  /** The live book the adapter keeps for a watched market, or undefined while it is not in sync. */
  orderBook(symbol: string): OrderBookSnapshot | undefined {
    return this.#session?.books.book(symbol);
  }

  async fetchFunding(symbol: string, options: RequestOptions = {}): Promise<FundingRate> {
    const info = await this.#market(symbol, options.signal);
    const [rates, details] = await Promise.all([
      this.rest.getFundingRates(this.#call(options)),
      this.rest.getOrderBookDetails({ marketId: info.marketId }, this.#call(options)),
    ]);
    const detail = details.order_book_details.find((d) => d.market_id === info.marketId);
    const funding = fundingFromRest(
      rates.funding_rates,
      symbol,
      info.marketId,
      this.#config.fundingRateUnits.rest,
      {
        markPrice: detail?.mark_price,
        indexPrice: detail?.index_price,
        now: this.#config.now(),
      },
    );
    if (funding === undefined) {
      throw new NotFoundError(`Lighter reports no funding rate for ${symbol}`, {
        venue: VENUE,
        venueCode: undefined,
        venueMessage: undefined,
      });
    }
    return funding;
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
      const session = this.#requireSession("watchFunding");
      const info = await this.#market(symbol, signal);
      return session.streams.watchFunding(info.marketId, listener, {
        onError,
        symbol,
        rateUnit: this.#config.fundingRateUnits.stream,
      });
    };
    return watchBoth(subscribe, listenerOrOptions, options, {
      overflow: "drop-oldest",
      name: `lighter funding ${symbol}`,
    });
  }

  // ── account reads ──────────────────────────────────────────────────────────────────────

  async fetchBalances(options: RequestOptions = {}): Promise<Balance[]> {
    const account = this.#requireAccount("fetchBalances");
    await account.refreshAccount(options.signal);
    return account.balances();
  }

  async fetchPositions(options: RequestOptions & { symbols?: readonly string[] } = {}): Promise<Position[]> {
    const account = this.#requireAccount("fetchPositions");
    await this.#ensureMarkets(options.signal);
    await account.refreshAccount(options.signal);
    const wanted = options.symbols === undefined ? undefined : new Set(options.symbols);
    return account.positions().filter((p) => wanted === undefined || wanted.has(p.symbol));
  }

  async fetchOpenOrders(options: RequestOptions & { symbol?: string } = {}): Promise<Order[]> {
    const account = this.#requireAccount("fetchOpenOrders");
    const accountIndex = this.#config.signer?.accountIndex as bigint;
    const info =
      options.symbol === undefined ? undefined : await this.#market(options.symbol, options.signal);
    await this.#ensureMarkets(options.signal);
    const reply = await this.rest.getAccountActiveOrders(
      { accountIndex, ...(info === undefined ? {} : { marketId: info.marketId }) },
      this.#call(options),
    );
    return reply.orders.map((order) => {
      account.applyRestOrder(order);
      return orderFromRest(order, accountIndex, this.#markets, this.#config.now());
    });
  }

  /** What the streams say about the account right now (tracked open orders, collateral, positions). */
  accountView(): LighterAccountView {
    return {
      openOrders: this.#tracker.open(),
      balances: this.#account?.balances() ?? [],
      positions: this.#account?.positions() ?? [],
    };
  }

  /** An order as tracked, by venue id or client order id. */
  order(key: { id?: string; clientOrderId?: string }): Order | undefined {
    return this.#tracker.get(key);
  }

  // ── trading ────────────────────────────────────────────────────────────────────────────

  async placeOrder(input: PlaceOrderRequest, options: RequestOptions = {}): Promise<Order> {
    const request = parsePlaceOrderRequest(input);
    assertOrderSupported(request, this.capabilities, VENUE);
    const tx = this.#requireTrading("placeOrder");
    const info = await this.#market(request.symbol, options.signal);
    const coi = this.#clientIds.forOrder(request.clientOrderId);
    const needsBook =
      request.type === "market" && request.price === undefined && request.triggerPrice === undefined;
    const top = needsBook ? await this.#top(request.symbol, info.marketId, options.signal) : {};
    const plan = planCreateOrder(request, coi, {
      info,
      now: this.#config.now(),
      lifetimeMs: this.#config.orderLifetimeMs,
      slippage: this.#config.marketOrderSlippage,
      bestBid: top.bestBid,
      bestAsk: top.bestAsk,
    });
    const clientOrderId = coi.toString();
    this.#tracker.track({ ...newOrderFromRequest(request, clientOrderId), price: plan.price });
    this.#inFlight.add(clientOrderId);
    try {
      await tx.send((signer, nonce) => signer.createOrder({ ...plan.fields, Nonce: nonce }), options.signal);
    } catch (error) {
      this.#afterFailedSend(clientOrderId, error);
      throw error;
    } finally {
      this.#inFlight.delete(clientOrderId);
    }
    return this.#tracker.get({ clientOrderId }) as Order;
  }

  async cancelOrder(input: CancelOrderRequest, options: RequestOptions = {}): Promise<void> {
    const request = parseCancelOrderRequest(input);
    const tx = this.#requireTrading("cancelOrder");
    const tracked = this.#tracker.get({
      ...(request.orderId === undefined ? {} : { id: request.orderId }),
      ...(request.clientOrderId === undefined ? {} : { clientOrderId: request.clientOrderId }),
    });
    const symbol = request.symbol ?? tracked?.symbol;
    if (symbol === undefined) {
      throw new ValidationError("symbol is required to cancel an order this adapter does not track", {
        venue: VENUE,
        issues: [{ path: ["symbol"], message: "is required for untracked orders" }],
      });
    }
    const index =
      request.orderId === undefined
        ? parseClientOrderId(request.clientOrderId as string)
        : orderIndexOf(request.orderId);
    const info = await this.#market(symbol, options.signal);
    await tx.send(
      (signer, nonce) => signer.cancelOrder({ MarketIndex: info.marketId, Index: index, Nonce: nonce }),
      options.signal,
    );
  }

  async cancelAllOrders(input: CancelAllOrdersRequest = {}, options: RequestOptions = {}): Promise<void> {
    const request = parseCancelAllOrdersRequest(input);
    assertCapability(this.capabilities, "cancelAll", VENUE);
    const tx = this.#requireTrading("cancelAllOrders");
    const info =
      request.symbol === undefined ? undefined : await this.#market(request.symbol, options.signal);
    await tx.send(
      (signer, nonce) =>
        signer.cancelAllOrders(
          { TimeInForce: 0, Time: 0, Nonce: nonce },
          info === undefined ? {} : { attributes: { [TX_ATTRIBUTE.cancelAllMarketIndex]: info.marketId } },
        ),
      options.signal,
    );
  }

  async setLeverage(input: SetLeverageRequest, options: RequestOptions = {}): Promise<void> {
    const request = parseSetLeverageRequest(input);
    const tx = this.#requireTrading("setLeverage");
    const info = await this.#market(request.symbol, options.signal);
    const fraction = initialMarginFraction(info, request.leverage);
    const marginMode = request.marginMode === "isolated" ? 1 : 0;
    await tx.send(
      (signer, nonce) =>
        signer.updateLeverage({
          MarketIndex: info.marketId,
          InitialMarginFraction: fraction,
          MarginMode: marginMode,
          Nonce: nonce,
        }),
      options.signal,
    );
  }

  // ── account stream ─────────────────────────────────────────────────────────────────────

  watchAccount(listener: Listener<AccountEvent>, options?: WatchOptions): Promise<Subscription>;
  watchAccount(options?: IterateOptions): WatchStream<AccountEvent>;
  watchAccount(
    listenerOrOptions?: Listener<AccountEvent> | IterateOptions,
    options?: WatchOptions,
  ): Promise<Subscription> | WatchStream<AccountEvent> {
    const subscribe: SubscribeFn<AccountEvent> = async (listener, { onError }) => {
      this.#requireAccount("watchAccount");
      const remove = this.#accountEvents.add(listener, onError);
      return { unsubscribe: async () => remove() };
    };
    return watchBoth(subscribe, listenerOrOptions, options, { overflow: "error", name: "lighter account" });
  }

  toJSON(): Record<string, unknown> {
    return {
      venue: VENUE,
      environment: this.#config.environment,
      account: this.#config.signer?.toJSON(),
      markets: this.#config.markets,
      started: this.#session !== undefined,
    };
  }

  // ── internals ──────────────────────────────────────────────────────────────────────────

  /**
   * A send that failed: refused outright → the order is rejected; outcome unknown (timeout, 5xx,
   * dropped connection) → it stays pending and is looked up by its client order index later.
   */
  #afterFailedSend(clientOrderId: string, error: unknown): void {
    if (classifyTxFailure(error) !== "unknown") {
      this.#tracker.reject(clientOrderId, error instanceof Error ? error.message : String(error));
      return;
    }
    const account = this.#account;
    const order = this.#tracker.get({ clientOrderId });
    if (account === undefined || order === undefined) return;
    this.#timers.after(this.#config.unknownOutcomeLookupMs, () => {
      account.lookUp(order).catch(() => {
        // Still unknown: the next reconnect's reconciliation looks again.
      });
    });
  }

  async #loadFunding(): Promise<void> {
    await this.rest.getFundingRates();
    this.readiness.markReady("funding", { evidence: "rest-response" });
  }

  async #ensureMarkets(signal: AbortSignal | undefined): Promise<MarketDirectory> {
    if (!this.#markets.loaded) await this.loadMarkets(signal === undefined ? {} : { signal });
    return this.#markets;
  }

  async #market(symbol: string, signal: AbortSignal | undefined) {
    if (typeof symbol !== "string" || symbol === "") {
      throw new ValidationError('symbol must be a market symbol such as "ETH"', { venue: VENUE });
    }
    return (await this.#ensureMarkets(signal)).get(symbol);
  }

  /** Best bid and ask: the live book when one is held, else REST. */
  async #top(
    symbol: string,
    marketId: number,
    signal: AbortSignal | undefined,
  ): Promise<{ bestBid?: string; bestAsk?: string }> {
    const book =
      this.orderBook(symbol) ??
      bookFromOrders(
        symbol,
        await this.rest.getOrderBookOrders({ marketId, limit: 1 }, signal === undefined ? {} : { signal }),
        this.#config.now(),
      );
    const bestBid = book.bids[0]?.price;
    const bestAsk = book.asks[0]?.price;
    return { ...(bestBid === undefined ? {} : { bestBid }), ...(bestAsk === undefined ? {} : { bestAsk }) };
  }

  #call(options: RequestOptions): { signal?: AbortSignal } {
    return options.signal === undefined ? {} : { signal: options.signal };
  }

  #requireSession(what: string): Session {
    if (this.#session === undefined) {
      throw new PerpError(`${what} needs a started connection: call start() first`, { venue: VENUE });
    }
    return this.#session;
  }

  #requireAccount(what: string): AccountSync {
    if (this.#account === undefined) {
      throw new ValidationError(`${what} needs credentials: this LighterPerpetual is read-only`, {
        venue: VENUE,
      });
    }
    return this.#account;
  }

  #requireTrading(what: string): LighterTxSender {
    if (this.#tx === undefined) {
      throw new ValidationError(`${what} needs credentials: this LighterPerpetual is read-only`, {
        venue: VENUE,
      });
    }
    return this.#tx;
  }
}

/** A unified order id as Lighter's order index (>= 2^48); a ValidationError otherwise. */
function orderIndexOf(orderId: string): bigint {
  if (!/^\d{1,19}$/.test(orderId) || !isExchangeOrderIndex(orderId)) {
    throw new ValidationError(
      `orderId ${JSON.stringify(orderId.slice(0, 24))} is not a Lighter order index`,
      {
        venue: VENUE,
        issues: [{ path: ["orderId"], message: "must be an order index (2^48 to 2^60 - 1)" }],
      },
    );
  }
  return BigInt(orderId);
}

import {
  type AccountEvent,
  type Balance,
  type CancelAllOrdersRequest,
  type CancelOrderRequest,
  type Capabilities,
  Emitter,
  type FetchOrderBookOptions,
  type FundingRate,
  httpClientSettings,
  type IterateOptions,
  type Listener,
  type LoadMarketsOptions,
  type Market,
  type Order,
  type OrderBookSnapshot,
  OrderTracker,
  PerpError,
  type Perpetual,
  type PlaceOrderRequest,
  type Position,
  type Readiness,
  ReadinessTracker,
  type RequestOptions,
  registerAccountComponents,
  type SetLeverageRequest,
  type StartOptions,
  type SubscribeFn,
  type Subscription,
  ValidationError,
  type WatchOptions,
  type WatchStream,
  watchBoth,
} from "@perp/core";
import { VestRestClient } from "../rest/client.js";
import { VestAccountStream } from "../ws/account/account-stream.js";
import { ACCOUNT_CHANNEL } from "../ws/channels.js";
import { VestMarketStream } from "../ws/market/market-stream.js";
import { toFunding } from "../ws/market/payloads.js";
import type { VestStreamTicker } from "../ws/market/types.js";
import { VestAccountSync } from "./account-sync.js";
import { vestCapabilities } from "./capabilities.js";
import {
  type ResolvedCredentials,
  type ResolvedVestConfig,
  resolveVestConfig,
  type VestPerpetualConfig,
} from "./config.js";
import { fundingFromTicker } from "./funding.js";
import { toMarket } from "./markets.js";
import { updateFromBareEvent, updateFromStreamOrder } from "./order-updates.js";
import { RetryLoop } from "./retry-loop.js";
import { VestTrading } from "./trading.js";

export interface VestPerpetualOptions extends VestPerpetualConfig {
  /** Errors of background work (stream failures, load retries). Readiness records them too. */
  onError?: (error: PerpError) => void;
}

interface LiveWatch {
  close(): Promise<unknown>;
}

type AccountEvents = { event: [event: AccountEvent] };

const READ_ONLY = "read-only: no credentials configured";

/**
 * Vest (v2) behind the venue-neutral Perpetual interface: REST client, market and account streams,
 * the order tracker and readiness in one object. Balances and positions come from `GET /account`
 * (v2 streams neither): it is read at start, after every fill and after every reconnect.
 */
export class VestPerpetual implements Perpetual {
  readonly venue = "vest";
  readonly capabilities: Capabilities;
  readonly #config: ResolvedVestConfig;
  readonly #options: VestPerpetualOptions;
  readonly #credentials: ResolvedCredentials | undefined;
  readonly #readiness: ReadinessTracker;
  readonly #rest: VestRestClient;
  readonly #orders = new OrderTracker();
  readonly #events = new Emitter<AccountEvents>();
  readonly #loads: RetryLoop;
  readonly #live = new Set<LiveWatch>();
  readonly #funding = new Map<string, FundingRate>();
  readonly #trading: VestTrading | undefined;
  #markets: Map<string, Market> | undefined;
  #loadingMarkets: Promise<Map<string, Market>> | undefined;
  #marketStream: VestMarketStream | undefined;
  #accountStream: VestAccountStream | undefined;
  #sync: VestAccountSync | undefined;
  #restApplying = 0;
  #running = false;

  constructor(options: VestPerpetualOptions = {}) {
    this.#options = options;
    this.#config = resolveVestConfig(options);
    this.#credentials = this.#config.credentials;
    this.capabilities = vestCapabilities({ limitIoc: this.#config.limitIoc });
    this.#readiness = createReadiness(this.#config, this.#credentials === undefined);
    this.#rest = new VestRestClient({
      ...(options.environment === undefined ? {} : { environment: options.environment }),
      restUrl: this.#config.restUrl,
      apiKey: this.#credentials?.apiKey,
      accountGroup: this.#credentials?.accountGroup ?? 0,
      now: this.#config.now,
      ...(options.routing === undefined ? {} : { routing: options.routing }),
      ...httpClientSettings({
        timeoutMs: options.restTimeoutMs,
        retry: options.restRetry,
        fetch: options.fetch,
      }),
    });
    this.#loads = new RetryLoop({
      ...this.#config.loadRetry,
      onFailure: (_name, error) => this.#report(error),
    });
    this.#orders.on("change", ({ order }) => this.#emit({ type: "order", order, receivedAt: Date.now() }));
    if (this.#credentials !== undefined) {
      this.#trading = new VestTrading({
        rest: this.#rest,
        config: this.#config,
        credentials: this.#credentials,
        capabilities: this.capabilities,
        orders: this.#orders,
        market: (symbol, opts) => this.#market(symbol, opts),
        referencePrice: (symbol, side, opts) => this.#referencePrice(symbol, side, opts),
        lookupByClientOrderId: (clientOrderId, opts) => this.#lookupByClientOrderId(clientOrderId, opts),
        applyOrderRow: (id, opts) => this.#applyOrderRow(id, opts),
        accountChanged: () => this.#sync?.scheduleRefresh(),
      });
      this.#openAccount();
    }
  }

  get readiness(): Readiness {
    return this.#readiness;
  }

  // ── lifecycle ───────────────────────────────────────────────────────────────────────────────

  async start(options: StartOptions = {}): Promise<void> {
    if (!this.#running) {
      this.#running = true;
      if (this.#accountStream === undefined && this.#credentials !== undefined) this.#openAccount();
      void this.#loads.run("markets", async () => {
        await this.loadMarkets({ reload: true });
      });
      void this.#loads.run("funding", () => this.#loadFunding());
      const market = this.#ensureMarketStream();
      for (const symbol of this.#config.markets) {
        void this.#loads.run(`${symbol}@depth`, () => this.#keepBook(symbol));
      }
      if (this.#config.markets.length > 0) void this.#loads.run("tickers", () => this.#keepTickers());
      const connections: Promise<unknown>[] = [market.connect(options.signal)];
      const account = this.#accountStream;
      if (account !== undefined) {
        // The first attempt is awaited (start() resolves once connections are opened); retries
        // and the snapshot loads that follow the subscription run in the background.
        connections.push(account.start());
        void this.#startAccount(account);
      }
      await Promise.allSettled(connections);
    }
    options.signal?.throwIfAborted();
    if (options.waitUntilReady === true) {
      await this.#readiness.ready({
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      });
    }
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#loads.cancel();
    this.#trading?.close();
    await Promise.allSettled([...this.#live].map((watch) => watch.close()));
    this.#live.clear();
    const market = this.#marketStream;
    const account = this.#accountStream;
    const sync = this.#sync;
    this.#marketStream = undefined;
    this.#accountStream = undefined;
    this.#sync = undefined;
    sync?.close();
    await Promise.allSettled([market?.close(), account?.close(), sync?.settled()]);
    for (const component of ["orderBooks", "funding"]) this.#readiness.markStale(component, "stopped");
    if (this.#credentials !== undefined) {
      for (const component of ["balances", "positions", "openOrders", "accountStream"]) {
        this.#readiness.markStale(component, "stopped");
      }
    }
  }

  // ── markets and market data ─────────────────────────────────────────────────────────────────

  async loadMarkets(options: LoadMarketsOptions = {}): Promise<Market[]> {
    if (this.#markets !== undefined && options.reload !== true) return [...this.#markets.values()];
    this.#loadingMarkets ??= (async () => {
      try {
        const info = await this.#rest.getExchangeInfo({}, signalOnly(options));
        const markets = new Map(info.symbols.map((s) => [s.symbol, toMarket(s)]));
        this.#markets = markets;
        this.#readiness.markReady("markets", { evidence: "rest-response" });
        return markets;
      } catch (error) {
        this.#readiness.markFailed("markets", error);
        throw error;
      } finally {
        this.#loadingMarkets = undefined;
      }
    })();
    return [...(await this.#loadingMarkets).values()];
  }

  async fetchOrderBook(symbol: string, options: FetchOrderBookOptions = {}): Promise<OrderBookSnapshot> {
    checkSymbol(symbol);
    const book = await this.#rest.getDepth(
      { symbol, ...(options.depth === undefined ? {} : { limit: options.depth }) },
      signalOnly(options),
    );
    const level = ([price, size]: [string, string]) => ({ price, size });
    return {
      symbol,
      bids: book.bids.map(level),
      asks: book.asks.map(level),
      sequence: undefined,
      timestamp: Date.now(),
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
    return this.#watch<OrderBookSnapshot>(
      async (listener, { onError }) => {
        checkSymbol(symbol);
        return this.#ensureMarketStream().watchOrderBook(symbol, listener, { onError });
      },
      listenerOrOptions,
      options,
      { overflow: "drop-oldest", name: `${symbol}@depth` },
    );
  }

  async fetchFunding(symbol: string, options: RequestOptions = {}): Promise<FundingRate> {
    checkSymbol(symbol);
    const rows = await this.#rest.getLatestTickers({ symbols: [symbol] }, signalOnly(options));
    const row = rows.find((r) => r.symbol === symbol);
    if (row === undefined) {
      throw new ValidationError(`unknown Vest market ${symbol}: GET /ticker/latest has no row for it`, {
        venue: "vest",
        issues: [{ path: ["symbol"], message: "unknown market" }],
      });
    }
    const funding = fundingFromTicker(row, Date.now());
    this.#funding.set(symbol, funding);
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
    return this.#watch<FundingRate>(
      async (listener, { onError }) => {
        checkSymbol(symbol);
        return this.#ensureMarketStream().watchFunding(symbol, listener, { onError });
      },
      listenerOrOptions,
      options,
      { overflow: "drop-oldest", name: `funding (${symbol})` },
    );
  }

  // ── account ─────────────────────────────────────────────────────────────────────────────────

  async fetchBalances(options: RequestOptions = {}): Promise<Balance[]> {
    await this.#requireSync("fetchBalances").loadAccount(options.signal);
    return this.#requireAccountStream().balances();
  }

  async fetchPositions(options: RequestOptions & { symbols?: readonly string[] } = {}): Promise<Position[]> {
    await this.#requireSync("fetchPositions").loadAccount(options.signal);
    const positions = this.#requireAccountStream().positions();
    const wanted = options.symbols === undefined ? undefined : new Set(options.symbols);
    return wanted === undefined ? positions : positions.filter((p) => wanted.has(p.symbol));
  }

  async fetchOpenOrders(options: RequestOptions & { symbol?: string } = {}): Promise<Order[]> {
    this.#requireCredentials("fetchOpenOrders");
    const stream = this.#requireAccountStream();
    const rows = await this.#rest.getOpenOrders(
      options.symbol === undefined ? {} : { symbol: options.symbol },
      signalOnly(options),
    );
    this.#applyingRest(() => stream.applyOrders(rows));
    const orders: Order[] = [];
    for (const row of rows) {
      const order = this.#orders.get({ id: row.id });
      if (order !== undefined) orders.push(order);
    }
    return orders;
  }

  watchAccount(listener: Listener<AccountEvent>, options?: WatchOptions): Promise<Subscription>;
  watchAccount(options?: IterateOptions): WatchStream<AccountEvent>;
  watchAccount(
    listenerOrOptions?: Listener<AccountEvent> | IterateOptions,
    options?: WatchOptions,
  ): Promise<Subscription> | WatchStream<AccountEvent> {
    return this.#watch<AccountEvent>(
      async (listener) => {
        const stream = this.#requireAccountStream();
        const off = this.#events.on("event", listener);
        try {
          await stream.start();
        } catch (error) {
          off();
          throw error;
        }
        return { unsubscribe: async () => off() };
      },
      listenerOrOptions,
      options,
      { overflow: "error", name: ACCOUNT_CHANNEL },
    );
  }

  // ── trading ─────────────────────────────────────────────────────────────────────────────────

  async placeOrder(request: PlaceOrderRequest, options?: RequestOptions): Promise<Order> {
    return this.#requireTrading("placeOrder").placeOrder(request, options);
  }

  async cancelOrder(request: CancelOrderRequest, options?: RequestOptions): Promise<void> {
    return this.#requireTrading("cancelOrder").cancelOrder(request, options);
  }

  async cancelAllOrders(request?: CancelAllOrdersRequest, options?: RequestOptions): Promise<void> {
    return this.#requireTrading("cancelAllOrders").cancelAllOrders(request, options);
  }

  async setLeverage(request: SetLeverageRequest, options?: RequestOptions): Promise<void> {
    return this.#requireTrading("setLeverage").setLeverage(request, options);
  }

  /** Balances as last read (`GET /account`), without a request; empty before the first read. */
  cachedBalances(): Balance[] {
    return this.#accountStream?.balances() ?? [];
  }

  /** Open positions as last read (`GET /account`), without a request. */
  cachedPositions(): Position[] {
    return this.#accountStream?.positions() ?? [];
  }

  /** The live book of a watched market; undefined before its first snapshot or while resyncing. */
  cachedOrderBook(symbol: string): OrderBookSnapshot | undefined {
    const book = this.#marketStream?.orderBookStream(symbol);
    return book === undefined || book.resyncing ? undefined : book.snapshot();
  }

  /** The last funding rate seen for a market (REST or tickers channel). */
  cachedFunding(symbol: string): FundingRate | undefined {
    return this.#funding.get(symbol);
  }

  /** Every order tracked here that is not final (pending ones included). */
  trackedOpenOrders(symbol?: string): Order[] {
    return this.#orders.open(symbol);
  }

  /** An order tracked here, by venue id or client order id (its nonce). */
  trackedOrder(key: { id?: string; clientOrderId?: string }): Order | undefined {
    return this.#orders.get(key);
  }

  // ── internals: streams ──────────────────────────────────────────────────────────────────────

  #socketOptions() {
    const o = this.#options;
    return {
      url: this.#config.wsUrl,
      accountGroup: this.#credentials?.accountGroup ?? 0,
      ...(o.accountGroupParam === undefined ? {} : { accountGroupParam: o.accountGroupParam }),
      ...o.socket,
      ...(o.WebSocketImpl === undefined ? {} : { WebSocketImpl: o.WebSocketImpl }),
    };
  }

  #ensureMarketStream(): VestMarketStream {
    if (this.#marketStream !== undefined) return this.#marketStream;
    const stream = new VestMarketStream({
      ...this.#socketOptions(),
      readiness: this.#readiness,
      ...(this.#options.bookStaleAfterMs === undefined
        ? {}
        : { bookStaleAfterMs: this.#options.bookStaleAfterMs }),
    });
    stream.on("error", (error) => this.#report(error));
    stream.on("close", () => {
      if (this.#marketStream !== stream) return;
      for (const symbol of this.#config.markets) {
        this.#readiness.markStale("funding", "tickers channel reconnecting", symbol);
      }
    });
    this.#marketStream = stream;
    return stream;
  }

  /** Keeps a watched market's book subscribed for the whole session (readiness: orderBooks part). */
  async #keepBook(symbol: string): Promise<void> {
    const stream = this.#ensureMarketStream();
    const sub = await stream.watchOrderBook(symbol, () => {}, {
      onError: (error) => this.#report(error),
    });
    this.#live.add({ close: () => sub.unsubscribe() });
  }

  /** The tickers channel carries every market's funding; watched markets become ready on it. */
  async #keepTickers(): Promise<void> {
    const stream = this.#ensureMarketStream();
    const watched = new Set(this.#config.markets);
    const sub = await stream.watchTickers(
      (tickers: VestStreamTicker[]) => {
        for (const ticker of tickers) {
          this.#funding.set(ticker.symbol, toFunding(ticker));
          if (watched.has(ticker.symbol)) {
            this.#readiness.markReady("funding", ticker.symbol, { evidence: "snapshot" });
          }
        }
      },
      { onError: (error) => this.#report(error) },
    );
    this.#live.add({ close: () => sub.unsubscribe() });
  }

  /** `GET /ticker/latest` for the watched markets: funding is ready on the REST answer already. */
  async #loadFunding(): Promise<void> {
    const symbols = this.#config.markets;
    if (symbols.length === 0) return;
    let rows: Awaited<ReturnType<VestRestClient["getLatestTickers"]>>;
    try {
      rows = await this.#rest.getLatestTickers({ symbols });
    } catch (error) {
      for (const symbol of symbols) this.#readiness.markFailed("funding", error, symbol);
      throw error;
    }
    const receivedAt = Date.now();
    for (const symbol of symbols) {
      const row = rows.find((r) => r.symbol === symbol);
      if (row === undefined) {
        this.#readiness.markFailed(
          "funding",
          new ValidationError(`GET /ticker/latest has no row for ${symbol}: is it a Vest market?`, {
            venue: "vest",
          }),
          symbol,
        );
        continue;
      }
      this.#funding.set(symbol, fundingFromTicker(row, receivedAt));
      this.#readiness.markReady("funding", symbol, { evidence: "rest-response" });
    }
  }

  #openAccount(): void {
    const credentials = this.#credentials as ResolvedCredentials;
    const rest = this.#rest;
    const stream = new VestAccountStream({
      ...this.#socketOptions(),
      listenKey: {
        create: () => rest.createListenKey(),
        keepAlive: () => rest.keepAliveListenKey(),
        close: () => rest.deleteListenKey(),
      },
      readiness: this.#readiness,
      onReconnected: () => this.#sync?.reconcile(),
      ...(this.#options.keepAliveIntervalMs === undefined
        ? {}
        : { keepAliveIntervalMs: this.#options.keepAliveIntervalMs }),
    });
    stream.on("event", (event) => {
      if (this.#accountStream === stream) this.#onStreamEvent(event);
    });
    stream.on("accountChanged", () => {
      if (this.#accountStream === stream) this.#sync?.scheduleRefresh();
    });
    stream.on("error", (error) => this.#report(error));
    this.#accountStream = stream;
    this.#sync = new VestAccountSync({
      rest,
      orders: this.#orders,
      readiness: this.#readiness,
      primaryAddress: credentials.primaryAddress,
      stream: () => stream,
      applyRows: (apply) => this.#applyingRest(apply),
      clock: Date.now,
      onError: (error) => this.#report(error),
    });
  }

  /** Subscribes `account_private`, then reads the snapshots, so no update falls between the two. */
  async #startAccount(stream: VestAccountStream): Promise<void> {
    await this.#loads.run("accountStream", () => stream.start());
    const sync = this.#sync;
    if (sync === undefined || this.#accountStream !== stream) return;
    void this.#loads.run("openOrders", () => sync.loadOpenOrders());
    void this.#loads.run("account", async () => {
      await sync.loadAccount();
    });
  }

  /**
   * Account stream events: order events go through the tracker (which adds the client order id
   * and emits the tracked order), fills are counted by it too, the rest is passed on.
   */
  #onStreamEvent(event: AccountEvent): void {
    const source = this.#restApplying > 0 ? "rest" : "stream";
    switch (event.type) {
      case "order":
        this.#orders.applyUpdate(updateFromStreamOrder(event.order), source);
        return;
      case "fill": {
        const known = this.#orders.get({ id: event.fill.orderId });
        const fill = { ...event.fill, clientOrderId: known?.clientOrderId ?? event.fill.clientOrderId };
        this.#orders.applyFill(fill);
        this.#emit({ ...event, fill });
        return;
      }
      case "unknown": {
        const update = updateFromBareEvent(event.raw, (key) => this.#orders.get(key));
        if (update !== undefined) this.#orders.applyUpdate(update, source);
        else this.#emit(event);
        return;
      }
      case "resync":
        if (event.phase === "started") this.#sync?.markStale(`account stream resyncing (${event.reason})`);
        this.#emit(event);
        return;
      default:
        this.#emit(event);
    }
  }

  #applyingRest(apply: () => void): void {
    this.#restApplying += 1;
    try {
      apply();
    } finally {
      this.#restApplying -= 1;
    }
  }

  #emit(event: AccountEvent): void {
    this.#events.emit("event", event);
  }

  #watch<T>(
    subscribe: SubscribeFn<T>,
    listenerOrOptions: Listener<T> | IterateOptions | undefined,
    options: WatchOptions | undefined,
    defaults: IterateOptions,
  ): Promise<Subscription> | WatchStream<T> {
    let closeIterator: (() => Promise<unknown>) | undefined;
    const tracked: SubscribeFn<T> = async (listener, opts) => {
      const sub = await subscribe(listener, opts);
      const live: LiveWatch = { close: () => closeIterator?.() ?? sub.unsubscribe() };
      this.#live.add(live);
      return {
        unsubscribe: async () => {
          this.#live.delete(live);
          await sub.unsubscribe();
        },
      };
    };
    const result = watchBoth(tracked, listenerOrOptions, options, defaults);
    if (!(result instanceof Promise)) closeIterator = () => result.unsubscribe();
    return result;
  }

  // ── internals: lookups ──────────────────────────────────────────────────────────────────────

  async #market(symbol: string, options: RequestOptions = {}): Promise<Market> {
    const markets = this.#markets ?? new Map((await this.loadMarkets(options)).map((m) => [m.symbol, m]));
    const market = markets.get(symbol);
    if (market === undefined) {
      throw new ValidationError(`unknown Vest market "${symbol}"`, {
        venue: "vest",
        issues: [{ path: ["symbol"], message: `not listed by GET /exchangeInfo` }],
      });
    }
    return market;
  }

  async #referencePrice(
    symbol: string,
    side: "buy" | "sell",
    options: RequestOptions = {},
  ): Promise<string | undefined> {
    const stream = this.#marketStream?.orderBookStream(symbol);
    const live = stream?.resyncing === false ? stream.snapshot() : undefined;
    const liveBest = side === "buy" ? live?.asks[0] : live?.bids[0];
    if (liveBest !== undefined) return liveBest.price;
    const book = await this.#rest.getDepth({ symbol, limit: 1 }, signalOnly(options));
    const best = side === "buy" ? book.asks[0] : book.bids[0];
    if (best !== undefined) return best[0];
    return (await this.fetchFunding(symbol, options)).markPrice;
  }

  /** Finds an order by its nonce and applies what `GET /orders` says about it. */
  async #lookupByClientOrderId(
    clientOrderId: string,
    options: RequestOptions = {},
  ): Promise<{ id: string } | undefined> {
    const sync = this.#requireSync("lookup");
    const row = await sync.lookup(clientOrderId, options.signal);
    const stream = this.#accountStream;
    if (row !== undefined && stream !== undefined) this.#applyingRest(() => stream.applyOrders([row]));
    return row;
  }

  async #applyOrderRow(id: string, options: RequestOptions = {}): Promise<void> {
    const row = await this.#rest.getOrder({ id }, signalOnly(options));
    const stream = this.#accountStream;
    if (row !== undefined && stream !== undefined) this.#applyingRest(() => stream.applyOrders([row]));
  }

  #requireCredentials(method: string): ResolvedCredentials {
    if (this.#credentials === undefined) {
      throw new ValidationError(`${method} needs credentials: this Vest instance is read-only`, {
        venue: "vest",
        issues: [{ path: ["credentials"], message: "required for account and trading calls" }],
      });
    }
    return this.#credentials;
  }

  #requireTrading(method: string): VestTrading {
    this.#requireCredentials(method);
    return this.#trading as VestTrading;
  }

  #requireAccountStream(): VestAccountStream {
    this.#requireCredentials("watchAccount");
    if (this.#accountStream === undefined) this.#openAccount();
    return this.#accountStream as VestAccountStream;
  }

  #requireSync(method: string): VestAccountSync {
    this.#requireCredentials(method);
    this.#requireAccountStream();
    return this.#sync as VestAccountSync;
  }

  #report(error: unknown): void {
    const onError = this.#options.onError;
    if (onError === undefined) return;
    onError(
      error instanceof PerpError
        ? error
        : new PerpError("Vest background failure", { venue: "vest", cause: error }),
    );
  }
}

function createReadiness(config: ResolvedVestConfig, readOnly: boolean): ReadinessTracker {
  const readiness = new ReadinessTracker({ venue: "vest", readOnly });
  readiness.register("markets", { reason: "waiting for markets (GET /exchangeInfo)" });
  readiness.register("orderBooks", { parts: [] });
  readiness.register("funding", { parts: [] });
  for (const symbol of config.markets) {
    readiness.registerPart("orderBooks", symbol, `waiting for the first ${symbol}@depth snapshot`);
    readiness.registerPart(
      "funding",
      symbol,
      `waiting for the ${symbol} funding rate (GET /ticker/latest or the tickers channel)`,
    );
  }
  registerAccountComponents(readiness, {
    readOnly,
    readOnlyReason: READ_ONLY,
    reasons: {
      balances: "waiting for balances (GET /account)",
      positions: "waiting for positions (GET /account)",
      openOrders: "waiting for open orders (GET /orders, NEW and PARTIALLY_FILLED)",
      accountStream: "waiting for the account_private subscription (listen key, then SUBSCRIBE ack)",
    },
  });
  return readiness;
}

function checkSymbol(symbol: unknown): void {
  if (typeof symbol !== "string" || symbol.length === 0) {
    throw new ValidationError("symbol must be a market symbol such as BTC-PERP", {
      venue: "vest",
      issues: [{ path: ["symbol"], message: "must be a non-empty string" }],
    });
  }
}

function signalOnly(options: RequestOptions): { signal?: AbortSignal } {
  return options.signal === undefined ? {} : { signal: options.signal };
}

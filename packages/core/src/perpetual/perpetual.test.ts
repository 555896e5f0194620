import { describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "../errors/index.js";
import type { OrderBookSnapshot } from "../orderbook/types.js";
import { ReadinessTracker } from "../readiness/tracker.js";
import type { Balance, Position } from "./account.js";
import {
  assertCapability,
  assertOrderSupported,
  CAPABILITY_NAMES,
  type Capabilities,
} from "./capabilities.js";
import type { AccountEvent } from "./events.js";
import type { FundingRate } from "./funding.js";
import type { Market } from "./market.js";
import type { Order } from "./order.js";
import { newOrderFromRequest, OrderTracker } from "./order-tracker.js";
import type { Perpetual } from "./perpetual.js";
import {
  type CancelAllOrdersRequest,
  type CancelOrderRequest,
  type PlaceOrderRequest,
  parseCancelAllOrdersRequest,
  parseCancelOrderRequest,
  parsePlaceOrderRequest,
  parseSetLeverageRequest,
  type SetLeverageRequest,
} from "./requests.js";
import {
  type IterateOptions,
  type Listener,
  type Subscription,
  type WatchOptions,
  type WatchStream,
  watchBoth,
} from "./subscription.js";

const market: Market = {
  symbol: "BTC-USD",
  venueId: "1",
  base: "BTC",
  quote: "USD",
  settle: "USD",
  contractType: "perpetual",
  status: "active",
  active: true,
  tickSize: "0.1",
  stepSize: "0.001",
  minSize: "0.001",
  maxSize: undefined,
  minNotional: "10",
  maxLeverage: 50,
  priceDecimals: 1,
  sizeDecimals: 3,
  makerFee: "0.0002",
  takerFee: "0.0005",
  expiry: undefined,
  info: {},
};

/**
 * An in-memory venue built from the shared pieces the way adapters are: readiness, order tracker
 * and watchBoth. It proves the interface can be implemented (overloads included) and that the
 * pieces fit together.
 */
class MemoryVenue implements Perpetual {
  readonly venue = "memory";
  readonly capabilities: Capabilities = Object.fromEntries(
    CAPABILITY_NAMES.map((name) => [name, name !== "triggerOrders" && name !== "tpsl"]),
  ) as Capabilities;
  readonly readiness: ReadinessTracker;
  readonly #orders = new OrderTracker();
  readonly #accountListeners = new Set<Listener<AccountEvent>>();
  readonly #bookListeners = new Set<Listener<OrderBookSnapshot>>();
  #book: OrderBookSnapshot = { symbol: "BTC-USD", bids: [], asks: [], sequence: "0", timestamp: 0 };
  #sequence = 0;
  leverage = new Map<string, number>();

  constructor(readOnly = false) {
    this.readiness = new ReadinessTracker({
      venue: this.venue,
      readOnly,
      components: ["markets", "balances", "accountStream"],
    });
    this.readiness.register("orderBooks", { parts: [] });
    this.#orders.on("change", ({ order }) =>
      this.#emitAccount({ type: "order", order, receivedAt: Date.now() }),
    );
  }

  async start(): Promise<void> {
    await this.loadMarkets();
    this.readiness.markReady("balances", { evidence: "rest-response" });
    this.readiness.markReady("accountStream", { evidence: "subscription-ack" });
  }

  async stop(): Promise<void> {
    this.#accountListeners.clear();
    this.#bookListeners.clear();
  }

  async loadMarkets(): Promise<Market[]> {
    this.readiness.markReady("markets", { evidence: "rest-response" });
    return [market];
  }

  async fetchOrderBook(symbol: string): Promise<OrderBookSnapshot> {
    this.#market(symbol);
    return this.#book;
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
    const subscribe = async (listener: Listener<OrderBookSnapshot>): Promise<Subscription> => {
      this.#market(symbol);
      this.readiness.registerPart("orderBooks", symbol);
      this.#bookListeners.add(listener);
      this.readiness.markReady("orderBooks", symbol, { evidence: "snapshot" });
      listener(this.#book);
      return {
        unsubscribe: async () => {
          this.#bookListeners.delete(listener);
          this.readiness.removePart("orderBooks", symbol);
        },
      };
    };
    return watchBoth(subscribe, listenerOrOptions, options, { bufferSize: 1, overflow: "drop-oldest" });
  }

  async fetchFunding(symbol: string): Promise<FundingRate> {
    this.#market(symbol);
    return {
      symbol,
      rate: "0.0001",
      intervalMs: 3_600_000,
      nextFundingTime: undefined,
      markPrice: undefined,
      indexPrice: undefined,
      timestamp: 0,
      info: {},
    };
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
    const subscribe = async (listener: Listener<FundingRate>): Promise<Subscription> => {
      listener(await this.fetchFunding(symbol));
      return { unsubscribe: async () => {} };
    };
    return watchBoth(subscribe, listenerOrOptions, options, { bufferSize: 1, overflow: "drop-oldest" });
  }

  async fetchBalances(): Promise<Balance[]> {
    return [];
  }

  async fetchPositions(): Promise<Position[]> {
    return [];
  }

  async fetchOpenOrders(options: { symbol?: string } = {}): Promise<Order[]> {
    return this.#orders.open(options.symbol);
  }

  async placeOrder(request: PlaceOrderRequest): Promise<Order> {
    const order = parsePlaceOrderRequest(request);
    assertOrderSupported(order, this.capabilities, this.venue);
    this.#market(order.symbol);
    const clientOrderId = order.clientOrderId ?? `memory-${++this.#sequence}`;
    this.#orders.track(newOrderFromRequest(order, clientOrderId));
    const ack = this.#orders.applyUpdate(
      { ...newOrderFromRequest(order, clientOrderId), id: String(this.#sequence + 1000), status: "open" },
      "rest",
    );
    if (ack === undefined)
      throw new NotFoundError("order vanished", { venueCode: undefined, venueMessage: undefined });
    return ack;
  }

  async cancelOrder(request: CancelOrderRequest): Promise<void> {
    const cancel = parseCancelOrderRequest(request);
    const order = this.#orders.get({ id: cancel.orderId, clientOrderId: cancel.clientOrderId });
    if (order === undefined) {
      throw new NotFoundError("unknown order", {
        venue: this.venue,
        venueCode: 404,
        venueMessage: "not found",
      });
    }
    this.#orders.applyUpdate({ ...order, status: "cancelled" });
  }

  async cancelAllOrders(request?: CancelAllOrdersRequest): Promise<void> {
    const { symbol } = parseCancelAllOrdersRequest(request);
    for (const order of this.#orders.open(symbol))
      this.#orders.applyUpdate({ ...order, status: "cancelled" });
  }

  async setLeverage(request: SetLeverageRequest): Promise<void> {
    assertCapability(this.capabilities, "setLeverage", this.venue);
    const { symbol, leverage } = parseSetLeverageRequest(request);
    this.leverage.set(this.#market(symbol).symbol, leverage);
  }

  watchAccount(listener: Listener<AccountEvent>, options?: WatchOptions): Promise<Subscription>;
  watchAccount(options?: IterateOptions): WatchStream<AccountEvent>;
  watchAccount(
    listenerOrOptions?: Listener<AccountEvent> | IterateOptions,
    options?: WatchOptions,
  ): Promise<Subscription> | WatchStream<AccountEvent> {
    const subscribe = async (listener: Listener<AccountEvent>): Promise<Subscription> => {
      this.#accountListeners.add(listener);
      return { unsubscribe: async () => void this.#accountListeners.delete(listener) };
    };
    return watchBoth(subscribe, listenerOrOptions, options);
  }

  /** Test hook: the venue's book changed. */
  publishBook(book: OrderBookSnapshot): void {
    this.#book = book;
    for (const listener of this.#bookListeners) listener(book);
  }

  #emitAccount(event: AccountEvent): void {
    for (const listener of this.#accountListeners) listener(event);
  }

  #market(symbol: string): Market {
    if (symbol !== market.symbol) {
      throw new NotFoundError(`unknown market ${symbol}`, {
        venue: this.venue,
        venueCode: undefined,
        venueMessage: undefined,
      });
    }
    return market;
  }
}

describe("Perpetual implemented from the shared pieces", () => {
  it("becomes ready on start and tracks every placed order to a final state on the account stream", async () => {
    const venue: Perpetual = new MemoryVenue();
    expect(venue.readiness.status().missing).toEqual(["markets", "balances", "accountStream"]);
    const ready = venue.readiness.ready({ timeoutMs: 1_000 });
    await venue.start();
    await ready;

    const events = venue.watchAccount();
    await events.ready;
    const placed = await venue.placeOrder({
      symbol: "BTC-USD",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "60000",
    });
    expect(placed).toMatchObject({ status: "open", size: "0.01", price: "60000" });
    await venue.cancelOrder({ orderId: placed.id });
    const statuses: string[] = [];
    for await (const event of events) {
      if (event.type === "order") statuses.push(event.order.status);
      if (statuses.includes("cancelled")) break;
    }
    expect(statuses).toEqual(["pending", "open", "cancelled"]);
    expect(await venue.fetchOpenOrders()).toEqual([]);
  });

  it("validates before sending and refuses unsupported features", async () => {
    const venue = new MemoryVenue();
    await expect(
      venue.placeOrder({
        symbol: "BTC-USD",
        side: "buy",
        type: "limit",
        size: 0.01 as unknown as string,
        price: "1",
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      venue.placeOrder({
        symbol: "BTC-USD",
        side: "buy",
        type: "limit",
        size: "1",
        price: "1",
        triggerPrice: "2",
      }),
    ).rejects.toThrow("memory does not support triggerOrders");
    await expect(venue.setLeverage({ symbol: "BTC-USD", leverage: 5 })).resolves.toBeUndefined();
    expect(venue.leverage.get("BTC-USD")).toBe(5);
  });

  it("serves both watch forms and tracks book readiness per market", async () => {
    const venue = new MemoryVenue(true);
    await venue.start();
    const books: OrderBookSnapshot[] = [];
    const subscription = await venue.watchOrderBook("BTC-USD", (book) => books.push(book));
    expect(venue.readiness.component("orderBooks")?.parts.map((p) => [p.part, p.state])).toEqual([
      ["BTC-USD", "ready"],
    ]);
    const stream = venue.watchOrderBook("BTC-USD");
    await stream.ready;
    venue.publishBook({
      symbol: "BTC-USD",
      bids: [{ price: "1", size: "2" }],
      asks: [],
      sequence: "1",
      timestamp: 1,
    });
    venue.publishBook({
      symbol: "BTC-USD",
      bids: [{ price: "1", size: "3" }],
      asks: [],
      sequence: "2",
      timestamp: 2,
    });
    // The iterator keeps only the newest book for a slow consumer.
    expect((await stream.next()).value?.sequence).toBe("2");
    await stream.unsubscribe();
    await subscription.unsubscribe();
    expect(books.map((b) => b.sequence)).toEqual(["0", "1", "2"]);
    await expect(venue.watchOrderBook("ETH-USD").ready).rejects.toBeInstanceOf(NotFoundError);
  });
});

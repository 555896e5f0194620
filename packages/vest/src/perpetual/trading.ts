import {
  AbortedError,
  assertOrderSupported,
  type CancelAllOrdersRequest,
  type CancelOrderRequest,
  type Capabilities,
  HttpError,
  type Market,
  NotFoundError,
  newOrderFromRequest,
  type Order,
  type OrderTracker,
  PerpError,
  type PlaceOrderRequest,
  parseCancelAllOrdersRequest,
  parseCancelOrderRequest,
  parsePlaceOrderRequest,
  parseSetLeverageRequest,
  type RequestOptions,
  type SetLeverageRequest,
  TimeoutError,
  ValidationError,
} from "@perp/core";
import type { VestRestClient } from "../rest/client.js";
import { vestError } from "../rest/errors.js";
import type { VestSymbolInfo } from "../schemas/market.js";
import { signCancel, signOrder } from "../signing/index.js";
import type { ResolvedCredentials, ResolvedVestConfig } from "./config.js";
import { NonceSource, nonceFromClientOrderId } from "./nonces.js";
import { buildVestOrder } from "./order-builder.js";
import { rejectCodeOf } from "./order-updates.js";

export interface TradingOptions {
  rest: VestRestClient;
  config: ResolvedVestConfig;
  credentials: ResolvedCredentials;
  capabilities: Capabilities;
  orders: OrderTracker;
  /** The market of a symbol (markets are loaded on first use); ValidationError for unknown ones. */
  market: (symbol: string, options?: RequestOptions) => Promise<Market>;
  /** Price a market order's worst price is derived from (best opposite level, else the mark). */
  referencePrice: (
    symbol: string,
    side: "buy" | "sell",
    options?: RequestOptions,
  ) => Promise<string | undefined>;
  /** An order by the nonce it was signed with (its client order id), from `GET /orders`. */
  lookupByClientOrderId: (
    clientOrderId: string,
    options?: RequestOptions,
  ) => Promise<{ id: string } | undefined>;
  /** Applies a `GET /orders` row fetched to settle an order (a late confirmation). */
  applyOrderRow: (id: string, options?: RequestOptions) => Promise<void>;
  /** Balances and positions changed (leverage): re-read them. */
  accountChanged: () => void;
}

/**
 * Orders, cancels and leverage: every request is validated and checked against the capabilities
 * before it is signed, every order is tracked from `pending`, and signed POSTs are sent exactly
 * once (a blind resend could double an order).
 */
export class VestTrading {
  readonly #o: TradingOptions;
  readonly #nonces: NonceSource;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(options: TradingOptions) {
    this.#o = options;
    this.#nonces = new NonceSource(options.config.now);
  }

  /** Clears the timers of orders whose POST outcome is being settled. */
  close(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  async placeOrder(input: PlaceOrderRequest, options: RequestOptions = {}): Promise<Order> {
    const request = parsePlaceOrderRequest(input);
    assertOrderSupported(request, this.#o.capabilities, "vest");
    const market = await this.#o.market(request.symbol, options);
    let nonce: number;
    if (request.clientOrderId === undefined) nonce = this.#nonces.next();
    else {
      nonce = nonceFromClientOrderId(request.clientOrderId);
      if (this.#o.orders.get({ clientOrderId: request.clientOrderId }) !== undefined) {
        throw new ValidationError(
          `invalid order: clientOrderId "${request.clientOrderId}" was already used: Vest refuses a repeated nonce`,
          { venue: "vest", issues: [{ path: ["clientOrderId"], message: "already used" }] },
        );
      }
      this.#nonces.observe(nonce);
    }
    const referencePrice =
      request.type === "market" && request.price === undefined
        ? await this.#o.referencePrice(market.symbol, request.side, options)
        : undefined;
    const config = this.#o.config;
    const time = config.now();
    const vestOrder = buildVestOrder(request, market, {
      time,
      nonce,
      referencePrice,
      slippage: config.marketSlippage,
    });
    const clientOrderId = String(nonce);
    const tracked = newOrderFromRequest(
      { ...request, size: vestOrder.size, price: vestOrder.limitPrice },
      clientOrderId,
    );
    this.#o.orders.track(tracked);
    let ackId: string;
    try {
      const signed = await signOrder(this.#o.credentials.signingKey, vestOrder, {
        recvWindow: config.recvWindowMs,
        childNonce: config.childNonce,
      });
      ({ id: ackId } = await this.#o.rest.placeOrder(signed, signalOnly(options)));
    } catch (error) {
      if (outcomeUnknown(error)) this.#settleLater(clientOrderId, time);
      else this.#o.orders.reject(clientOrderId, reasonOf(error));
      throw error;
    }
    this.#o.orders.applyUpdate(
      {
        id: ackId,
        clientOrderId,
        symbol: tracked.symbol,
        side: tracked.side,
        type: tracked.type,
        size: tracked.size,
        status: "pending",
      },
      "rest",
    );
    const order = await this.#confirmation(clientOrderId, ackId, options);
    if (order.status === "rejected") {
      throw vestError(rejectCodeOf(order.info), order.statusReason ?? "order rejected", {
        request: "POST /orders (rejected after it was accepted)",
        raw: order.info,
      });
    }
    return order;
  }

  async cancelOrder(input: CancelOrderRequest, options: RequestOptions = {}): Promise<void> {
    const request = parseCancelOrderRequest(input);
    let id = request.orderId;
    if (id === undefined) {
      const clientOrderId = request.clientOrderId as string;
      nonceFromClientOrderId(clientOrderId);
      id =
        this.#o.orders.get({ clientOrderId })?.id ??
        (await this.#o.lookupByClientOrderId(clientOrderId, options))?.id;
      if (id === undefined) {
        throw new NotFoundError(`no Vest order has clientOrderId (nonce) ${clientOrderId}`, {
          venue: "vest",
          venueCode: undefined,
          venueMessage: undefined,
        });
      }
    }
    await this.#cancelById(id, options);
  }

  /** v2 has no cancel-all: each open order (of `symbol`) is cancelled in turn. */
  async cancelAllOrders(input: CancelAllOrdersRequest = {}, options: RequestOptions = {}): Promise<void> {
    const { symbol } = parseCancelAllOrdersRequest(input);
    const rows = await this.#o.rest.getOpenOrders(
      symbol === undefined ? {} : { symbol },
      signalOnly(options),
    );
    const failures: { id: string; error: unknown }[] = [];
    for (const row of rows) {
      if (options.signal?.aborted) throw new AbortedError("cancelAllOrders was aborted", { venue: "vest" });
      try {
        await this.#cancelById(row.id, options);
      } catch (error) {
        // 3017: it filled or was cancelled meanwhile, which is what was asked.
        if (!(error instanceof NotFoundError)) failures.push({ id: row.id, error });
      }
    }
    const [first] = failures;
    if (first === undefined) return;
    if (failures.length === 1) throw first.error;
    throw new PerpError(`cancelAllOrders: ${failures.length} of ${rows.length} cancels failed`, {
      venue: "vest",
      cause: first.error,
      details: { failed: failures.map((f) => f.id) },
    });
  }

  async setLeverage(input: SetLeverageRequest, options: RequestOptions = {}): Promise<void> {
    const request = parseSetLeverageRequest(input);
    if (!Number.isSafeInteger(request.leverage)) {
      throw invalid("leverage", "must be a whole number on Vest (e.g. 10)");
    }
    const market = await this.#o.market(request.symbol, options);
    if (market.maxLeverage !== undefined && request.leverage > market.maxLeverage) {
      throw invalid("leverage", `must be at most ${market.maxLeverage} on ${market.symbol}`);
    }
    if (request.marginMode !== undefined) {
      const mode = (market.info as VestSymbolInfo).isolated === true ? "isolated" : "cross";
      if (request.marginMode !== mode) {
        throw invalid("marginMode", `Vest fixes the margin mode per market: ${market.symbol} is ${mode}`);
      }
    }
    await this.#o.rest.setLeverage({ symbol: market.symbol, value: request.leverage }, signalOnly(options));
    this.#o.accountChanged();
  }

  async #cancelById(id: string, options: RequestOptions): Promise<void> {
    const signed = await signCancel(
      this.#o.credentials.signingKey,
      { time: this.#o.config.now(), nonce: this.#nonces.next(), id },
      { recvWindow: this.#o.config.recvWindowMs },
    );
    await this.#o.rest.cancelOrder(signed, { query: this.#o.config.cancelQuery, ...signalOnly(options) });
  }

  /**
   * `{id}` only means "accepted for processing": wait for the stream to say open, filled or
   * rejected; when it stays silent, read the order once over REST.
   */
  async #confirmation(clientOrderId: string, id: string, options: RequestOptions): Promise<Order> {
    const current = (): Order => this.#o.orders.get({ clientOrderId }) as Order;
    if (current().status === "pending") await this.#waitForChange(clientOrderId, options.signal);
    if (current().status === "pending") await this.#o.applyOrderRow(id, options).catch(() => undefined);
    return current();
  }

  #waitForChange(clientOrderId: string, signal: AbortSignal | undefined): Promise<void> {
    const timeoutMs = this.#o.config.orderAckTimeoutMs;
    return new Promise<void>((resolve) => {
      let off = (): void => {};
      const done = (): void => {
        off();
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      off = this.#o.orders.on("change", ({ order }) => {
        if (order.clientOrderId === clientOrderId && order.status !== "pending") done();
      });
      signal?.addEventListener("abort", done, { once: true });
    });
  }

  /**
   * The POST may or may not have reached the venue (timeout, dropped connection). Once its
   * recvWindow has passed the venue can no longer accept it, so look it up by nonce then: found, it
   * is applied; not found, it never arrived and is rejected here.
   */
  #settleLater(clientOrderId: string, time: number): void {
    const config = this.#o.config;
    const delay = Math.max(0, time + config.recvWindowMs - config.now()) + 1000;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      void this.#o
        .lookupByClientOrderId(clientOrderId)
        .then((row) => {
          if (row === undefined) {
            this.#o.orders.reject(
              clientOrderId,
              "the venue never received the order (not listed after its recvWindow)",
            );
          }
        })
        .catch(() => undefined);
    }, delay);
    this.#timers.add(timer);
  }
}

/** Whether a failed POST may still have been executed: no answer was received. */
function outcomeUnknown(error: unknown): boolean {
  if (error instanceof TimeoutError) return true;
  if (error instanceof HttpError) return error.status === 0;
  return !(error instanceof PerpError);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function signalOnly(options: RequestOptions): { signal?: AbortSignal } {
  return options.signal === undefined ? {} : { signal: options.signal };
}

function invalid(field: string, message: string): ValidationError {
  return new ValidationError(`invalid leverage request: ${field} ${message}`, {
    venue: "vest",
    issues: [{ path: [field], message }],
  });
}

import {
  createHttpTransport,
  type HttpRequestLog,
  type HttpResponseLog,
  type HttpRetryOptions,
  type HttpTransport,
  httpClientSettings,
  parseJson,
  type RateLimiter,
  registerSecret,
  ValidationError,
} from "@perp/core";
import type { VestFundingRate, VestKline, VestTrade } from "../schemas/market.js";
import type { VestLpOrder, VestOrder, VestTransfer } from "../schemas/orders.js";
import type { VestEnvironment } from "../signing/index.js";
import { createListenKey } from "./account/create-listen-key.js";
import { deleteListenKey } from "./account/delete-listen-key.js";
import { type GetAccountParameters, type GetAccountReturnType, getAccount } from "./account/get-account.js";
import {
  type GetAccountNonceParameters,
  type GetAccountNonceReturnType,
  getAccountNonce,
} from "./account/get-account-nonce.js";
import { keepAliveListenKey } from "./account/keep-alive-listen-key.js";
import { type RegisterParameters, type RegisterReturnType, register } from "./account/register.js";
import {
  type SetLeverageParameters,
  type SetLeverageReturnType,
  setLeverage,
} from "./account/set-leverage.js";
import type { VestCallOptions, VestRestContext } from "./context.js";
import { resolveRestUrl, routingHeaders, type VestRouting } from "./environments.js";
import { mapVestError } from "./errors.js";
import type { VestPageOptions } from "./pagination/backward-pager.js";
import {
  paginateFundingHistory,
  paginateKlines,
  paginateLpOrders,
  paginateOrders,
  paginateTrades,
  paginateTransfers,
} from "./pagination/iterators.js";
import {
  type Get24hTickersParameters,
  type Get24hTickersReturnType,
  get24hTickers,
} from "./public/get-24h-tickers.js";
import { type GetDepthParameters, type GetDepthReturnType, getDepth } from "./public/get-depth.js";
import {
  type GetExchangeInfoParameters,
  type GetExchangeInfoReturnType,
  getExchangeInfo,
} from "./public/get-exchange-info.js";
import {
  type GetFundingHistoryParameters,
  type GetFundingHistoryReturnType,
  getFundingHistory,
} from "./public/get-funding-history.js";
import { type GetKlinesParameters, type GetKlinesReturnType, getKlines } from "./public/get-klines.js";
import {
  type GetLatestTickersParameters,
  type GetLatestTickersReturnType,
  getLatestTickers,
} from "./public/get-latest-tickers.js";
import { type GetTradesParameters, type GetTradesReturnType, getTrades } from "./public/get-trades.js";
import {
  type CancelOrderOptions,
  type CancelOrderParameters,
  type CancelOrderReturnType,
  cancelOrder,
} from "./trading/cancel-order.js";
import {
  type GetLpOrdersParameters,
  type GetLpOrdersReturnType,
  getLpOrders,
} from "./trading/get-lp-orders.js";
import { type GetOrderParameters, type GetOrderReturnType, getOrder } from "./trading/get-order.js";
import { type GetOrdersParameters, type GetOrdersReturnType, getOrders } from "./trading/get-orders.js";
import {
  type GetOrdersByStatusParameters,
  type GetOrdersByStatusReturnType,
  getOpenOrders,
  getOrdersByStatus,
} from "./trading/get-orders-by-status.js";
import {
  type GetTransfersParameters,
  type GetTransfersReturnType,
  getTransfers,
} from "./trading/get-transfers.js";
import { type PlaceOrderParameters, type PlaceOrderReturnType, placeOrder } from "./trading/place-order.js";
import { type SubmitLpParameters, type SubmitLpReturnType, submitLp } from "./trading/submit-lp.js";
import { type WithdrawParameters, type WithdrawReturnType, withdraw } from "./trading/withdraw.js";

export interface VestRestClientConfig {
  /** Picks the documented hosts; default "prod". */
  environment?: VestEnvironment;
  /** Overrides the REST base (a local simulator: "http://127.0.0.1:PORT"). */
  restUrl?: string;
  /** From `POST /register`; sent as `X-API-KEY` on private calls. Registered as a secret. */
  apiKey?: string | undefined;
  /** From `POST /register` (`accGroup`); routes every request. Default 0, what public users send. */
  accountGroup?: number;
  /** Replaces the routing header rule, or `false` to send none (see VestRouting). */
  routing?: VestRouting;
  /** Per-attempt timeout; default 10 s. */
  timeoutMs?: number;
  /**
   * Retries for safe calls (GETs and calls marked idempotent; signed writes never retry). Default
   * 2 retries with backoff; `false` disables them.
   */
  retry?: HttpRetryOptions | false;
  /** Vest publishes no limits; share one limiter across clients of an account if you set one. */
  rateLimiter?: RateLimiter;
  /** Clock for the `time` parameter; default Date.now. Keep it NTP-synced: requests expire. */
  now?: () => number;
  /** Redacted request/response logs (the API key and signatures never appear). */
  onRequest?: (log: HttpRequestLog) => void;
  onResponse?: (log: HttpResponseLog) => void;
  fetch?: typeof globalThis.fetch;
}

/**
 * Thin client over the endpoint actions: it owns the transport (exact JSON numbers, venue error
 * mapping, X-API-KEY auth, account-group routing) and exposes each action as a method. The
 * actions can also be imported alone and called with any VestRestContext.
 */
export class VestRestClient implements VestRestContext {
  readonly transport: HttpTransport;
  readonly #now: () => number;
  readonly #routing: VestRouting;
  #apiKey: string | undefined;
  #accountGroup: number;
  #routingHeaders: Record<string, string>;

  constructor(config: VestRestClientConfig = {}) {
    this.#now = config.now ?? Date.now;
    this.#routing = config.routing ?? {};
    this.#accountGroup = config.accountGroup ?? 0;
    this.#routingHeaders = routingHeaders(this.#accountGroup, this.#routing);
    this.#apiKey = checkApiKey(config.apiKey);
    registerSecret(this.#apiKey);
    this.transport = createHttpTransport({
      baseUrl: resolveRestUrl(config.environment, config.restUrl),
      venue: "vest",
      // Every number stays its source text, so money and large integers are exact; schemas convert.
      parse: (text) => parseJson(text, { numbersAsStrings: true }),
      mapError: mapVestError,
      auth: ({ headers }) => {
        if (this.#apiKey !== undefined) headers.set("X-API-KEY", this.#apiKey);
      },
      ...httpClientSettings(config),
      retry: config.retry ?? {},
      sensitiveNames: ["x-api-key"],
    });
  }

  get hasApiKey(): boolean {
    return this.#apiKey !== undefined;
  }

  get accountGroup(): number {
    return this.#accountGroup;
  }

  routingHeaders(): Readonly<Record<string, string>> {
    return this.#routingHeaders;
  }

  now(): number {
    return this.#now();
  }

  /** Adopts credentials, typically the `register` answer: `client.setCredentials(await client.register(signed))`. */
  setCredentials(credentials: { apiKey: string; accGroup?: number; accountGroup?: number }): void {
    const apiKey = checkApiKey(credentials.apiKey);
    const group = credentials.accountGroup ?? credentials.accGroup ?? this.#accountGroup;
    const headers = routingHeaders(group, this.#routing);
    registerSecret(apiKey);
    this.#apiKey = apiKey;
    this.#accountGroup = group;
    this.#routingHeaders = headers;
  }

  // Public market data
  getExchangeInfo(
    params?: GetExchangeInfoParameters,
    options?: VestCallOptions,
  ): Promise<GetExchangeInfoReturnType> {
    return getExchangeInfo(this, params, options);
  }
  getLatestTickers(
    params?: GetLatestTickersParameters,
    options?: VestCallOptions,
  ): Promise<GetLatestTickersReturnType> {
    return getLatestTickers(this, params, options);
  }
  get24hTickers(
    params?: Get24hTickersParameters,
    options?: VestCallOptions,
  ): Promise<Get24hTickersReturnType> {
    return get24hTickers(this, params, options);
  }
  getFundingHistory(
    params: GetFundingHistoryParameters,
    options?: VestCallOptions,
  ): Promise<GetFundingHistoryReturnType> {
    return getFundingHistory(this, params, options);
  }
  getKlines(params: GetKlinesParameters, options?: VestCallOptions): Promise<GetKlinesReturnType> {
    return getKlines(this, params, options);
  }
  getTrades(params: GetTradesParameters, options?: VestCallOptions): Promise<GetTradesReturnType> {
    return getTrades(this, params, options);
  }
  getDepth(params: GetDepthParameters, options?: VestCallOptions): Promise<GetDepthReturnType> {
    return getDepth(this, params, options);
  }

  // Registration and account
  register(params: RegisterParameters, options?: VestCallOptions): Promise<RegisterReturnType> {
    return register(this, params, options);
  }
  getAccount(params?: GetAccountParameters, options?: VestCallOptions): Promise<GetAccountReturnType> {
    return getAccount(this, params, options);
  }
  getAccountNonce(
    params?: GetAccountNonceParameters,
    options?: VestCallOptions,
  ): Promise<GetAccountNonceReturnType> {
    return getAccountNonce(this, params, options);
  }
  setLeverage(params: SetLeverageParameters, options?: VestCallOptions): Promise<SetLeverageReturnType> {
    return setLeverage(this, params, options);
  }
  createListenKey(options?: VestCallOptions): Promise<string> {
    return createListenKey(this, options);
  }
  keepAliveListenKey(options?: VestCallOptions): Promise<string> {
    return keepAliveListenKey(this, options);
  }
  deleteListenKey(options?: VestCallOptions): Promise<void> {
    return deleteListenKey(this, options);
  }

  // Orders, LP and transfers
  placeOrder(params: PlaceOrderParameters, options?: VestCallOptions): Promise<PlaceOrderReturnType> {
    return placeOrder(this, params, options);
  }
  cancelOrder(params: CancelOrderParameters, options?: CancelOrderOptions): Promise<CancelOrderReturnType> {
    return cancelOrder(this, params, options);
  }
  getOrders(params?: GetOrdersParameters, options?: VestCallOptions): Promise<GetOrdersReturnType> {
    return getOrders(this, params, options);
  }
  getOrder(params: GetOrderParameters, options?: VestCallOptions): Promise<GetOrderReturnType> {
    return getOrder(this, params, options);
  }
  getOrdersByStatus(
    params: GetOrdersByStatusParameters,
    options?: VestCallOptions,
  ): Promise<GetOrdersByStatusReturnType> {
    return getOrdersByStatus(this, params, options);
  }
  getOpenOrders(
    params?: Omit<GetOrdersParameters, "status">,
    options?: VestCallOptions,
  ): Promise<GetOrdersByStatusReturnType> {
    return getOpenOrders(this, params, options);
  }
  submitLp(params: SubmitLpParameters, options?: VestCallOptions): Promise<SubmitLpReturnType> {
    return submitLp(this, params, options);
  }
  getLpOrders(params?: GetLpOrdersParameters, options?: VestCallOptions): Promise<GetLpOrdersReturnType> {
    return getLpOrders(this, params, options);
  }
  withdraw(params: WithdrawParameters, options?: VestCallOptions): Promise<WithdrawReturnType> {
    return withdraw(this, params, options);
  }
  getTransfers(params?: GetTransfersParameters, options?: VestCallOptions): Promise<GetTransfersReturnType> {
    return getTransfers(this, params, options);
  }

  // Pagination
  paginateFundingHistory(
    params: GetFundingHistoryParameters,
    options?: VestPageOptions,
  ): AsyncGenerator<VestFundingRate[], void, undefined> {
    return paginateFundingHistory(this, params, options);
  }
  paginateKlines(
    params: GetKlinesParameters,
    options?: VestPageOptions,
  ): AsyncGenerator<VestKline[], void, undefined> {
    return paginateKlines(this, params, options);
  }
  paginateTrades(
    params: GetTradesParameters,
    options?: VestPageOptions,
  ): AsyncGenerator<VestTrade[], void, undefined> {
    return paginateTrades(this, params, options);
  }
  paginateOrders(
    params?: GetOrdersParameters,
    options?: VestPageOptions,
  ): AsyncGenerator<VestOrder[], void, undefined> {
    return paginateOrders(this, params, options);
  }
  paginateLpOrders(
    params?: GetLpOrdersParameters,
    options?: VestPageOptions,
  ): AsyncGenerator<VestLpOrder[], void, undefined> {
    return paginateLpOrders(this, params, options);
  }
  paginateTransfers(
    params?: GetTransfersParameters,
    options?: VestPageOptions,
  ): AsyncGenerator<VestTransfer[], void, undefined> {
    return paginateTransfers(this, params, options);
  }
}

/** Creates a {@link VestRestClient}. */
export function createVestRestClient(config: VestRestClientConfig = {}): VestRestClient {
  return new VestRestClient(config);
}

function checkApiKey(apiKey: string | undefined): string | undefined {
  if (apiKey === undefined) return undefined;
  if (typeof apiKey !== "string" || apiKey.trim() === "" || /[\r\n]/.test(apiKey)) {
    // The value itself is never echoed: it is a credential.
    throw new ValidationError("apiKey must be a non-empty single-line string", {
      venue: "vest",
      issues: [{ path: ["apiKey"], message: "expected a non-empty single-line string" }],
    });
  }
  return apiKey;
}

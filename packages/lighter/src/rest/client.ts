/**
 * LighterRestClient: owns the HTTP transport (base URL, timeouts, safe retries, rate limiting,
 * error mapping, exact JSON) and exposes every endpoint action as a method. Auth tokens come from
 * a provider so they can be re-signed before expiry; every token is registered as a secret, so
 * none reaches an error message or a log hook.
 */
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
  unregisterSecret,
  ValidationError,
} from "@perp/core";
import {
  type ChangeAccountTierParameters,
  type ChangeAccountTierReturnType,
  changeAccountTier,
} from "./account/change-account-tier.js";
import {
  type CreateApiTokenParameters,
  type CreateApiTokenReturnType,
  createApiToken,
} from "./account/create-api-token.js";
import { type ExportDataParameters, type ExportDataReturnType, exportData } from "./account/export-data.js";
import { type GetAccountParameters, type GetAccountReturnType, getAccount } from "./account/get-account.js";
import {
  type GetAccountActiveOrdersParameters,
  type GetAccountActiveOrdersReturnType,
  getAccountActiveOrders,
} from "./account/get-account-active-orders.js";
import {
  type GetAccountInactiveOrdersParameters,
  type GetAccountInactiveOrdersReturnType,
  getAccountInactiveOrders,
} from "./account/get-account-inactive-orders.js";
import {
  type GetAccountLimitsParameters,
  type GetAccountLimitsReturnType,
  getAccountLimits,
} from "./account/get-account-limits.js";
import {
  type GetAccountMetadataParameters,
  type GetAccountMetadataReturnType,
  getAccountMetadata,
} from "./account/get-account-metadata.js";
import {
  type GetAccountOrdersParameters,
  type GetAccountOrdersReturnType,
  getAccountOrders,
} from "./account/get-account-orders.js";
import {
  type GetAccountTxsParameters,
  type GetAccountTxsReturnType,
  getAccountTxs,
} from "./account/get-account-txs.js";
import {
  type GetAccountsByL1AddressParameters,
  type GetAccountsByL1AddressReturnType,
  getAccountsByL1Address,
} from "./account/get-accounts-by-l1-address.js";
import { type GetApiKeysParameters, type GetApiKeysReturnType, getApiKeys } from "./account/get-api-keys.js";
import {
  type GetApiTokensParameters,
  type GetApiTokensReturnType,
  getApiTokens,
} from "./account/get-api-tokens.js";
import {
  type GetDepositHistoryParameters,
  type GetDepositHistoryReturnType,
  getDepositHistory,
} from "./account/get-deposit-history.js";
import {
  type GetLiquidationsParameters,
  type GetLiquidationsReturnType,
  getLiquidations,
} from "./account/get-liquidations.js";
import {
  type GetMakerOnlyApiKeysParameters,
  type GetMakerOnlyApiKeysReturnType,
  getMakerOnlyApiKeys,
} from "./account/get-maker-only-api-keys.js";
import {
  type GetNextNonceParameters,
  type GetNextNonceReturnType,
  getNextNonce,
} from "./account/get-next-nonce.js";
import { type GetPnlParameters, type GetPnlReturnType, getPnl } from "./account/get-pnl.js";
import {
  type GetPositionFundingParameters,
  type GetPositionFundingReturnType,
  getPositionFunding,
} from "./account/get-position-funding.js";
import {
  type GetPublicPoolsMetadataParameters,
  type GetPublicPoolsMetadataReturnType,
  getPublicPoolsMetadata,
} from "./account/get-public-pools-metadata.js";
import {
  type GetTransferFeeInfoParameters,
  type GetTransferFeeInfoReturnType,
  getTransferFeeInfo,
} from "./account/get-transfer-fee-info.js";
import {
  type GetTransferHistoryParameters,
  type GetTransferHistoryReturnType,
  getTransferHistory,
} from "./account/get-transfer-history.js";
import {
  type GetWithdrawHistoryParameters,
  type GetWithdrawHistoryReturnType,
  getWithdrawHistory,
} from "./account/get-withdraw-history.js";
import {
  type RevokeApiTokenParameters,
  type RevokeApiTokenReturnType,
  revokeApiToken,
} from "./account/revoke-api-token.js";
import {
  type SetMakerOnlyApiKeysParameters,
  type SetMakerOnlyApiKeysReturnType,
  setMakerOnlyApiKeys,
} from "./account/set-maker-only-api-keys.js";
import type { LighterAuthTokenProvider } from "./auth-token-provider.js";
import {
  type LighterEnvironment,
  type LighterEnvironmentOverrides,
  resolveLighterEnvironment,
} from "./environments.js";
import { mapLighterError } from "./errors.js";
import { type GetAnnouncementsReturnType, getAnnouncements } from "./public/get-announcements.js";
import {
  type GetAssetDetailsParameters,
  type GetAssetDetailsReturnType,
  getAssetDetails,
} from "./public/get-asset-details.js";
import { type GetCandlesParameters, type GetCandlesReturnType, getCandles } from "./public/get-candles.js";
import {
  type GetCandlesticksParameters,
  type GetCandlesticksReturnType,
  getCandlesticks,
} from "./public/get-candlesticks.js";
import { type GetCurrentHeightReturnType, getCurrentHeight } from "./public/get-current-height.js";
import {
  type GetExchangeMetricsParameters,
  type GetExchangeMetricsReturnType,
  getExchangeMetrics,
} from "./public/get-exchange-metrics.js";
import { type GetExchangeStatsReturnType, getExchangeStats } from "./public/get-exchange-stats.js";
import { type GetFundingRatesReturnType, getFundingRates } from "./public/get-funding-rates.js";
import {
  type GetFundingsParameters,
  type GetFundingsReturnType,
  getFundings,
} from "./public/get-fundings.js";
import { type GetInfoReturnType, getInfo } from "./public/get-info.js";
import { type GetLayer1BasicInfoReturnType, getLayer1BasicInfo } from "./public/get-layer1-basic-info.js";
import {
  type GetMarkPriceCandlesParameters,
  type GetMarkPriceCandlesReturnType,
  getMarkPriceCandles,
} from "./public/get-mark-price-candles.js";
import {
  type GetMarketPriceChartsParameters,
  type GetMarketPriceChartsReturnType,
  getMarketPriceCharts,
} from "./public/get-market-price-charts.js";
import {
  type GetOrderBookDetailsParameters,
  type GetOrderBookDetailsReturnType,
  getOrderBookDetails,
} from "./public/get-order-book-details.js";
import {
  type GetOrderBookOrdersParameters,
  type GetOrderBookOrdersReturnType,
  getOrderBookOrders,
} from "./public/get-order-book-orders.js";
import {
  type GetOrderBooksParameters,
  type GetOrderBooksReturnType,
  getOrderBooks,
} from "./public/get-order-books.js";
import {
  type GetRecentTradesParameters,
  type GetRecentTradesReturnType,
  getRecentTrades,
} from "./public/get-recent-trades.js";
import {
  type GetRollingInfoParameters,
  type GetRollingInfoReturnType,
  getRollingInfo,
} from "./public/get-rolling-info.js";
import { type GetStatusReturnType, getStatus } from "./public/get-status.js";
import {
  type GetStockFinancialsParameters,
  type GetStockFinancialsReturnType,
  getStockFinancials,
} from "./public/get-stock-financials.js";
import { type GetSystemConfigReturnType, getSystemConfig } from "./public/get-system-config.js";
import { type GetTokenListReturnType, getTokenList } from "./public/get-token-list.js";
import { type GetTradesParameters, type GetTradesReturnType, getTrades } from "./public/get-trades.js";
import {
  type GetUpcomingEarningsParameters,
  type GetUpcomingEarningsReturnType,
  getUpcomingEarnings,
} from "./public/get-upcoming-earnings.js";
import { type GetWithdrawalDelayReturnType, getWithdrawalDelay } from "./public/get-withdrawal-delay.js";
import type { LighterAuthPlacement, LighterCallOptions, LighterRestContext } from "./request.js";
import { type GetBlockParameters, type GetBlockReturnType, getBlock } from "./transaction/get-block.js";
import {
  type GetBlockTxsParameters,
  type GetBlockTxsReturnType,
  getBlockTxs,
} from "./transaction/get-block-txs.js";
import { type GetBlocksParameters, type GetBlocksReturnType, getBlocks } from "./transaction/get-blocks.js";
import { type GetTxParameters, type GetTxReturnType, getTx } from "./transaction/get-tx.js";
import {
  type GetTxFromL1TxHashParameters,
  type GetTxFromL1TxHashReturnType,
  getTxFromL1TxHash,
} from "./transaction/get-tx-from-l1-tx-hash.js";
import { type GetTxsParameters, type GetTxsReturnType, getTxs } from "./transaction/get-txs.js";
import { type SendTxParameters, type SendTxReturnType, sendTx } from "./transaction/send-tx.js";
import {
  type SendTxBatchParameters,
  type SendTxBatchReturnType,
  sendTxBatch,
} from "./transaction/send-tx-batch.js";

export interface LighterRestClientOptions extends LighterEnvironmentOverrides {
  /** A fixed auth token, or a provider called before each authenticated request (see signerAuthTokens). */
  authToken?: string | LighterAuthTokenProvider;
  /** `Authorization` header (default) or `auth` query parameter; the venue accepts both. */
  authPlacement?: LighterAuthPlacement;
  /** Per-attempt timeout; default 10 s. */
  timeoutMs?: number;
  /** Retries for idempotent requests (GETs; default 2 with backoff, `false` for none); sendTx and other POSTs are never retried. */
  retry?: HttpRetryOptions | false;
  /** Client-side weighted limiter; weights follow the venue's table (sendTx 6, trades 600, ...). */
  rateLimiter?: RateLimiter;
  headers?: Record<string, string>;
  onRequest?: (log: HttpRequestLog) => void;
  onResponse?: (log: HttpResponseLog) => void;
  fetch?: typeof globalThis.fetch;
}

/** Every JSON number is kept as its source text, so money and 2^60 order indexes stay exact. */
function parseExact(text: string): unknown {
  return parseJson(text, { numbersAsStrings: true });
}

export class LighterRestClient implements LighterRestContext {
  readonly transport: HttpTransport;
  readonly environment: LighterEnvironment;
  readonly authPlacement: LighterAuthPlacement;
  readonly #tokens: LighterAuthTokenProvider | undefined;
  #lastToken: string | undefined;

  constructor(options: LighterRestClientOptions = {}) {
    this.environment = resolveLighterEnvironment(options);
    this.authPlacement = options.authPlacement ?? "header";
    if (this.authPlacement !== "header" && this.authPlacement !== "query") {
      throw new ValidationError('authPlacement must be "header" or "query"', { venue: "lighter" });
    }
    const auth = options.authToken;
    if (typeof auth === "string") {
      const token = checkToken(auth);
      registerSecret(token);
      this.#tokens = () => token;
    } else if (typeof auth === "function") {
      this.#tokens = auth;
    } else if (auth !== undefined) {
      throw new ValidationError("authToken must be a string or a function returning one", {
        venue: "lighter",
      });
    }
    this.transport = createHttpTransport({
      baseUrl: this.environment.restUrl,
      venue: "lighter",
      parse: parseExact,
      mapError: mapLighterError,
      auth: async ({ url, headers }) => {
        if (headers.has("authorization") || url.searchParams.has("auth")) return;
        const token = await this.#currentToken();
        if (token === undefined) return;
        if (this.authPlacement === "query") url.searchParams.set("auth", token);
        else headers.set("authorization", token);
      },
      sensitiveNames: ["auth", "authorization"],
      ...httpClientSettings(options),
      // Reads retry by default, as on the other venues; sendTx is a POST and is never retried.
      retry: options.retry ?? {},
    });
  }

  async #currentToken(): Promise<string | undefined> {
    if (this.#tokens === undefined) return undefined;
    const token = checkToken(await this.#tokens());
    if (token !== this.#lastToken) {
      registerSecret(token);
      if (this.#lastToken !== undefined) unregisterSecret(this.#lastToken);
      this.#lastToken = token;
    }
    return token;
  }

  getAnnouncements(options?: LighterCallOptions): Promise<GetAnnouncementsReturnType> {
    return getAnnouncements(this, {}, options);
  }

  getAssetDetails(
    params: GetAssetDetailsParameters = {},
    options?: LighterCallOptions,
  ): Promise<GetAssetDetailsReturnType> {
    return getAssetDetails(this, params, options);
  }

  getCandles(params: GetCandlesParameters, options?: LighterCallOptions): Promise<GetCandlesReturnType> {
    return getCandles(this, params, options);
  }

  getCandlesticks(
    params: GetCandlesticksParameters,
    options?: LighterCallOptions,
  ): Promise<GetCandlesticksReturnType> {
    return getCandlesticks(this, params, options);
  }

  getCurrentHeight(options?: LighterCallOptions): Promise<GetCurrentHeightReturnType> {
    return getCurrentHeight(this, {}, options);
  }

  getExchangeMetrics(
    params: GetExchangeMetricsParameters = {},
    options?: LighterCallOptions,
  ): Promise<GetExchangeMetricsReturnType> {
    return getExchangeMetrics(this, params, options);
  }

  getExchangeStats(options?: LighterCallOptions): Promise<GetExchangeStatsReturnType> {
    return getExchangeStats(this, {}, options);
  }

  getFundingRates(options?: LighterCallOptions): Promise<GetFundingRatesReturnType> {
    return getFundingRates(this, {}, options);
  }

  getFundings(params: GetFundingsParameters, options?: LighterCallOptions): Promise<GetFundingsReturnType> {
    return getFundings(this, params, options);
  }

  getInfo(options?: LighterCallOptions): Promise<GetInfoReturnType> {
    return getInfo(this, {}, options);
  }

  getLayer1BasicInfo(options?: LighterCallOptions): Promise<GetLayer1BasicInfoReturnType> {
    return getLayer1BasicInfo(this, {}, options);
  }

  getMarkPriceCandles(
    params: GetMarkPriceCandlesParameters,
    options?: LighterCallOptions,
  ): Promise<GetMarkPriceCandlesReturnType> {
    return getMarkPriceCandles(this, params, options);
  }

  getMarketPriceCharts(
    params: GetMarketPriceChartsParameters = {},
    options?: LighterCallOptions,
  ): Promise<GetMarketPriceChartsReturnType> {
    return getMarketPriceCharts(this, params, options);
  }

  getOrderBookDetails(
    params: GetOrderBookDetailsParameters = {},
    options?: LighterCallOptions,
  ): Promise<GetOrderBookDetailsReturnType> {
    return getOrderBookDetails(this, params, options);
  }

  getOrderBookOrders(
    params: GetOrderBookOrdersParameters,
    options?: LighterCallOptions,
  ): Promise<GetOrderBookOrdersReturnType> {
    return getOrderBookOrders(this, params, options);
  }

  getOrderBooks(
    params: GetOrderBooksParameters = {},
    options?: LighterCallOptions,
  ): Promise<GetOrderBooksReturnType> {
    return getOrderBooks(this, params, options);
  }

  getRecentTrades(
    params: GetRecentTradesParameters,
    options?: LighterCallOptions,
  ): Promise<GetRecentTradesReturnType> {
    return getRecentTrades(this, params, options);
  }

  getRollingInfo(
    params: GetRollingInfoParameters = {},
    options?: LighterCallOptions,
  ): Promise<GetRollingInfoReturnType> {
    return getRollingInfo(this, params, options);
  }

  getStatus(options?: LighterCallOptions): Promise<GetStatusReturnType> {
    return getStatus(this, {}, options);
  }

  getStockFinancials(
    params: GetStockFinancialsParameters = {},
    options?: LighterCallOptions,
  ): Promise<GetStockFinancialsReturnType> {
    return getStockFinancials(this, params, options);
  }

  getSystemConfig(options?: LighterCallOptions): Promise<GetSystemConfigReturnType> {
    return getSystemConfig(this, {}, options);
  }

  getTokenList(options?: LighterCallOptions): Promise<GetTokenListReturnType> {
    return getTokenList(this, {}, options);
  }

  getTrades(params: GetTradesParameters, options?: LighterCallOptions): Promise<GetTradesReturnType> {
    return getTrades(this, params, options);
  }

  getUpcomingEarnings(
    params: GetUpcomingEarningsParameters = {},
    options?: LighterCallOptions,
  ): Promise<GetUpcomingEarningsReturnType> {
    return getUpcomingEarnings(this, params, options);
  }

  getWithdrawalDelay(options?: LighterCallOptions): Promise<GetWithdrawalDelayReturnType> {
    return getWithdrawalDelay(this, {}, options);
  }

  changeAccountTier(
    params: ChangeAccountTierParameters,
    options?: LighterCallOptions,
  ): Promise<ChangeAccountTierReturnType> {
    return changeAccountTier(this, params, options);
  }

  createApiToken(
    params: CreateApiTokenParameters,
    options?: LighterCallOptions & { nowMs?: number },
  ): Promise<CreateApiTokenReturnType> {
    return createApiToken(this, params, options);
  }

  exportData(params: ExportDataParameters, options?: LighterCallOptions): Promise<ExportDataReturnType> {
    return exportData(this, params, options);
  }

  getAccount(params: GetAccountParameters, options?: LighterCallOptions): Promise<GetAccountReturnType> {
    return getAccount(this, params, options);
  }

  getAccountActiveOrders(
    params: GetAccountActiveOrdersParameters,
    options?: LighterCallOptions,
  ): Promise<GetAccountActiveOrdersReturnType> {
    return getAccountActiveOrders(this, params, options);
  }

  getAccountInactiveOrders(
    params: GetAccountInactiveOrdersParameters,
    options?: LighterCallOptions,
  ): Promise<GetAccountInactiveOrdersReturnType> {
    return getAccountInactiveOrders(this, params, options);
  }

  getAccountLimits(
    params: GetAccountLimitsParameters,
    options?: LighterCallOptions,
  ): Promise<GetAccountLimitsReturnType> {
    return getAccountLimits(this, params, options);
  }

  getAccountMetadata(
    params: GetAccountMetadataParameters,
    options?: LighterCallOptions,
  ): Promise<GetAccountMetadataReturnType> {
    return getAccountMetadata(this, params, options);
  }

  getAccountOrders(
    params: GetAccountOrdersParameters,
    options?: LighterCallOptions,
  ): Promise<GetAccountOrdersReturnType> {
    return getAccountOrders(this, params, options);
  }

  getAccountTxs(
    params: GetAccountTxsParameters,
    options?: LighterCallOptions,
  ): Promise<GetAccountTxsReturnType> {
    return getAccountTxs(this, params, options);
  }

  getAccountsByL1Address(
    params: GetAccountsByL1AddressParameters,
    options?: LighterCallOptions,
  ): Promise<GetAccountsByL1AddressReturnType> {
    return getAccountsByL1Address(this, params, options);
  }

  getApiKeys(params: GetApiKeysParameters, options?: LighterCallOptions): Promise<GetApiKeysReturnType> {
    return getApiKeys(this, params, options);
  }

  getApiTokens(
    params: GetApiTokensParameters,
    options?: LighterCallOptions,
  ): Promise<GetApiTokensReturnType> {
    return getApiTokens(this, params, options);
  }

  getDepositHistory(
    params: GetDepositHistoryParameters,
    options?: LighterCallOptions,
  ): Promise<GetDepositHistoryReturnType> {
    return getDepositHistory(this, params, options);
  }

  getLiquidations(
    params: GetLiquidationsParameters,
    options?: LighterCallOptions,
  ): Promise<GetLiquidationsReturnType> {
    return getLiquidations(this, params, options);
  }

  getMakerOnlyApiKeys(
    params: GetMakerOnlyApiKeysParameters,
    options?: LighterCallOptions,
  ): Promise<GetMakerOnlyApiKeysReturnType> {
    return getMakerOnlyApiKeys(this, params, options);
  }

  getNextNonce(
    params: GetNextNonceParameters,
    options?: LighterCallOptions,
  ): Promise<GetNextNonceReturnType> {
    return getNextNonce(this, params, options);
  }

  getPnl(params: GetPnlParameters, options?: LighterCallOptions): Promise<GetPnlReturnType> {
    return getPnl(this, params, options);
  }

  getPositionFunding(
    params: GetPositionFundingParameters,
    options?: LighterCallOptions,
  ): Promise<GetPositionFundingReturnType> {
    return getPositionFunding(this, params, options);
  }

  getPublicPoolsMetadata(
    params: GetPublicPoolsMetadataParameters,
    options?: LighterCallOptions,
  ): Promise<GetPublicPoolsMetadataReturnType> {
    return getPublicPoolsMetadata(this, params, options);
  }

  getTransferFeeInfo(
    params: GetTransferFeeInfoParameters,
    options?: LighterCallOptions,
  ): Promise<GetTransferFeeInfoReturnType> {
    return getTransferFeeInfo(this, params, options);
  }

  getTransferHistory(
    params: GetTransferHistoryParameters,
    options?: LighterCallOptions,
  ): Promise<GetTransferHistoryReturnType> {
    return getTransferHistory(this, params, options);
  }

  getWithdrawHistory(
    params: GetWithdrawHistoryParameters,
    options?: LighterCallOptions,
  ): Promise<GetWithdrawHistoryReturnType> {
    return getWithdrawHistory(this, params, options);
  }

  revokeApiToken(
    params: RevokeApiTokenParameters,
    options?: LighterCallOptions,
  ): Promise<RevokeApiTokenReturnType> {
    return revokeApiToken(this, params, options);
  }

  setMakerOnlyApiKeys(
    params: SetMakerOnlyApiKeysParameters,
    options?: LighterCallOptions,
  ): Promise<SetMakerOnlyApiKeysReturnType> {
    return setMakerOnlyApiKeys(this, params, options);
  }

  getBlock(params: GetBlockParameters, options?: LighterCallOptions): Promise<GetBlockReturnType> {
    return getBlock(this, params, options);
  }

  getBlockTxs(params: GetBlockTxsParameters, options?: LighterCallOptions): Promise<GetBlockTxsReturnType> {
    return getBlockTxs(this, params, options);
  }

  getBlocks(params: GetBlocksParameters, options?: LighterCallOptions): Promise<GetBlocksReturnType> {
    return getBlocks(this, params, options);
  }

  getTx(params: GetTxParameters, options?: LighterCallOptions): Promise<GetTxReturnType> {
    return getTx(this, params, options);
  }

  getTxFromL1TxHash(
    params: GetTxFromL1TxHashParameters,
    options?: LighterCallOptions,
  ): Promise<GetTxFromL1TxHashReturnType> {
    return getTxFromL1TxHash(this, params, options);
  }

  getTxs(params: GetTxsParameters, options?: LighterCallOptions): Promise<GetTxsReturnType> {
    return getTxs(this, params, options);
  }

  sendTx(params: SendTxParameters, options?: LighterCallOptions): Promise<SendTxReturnType> {
    return sendTx(this, params, options);
  }

  sendTxBatch(params: SendTxBatchParameters, options?: LighterCallOptions): Promise<SendTxBatchReturnType> {
    return sendTxBatch(this, params, options);
  }

  toJSON(): Record<string, unknown> {
    return {
      environment: this.environment,
      authPlacement: this.authPlacement,
      auth: this.#tokens !== undefined,
    };
  }
}

function checkToken(token: unknown): string {
  if (typeof token === "string" && /^bearer\s/i.test(token)) {
    throw new ValidationError('Lighter auth tokens are sent without a "Bearer " prefix', {
      venue: "lighter",
    });
  }
  if (typeof token !== "string" || token === "" || /\s/.test(token)) {
    throw new ValidationError("the auth token must be a non-empty string without whitespace", {
      venue: "lighter",
    });
  }
  return token;
}

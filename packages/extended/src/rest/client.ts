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
import type { ExtendedRestContext, RequestOptions } from "./context.js";
import {
  type EnvironmentOverrides,
  type ExtendedEnvironment,
  type ExtendedNetwork,
  resolveEnvironment,
} from "./environments.js";
import { mapExtendedError } from "./errors.js";
import { createApiKey } from "./onboarding/createApiKey.js";
import { getWalletAccounts } from "./onboarding/getWalletAccounts.js";
import { onboard } from "./onboarding/onboard.js";
import { onboardSubaccount } from "./onboarding/onboardSubaccount.js";
import { cancelOrder } from "./private/cancelOrder.js";
import { cancelOrderByExternalId } from "./private/cancelOrderByExternalId.js";
import { claimTestnetFunds } from "./private/claimTestnetFunds.js";
import { commitBridgeQuote } from "./private/commitBridgeQuote.js";
import { createOrder } from "./private/createOrder.js";
import { createRfqOrder } from "./private/createRfqOrder.js";
import { editOrder } from "./private/editOrder.js";
import { getAccountInfo } from "./private/getAccountInfo.js";
import { getAccounts } from "./private/getAccounts.js";
import { getAffiliate } from "./private/getAffiliate.js";
import { getAssetOperations } from "./private/getAssetOperations.js";
import { getBalance } from "./private/getBalance.js";
import { getBridgeConfig } from "./private/getBridgeConfig.js";
import { getBridgeQuote } from "./private/getBridgeQuote.js";
import { getClientInfo } from "./private/getClientInfo.js";
import { getEquityChart } from "./private/getEquityChart.js";
import { getFees } from "./private/getFees.js";
import { getFundingPayments } from "./private/getFundingPayments.js";
import { getLeverage } from "./private/getLeverage.js";
import { getOpenOrders } from "./private/getOpenOrders.js";
import { getOrderById } from "./private/getOrderById.js";
import { getOrdersByExternalId } from "./private/getOrdersByExternalId.js";
import { getOrdersHistory } from "./private/getOrdersHistory.js";
import { getPnlChart } from "./private/getPnlChart.js";
import { getPositions } from "./private/getPositions.js";
import { getPositionsHistory } from "./private/getPositionsHistory.js";
import { getRebatesStats } from "./private/getRebatesStats.js";
import { getReferralDashboard } from "./private/getReferralDashboard.js";
import { getReferralLinks } from "./private/getReferralLinks.js";
import { getReferralStatus } from "./private/getReferralStatus.js";
import { getRewardsEarned } from "./private/getRewardsEarned.js";
import { getRewardsLeaderboardStats } from "./private/getRewardsLeaderboardStats.js";
import { getSpotBalances } from "./private/getSpotBalances.js";
import { getTrades } from "./private/getTrades.js";
import { massCancel } from "./private/massCancel.js";
import { setDeadManSwitch } from "./private/setDeadManSwitch.js";
import { transfer } from "./private/transfer.js";
import { transferOnchain } from "./private/transferOnchain.js";
import { updateLeverage } from "./private/updateLeverage.js";
import { useReferralCode } from "./private/useReferralCode.js";
import { withdraw } from "./private/withdraw.js";
import { getAssetPrice } from "./public/getAssetPrice.js";
import { getAssets } from "./public/getAssets.js";
import { getBuilderDashboard } from "./public/getBuilderDashboard.js";
import { getCandles } from "./public/getCandles.js";
import { getFundingRates } from "./public/getFundingRates.js";
import { getMarketStats } from "./public/getMarketStats.js";
import { getMarkets } from "./public/getMarkets.js";
import { getOpenInterests } from "./public/getOpenInterests.js";
import { getOrderBook } from "./public/getOrderBook.js";
import { getPublicTrades } from "./public/getPublicTrades.js";
import { getSettings } from "./public/getSettings.js";
import { getStarknetDomain } from "./public/getStarknetDomain.js";
import { getVaultPerformance } from "./public/getVaultPerformance.js";
import { getVaultSummary } from "./public/getVaultSummary.js";

/** Default User-Agent: Extended requires one on every REST and WebSocket request. */
export const DEFAULT_USER_AGENT = "perp-sdk-extended/0.0.0";

export interface ExtendedRestClientConfig extends EnvironmentOverrides {
  /** "mainnet" (default), "testnet", or a full environment. */
  network?: ExtendedNetwork | ExtendedEnvironment;
  /** Sub-account API key for private endpoints; trimmed, registered as a secret, sent as X-Api-Key. */
  apiKey?: string | undefined;
  userAgent?: string;
  /** Per-attempt timeout, ms (default 10 s). */
  timeoutMs?: number;
  /** Retries for idempotent requests (GET); POST/PATCH/DELETE are never retried. `false` disables. */
  retry?: HttpRetryOptions | false;
  /** Client-side limiter (Extended allows 1,000 requests/min per IP by default). */
  rateLimiter?: RateLimiter;
  /** Redacted request/response log hooks. */
  onRequest?: (log: HttpRequestLog) => void;
  onResponse?: (log: HttpResponseLog) => void;
  fetch?: typeof globalThis.fetch;
}

/** JSON parser keeping every number as its exact source text (64-bit ids, decimal money fields). */
export const parseExtendedJson = (text: string): unknown => parseJson(text, { numbersAsStrings: true });

/**
 * Extended REST client: owns the transports and exposes every endpoint action as a method. Actions
 * are also exported as functions taking the client first, for tree-shaking. Without an apiKey only
 * public endpoints (and onboarding) work; private ones throw ValidationError before sending.
 */
export class ExtendedRestClient implements ExtendedRestContext {
  readonly environment: ExtendedEnvironment;
  readonly transport: HttpTransport;
  readonly onboardingTransport: HttpTransport;
  readonly hasApiKey: boolean;

  constructor(config: ExtendedRestClientConfig = {}) {
    this.environment = resolveEnvironment(config.network ?? "mainnet", config);
    const apiKey = config.apiKey === undefined ? undefined : config.apiKey.trim();
    if (apiKey !== undefined) {
      if (apiKey === "") {
        throw new ValidationError("apiKey is empty", {
          venue: "extended",
          issues: [{ path: ["apiKey"], message: "expected a non-empty API key" }],
        });
      }
      registerSecret(apiKey);
    }
    this.hasApiKey = apiKey !== undefined;
    const shared = {
      ...httpClientSettings(config),
      venue: "extended",
      headers: { "User-Agent": config.userAgent ?? DEFAULT_USER_AGENT },
      parse: parseExtendedJson,
      mapError: mapExtendedError,
      retry: config.retry ?? {},
    };
    this.transport = createHttpTransport({
      ...shared,
      baseUrl: this.environment.restBaseUrl,
      sensitiveNames: ["x-api-key"],
      ...(apiKey !== undefined
        ? {
            auth: ({ headers }) => {
              headers.set("X-Api-Key", apiKey);
            },
          }
        : {}),
    });
    this.onboardingTransport = createHttpTransport({
      ...shared,
      baseUrl: this.environment.onboardingBaseUrl,
      sensitiveNames: ["l1_signature"],
    });
  }

  /** See {@link getMarkets}. */
  getMarkets(
    params?: Parameters<typeof getMarkets>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getMarkets> {
    return getMarkets(this, params, options);
  }
  /** See {@link getMarketStats}. */
  getMarketStats(
    params: Parameters<typeof getMarketStats>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getMarketStats> {
    return getMarketStats(this, params, options);
  }
  /** See {@link getOrderBook}. */
  getOrderBook(
    params: Parameters<typeof getOrderBook>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getOrderBook> {
    return getOrderBook(this, params, options);
  }
  /** See {@link getPublicTrades}. */
  getPublicTrades(
    params: Parameters<typeof getPublicTrades>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getPublicTrades> {
    return getPublicTrades(this, params, options);
  }
  /** See {@link getCandles}. */
  getCandles(
    params: Parameters<typeof getCandles>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getCandles> {
    return getCandles(this, params, options);
  }
  /** See {@link getFundingRates}. */
  getFundingRates(
    params: Parameters<typeof getFundingRates>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getFundingRates> {
    return getFundingRates(this, params, options);
  }
  /** See {@link getOpenInterests}. */
  getOpenInterests(
    params: Parameters<typeof getOpenInterests>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getOpenInterests> {
    return getOpenInterests(this, params, options);
  }
  /** See {@link getAssets}. */
  getAssets(
    params?: Parameters<typeof getAssets>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getAssets> {
    return getAssets(this, params, options);
  }
  /** See {@link getAssetPrice}. */
  getAssetPrice(
    params: Parameters<typeof getAssetPrice>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getAssetPrice> {
    return getAssetPrice(this, params, options);
  }
  /** See {@link getStarknetDomain}. */
  getStarknetDomain(options?: RequestOptions): ReturnType<typeof getStarknetDomain> {
    return getStarknetDomain(this, options);
  }
  /** See {@link getSettings}. */
  getSettings(options?: RequestOptions): ReturnType<typeof getSettings> {
    return getSettings(this, options);
  }
  /** See {@link getBuilderDashboard}. */
  getBuilderDashboard(options?: RequestOptions): ReturnType<typeof getBuilderDashboard> {
    return getBuilderDashboard(this, options);
  }
  /** See {@link getVaultPerformance}. */
  getVaultPerformance(
    params: Parameters<typeof getVaultPerformance>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getVaultPerformance> {
    return getVaultPerformance(this, params, options);
  }
  /** See {@link getVaultSummary}. */
  getVaultSummary(options?: RequestOptions): ReturnType<typeof getVaultSummary> {
    return getVaultSummary(this, options);
  }
  /** See {@link getAccountInfo}. */
  getAccountInfo(options?: RequestOptions): ReturnType<typeof getAccountInfo> {
    return getAccountInfo(this, options);
  }
  /** See {@link getAccounts}. */
  getAccounts(options?: RequestOptions): ReturnType<typeof getAccounts> {
    return getAccounts(this, options);
  }
  /** See {@link getClientInfo}. */
  getClientInfo(options?: RequestOptions): ReturnType<typeof getClientInfo> {
    return getClientInfo(this, options);
  }
  /** See {@link getBalance}. */
  getBalance(options?: RequestOptions): ReturnType<typeof getBalance> {
    return getBalance(this, options);
  }
  /** See {@link getSpotBalances}. */
  getSpotBalances(options?: RequestOptions): ReturnType<typeof getSpotBalances> {
    return getSpotBalances(this, options);
  }
  /** See {@link getAssetOperations}. */
  getAssetOperations(
    params?: Parameters<typeof getAssetOperations>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getAssetOperations> {
    return getAssetOperations(this, params, options);
  }
  /** See {@link getPositions}. */
  getPositions(
    params?: Parameters<typeof getPositions>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getPositions> {
    return getPositions(this, params, options);
  }
  /** See {@link getPositionsHistory}. */
  getPositionsHistory(
    params?: Parameters<typeof getPositionsHistory>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getPositionsHistory> {
    return getPositionsHistory(this, params, options);
  }
  /** See {@link getOpenOrders}. */
  getOpenOrders(
    params?: Parameters<typeof getOpenOrders>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getOpenOrders> {
    return getOpenOrders(this, params, options);
  }
  /** See {@link getOrdersHistory}. */
  getOrdersHistory(
    params?: Parameters<typeof getOrdersHistory>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getOrdersHistory> {
    return getOrdersHistory(this, params, options);
  }
  /** See {@link getOrderById}. */
  getOrderById(
    params: Parameters<typeof getOrderById>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getOrderById> {
    return getOrderById(this, params, options);
  }
  /** See {@link getOrdersByExternalId}. */
  getOrdersByExternalId(
    params: Parameters<typeof getOrdersByExternalId>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getOrdersByExternalId> {
    return getOrdersByExternalId(this, params, options);
  }
  /** See {@link getTrades}. */
  getTrades(
    params?: Parameters<typeof getTrades>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getTrades> {
    return getTrades(this, params, options);
  }
  /** See {@link getFundingPayments}. */
  getFundingPayments(
    params: Parameters<typeof getFundingPayments>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getFundingPayments> {
    return getFundingPayments(this, params, options);
  }
  /** See {@link getRebatesStats}. */
  getRebatesStats(options?: RequestOptions): ReturnType<typeof getRebatesStats> {
    return getRebatesStats(this, options);
  }
  /** See {@link getLeverage}. */
  getLeverage(
    params?: Parameters<typeof getLeverage>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getLeverage> {
    return getLeverage(this, params, options);
  }
  /** See {@link updateLeverage}. */
  updateLeverage(
    params: Parameters<typeof updateLeverage>[1],
    options?: RequestOptions,
  ): ReturnType<typeof updateLeverage> {
    return updateLeverage(this, params, options);
  }
  /** See {@link getFees}. */
  getFees(params?: Parameters<typeof getFees>[1], options?: RequestOptions): ReturnType<typeof getFees> {
    return getFees(this, params, options);
  }
  /** See {@link createOrder}. */
  createOrder(
    params: Parameters<typeof createOrder>[1],
    options?: RequestOptions,
  ): ReturnType<typeof createOrder> {
    return createOrder(this, params, options);
  }
  /** See {@link createRfqOrder}. */
  createRfqOrder(
    params: Parameters<typeof createRfqOrder>[1],
    options?: RequestOptions,
  ): ReturnType<typeof createRfqOrder> {
    return createRfqOrder(this, params, options);
  }
  /** See {@link editOrder}. */
  editOrder(params: Parameters<typeof editOrder>[1], options?: RequestOptions): ReturnType<typeof editOrder> {
    return editOrder(this, params, options);
  }
  /** See {@link cancelOrder}. */
  cancelOrder(
    params: Parameters<typeof cancelOrder>[1],
    options?: RequestOptions,
  ): ReturnType<typeof cancelOrder> {
    return cancelOrder(this, params, options);
  }
  /** See {@link cancelOrderByExternalId}. */
  cancelOrderByExternalId(
    params: Parameters<typeof cancelOrderByExternalId>[1],
    options?: RequestOptions,
  ): ReturnType<typeof cancelOrderByExternalId> {
    return cancelOrderByExternalId(this, params, options);
  }
  /** See {@link massCancel}. */
  massCancel(
    params: Parameters<typeof massCancel>[1],
    options?: RequestOptions,
  ): ReturnType<typeof massCancel> {
    return massCancel(this, params, options);
  }
  /** See {@link setDeadManSwitch}. */
  setDeadManSwitch(
    params: Parameters<typeof setDeadManSwitch>[1],
    options?: RequestOptions,
  ): ReturnType<typeof setDeadManSwitch> {
    return setDeadManSwitch(this, params, options);
  }
  /** See {@link transfer}. */
  transfer(params: Parameters<typeof transfer>[1], options?: RequestOptions): ReturnType<typeof transfer> {
    return transfer(this, params, options);
  }
  /** See {@link transferOnchain}. */
  transferOnchain(
    params: Parameters<typeof transferOnchain>[1],
    options?: RequestOptions,
  ): ReturnType<typeof transferOnchain> {
    return transferOnchain(this, params, options);
  }
  /** See {@link withdraw}. */
  withdraw(params: Parameters<typeof withdraw>[1], options?: RequestOptions): ReturnType<typeof withdraw> {
    return withdraw(this, params, options);
  }
  /** See {@link claimTestnetFunds}. */
  claimTestnetFunds(options?: RequestOptions): ReturnType<typeof claimTestnetFunds> {
    return claimTestnetFunds(this, options);
  }
  /** See {@link getBridgeConfig}. */
  getBridgeConfig(options?: RequestOptions): ReturnType<typeof getBridgeConfig> {
    return getBridgeConfig(this, options);
  }
  /** See {@link getBridgeQuote}. */
  getBridgeQuote(
    params: Parameters<typeof getBridgeQuote>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getBridgeQuote> {
    return getBridgeQuote(this, params, options);
  }
  /** See {@link commitBridgeQuote}. */
  commitBridgeQuote(
    params: Parameters<typeof commitBridgeQuote>[1],
    options?: RequestOptions,
  ): ReturnType<typeof commitBridgeQuote> {
    return commitBridgeQuote(this, params, options);
  }
  /** See {@link getEquityChart}. */
  getEquityChart(
    params: Parameters<typeof getEquityChart>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getEquityChart> {
    return getEquityChart(this, params, options);
  }
  /** See {@link getPnlChart}. */
  getPnlChart(
    params: Parameters<typeof getPnlChart>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getPnlChart> {
    return getPnlChart(this, params, options);
  }
  /** See {@link getAffiliate}. */
  getAffiliate(options?: RequestOptions): ReturnType<typeof getAffiliate> {
    return getAffiliate(this, options);
  }
  /** See {@link getReferralStatus}. */
  getReferralStatus(options?: RequestOptions): ReturnType<typeof getReferralStatus> {
    return getReferralStatus(this, options);
  }
  /** See {@link getReferralLinks}. */
  getReferralLinks(options?: RequestOptions): ReturnType<typeof getReferralLinks> {
    return getReferralLinks(this, options);
  }
  /** See {@link getReferralDashboard}. */
  getReferralDashboard(
    params: Parameters<typeof getReferralDashboard>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getReferralDashboard> {
    return getReferralDashboard(this, params, options);
  }
  /** See {@link useReferralCode}. */
  useReferralCode(
    params: Parameters<typeof useReferralCode>[1],
    options?: RequestOptions,
  ): ReturnType<typeof useReferralCode> {
    return useReferralCode(this, params, options);
  }
  /** See {@link getRewardsEarned}. */
  getRewardsEarned(options?: RequestOptions): ReturnType<typeof getRewardsEarned> {
    return getRewardsEarned(this, options);
  }
  /** See {@link getRewardsLeaderboardStats}. */
  getRewardsLeaderboardStats(options?: RequestOptions): ReturnType<typeof getRewardsLeaderboardStats> {
    return getRewardsLeaderboardStats(this, options);
  }
  /** See {@link onboard}. */
  onboard(params: Parameters<typeof onboard>[1], options?: RequestOptions): ReturnType<typeof onboard> {
    return onboard(this, params, options);
  }
  /** See {@link onboardSubaccount}. */
  onboardSubaccount(
    params: Parameters<typeof onboardSubaccount>[1],
    options?: RequestOptions,
  ): ReturnType<typeof onboardSubaccount> {
    return onboardSubaccount(this, params, options);
  }
  /** See {@link createApiKey}. */
  createApiKey(
    params: Parameters<typeof createApiKey>[1],
    options?: RequestOptions,
  ): ReturnType<typeof createApiKey> {
    return createApiKey(this, params, options);
  }
  /** See {@link getWalletAccounts}. */
  getWalletAccounts(
    params: Parameters<typeof getWalletAccounts>[1],
    options?: RequestOptions,
  ): ReturnType<typeof getWalletAccounts> {
    return getWalletAccounts(this, params, options);
  }
}

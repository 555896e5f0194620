/** @perp/lighter REST: one action per endpoint, the LighterRestClient, schemas and helpers. */

export {
  ChangeAccountTierParameters,
  type ChangeAccountTierReturnType,
  changeAccountTier,
} from "./account/change-account-tier.js";
export {
  CreateApiTokenParameters,
  type CreateApiTokenReturnType,
  createApiToken,
} from "./account/create-api-token.js";
export { ExportDataParameters, type ExportDataReturnType, exportData } from "./account/export-data.js";
export { GetAccountParameters, type GetAccountReturnType, getAccount } from "./account/get-account.js";
export {
  GetAccountActiveOrdersParameters,
  type GetAccountActiveOrdersReturnType,
  getAccountActiveOrders,
} from "./account/get-account-active-orders.js";
export {
  GetAccountInactiveOrdersParameters,
  type GetAccountInactiveOrdersReturnType,
  getAccountInactiveOrders,
} from "./account/get-account-inactive-orders.js";
export {
  GetAccountLimitsParameters,
  type GetAccountLimitsReturnType,
  getAccountLimits,
} from "./account/get-account-limits.js";
export {
  GetAccountMetadataParameters,
  type GetAccountMetadataReturnType,
  getAccountMetadata,
} from "./account/get-account-metadata.js";
export {
  GetAccountOrdersParameters,
  type GetAccountOrdersReturnType,
  getAccountOrders,
} from "./account/get-account-orders.js";
export {
  GetAccountTxsParameters,
  type GetAccountTxsReturnType,
  getAccountTxs,
} from "./account/get-account-txs.js";
export {
  GetAccountsByL1AddressParameters,
  type GetAccountsByL1AddressReturnType,
  getAccountsByL1Address,
} from "./account/get-accounts-by-l1-address.js";
export { GetApiKeysParameters, type GetApiKeysReturnType, getApiKeys } from "./account/get-api-keys.js";
export {
  GetApiTokensParameters,
  type GetApiTokensReturnType,
  getApiTokens,
} from "./account/get-api-tokens.js";
export {
  GetDepositHistoryParameters,
  type GetDepositHistoryReturnType,
  getDepositHistory,
} from "./account/get-deposit-history.js";
export {
  GetLiquidationsParameters,
  type GetLiquidationsReturnType,
  getLiquidations,
} from "./account/get-liquidations.js";
export {
  GetMakerOnlyApiKeysParameters,
  type GetMakerOnlyApiKeysReturnType,
  getMakerOnlyApiKeys,
} from "./account/get-maker-only-api-keys.js";
export {
  GetNextNonceParameters,
  type GetNextNonceReturnType,
  getNextNonce,
} from "./account/get-next-nonce.js";
export { GetPnlParameters, type GetPnlReturnType, getPnl } from "./account/get-pnl.js";
export {
  GetPositionFundingParameters,
  type GetPositionFundingReturnType,
  getPositionFunding,
} from "./account/get-position-funding.js";
export {
  GetPublicPoolsMetadataParameters,
  type GetPublicPoolsMetadataReturnType,
  getPublicPoolsMetadata,
} from "./account/get-public-pools-metadata.js";
export {
  GetTransferFeeInfoParameters,
  type GetTransferFeeInfoReturnType,
  getTransferFeeInfo,
} from "./account/get-transfer-fee-info.js";
export {
  GetTransferHistoryParameters,
  type GetTransferHistoryReturnType,
  getTransferHistory,
} from "./account/get-transfer-history.js";
export {
  GetWithdrawHistoryParameters,
  type GetWithdrawHistoryReturnType,
  getWithdrawHistory,
} from "./account/get-withdraw-history.js";
export {
  RevokeApiTokenParameters,
  type RevokeApiTokenReturnType,
  revokeApiToken,
} from "./account/revoke-api-token.js";
export {
  SetMakerOnlyApiKeysParameters,
  type SetMakerOnlyApiKeysReturnType,
  setMakerOnlyApiKeys,
} from "./account/set-maker-only-api-keys.js";
export {
  type AuthTokenSigner,
  type LighterAuthTokenProvider,
  type SignerAuthTokenOptions,
  signerAuthTokens,
} from "./auth-token-provider.js";
export { LighterRestClient, type LighterRestClientOptions } from "./client.js";
export {
  type ClientOrderIndexSourceOptions,
  createClientOrderIndexSource,
  isExchangeOrderIndex,
  MAX_CLIENT_ORDER_INDEX,
  MAX_ORDER_INDEX,
  MIN_CLIENT_ORDER_INDEX,
  MIN_ORDER_INDEX,
  toClientOrderIndex,
} from "./client-order-index.js";
export {
  LIGHTER_ENVIRONMENTS,
  type LighterEnvironment,
  type LighterEnvironmentName,
  type LighterEnvironmentOverrides,
  resolveLighterEnvironment,
} from "./environments.js";
export {
  LIGHTER_ERROR_CODES,
  type LighterErrorKind,
  type LighterErrorPayload,
  lighterError,
  lighterErrorKind,
  mapLighterError,
  readLighterError,
} from "./errors.js";
export {
  iterateAccountInactiveOrders,
  iterateAccountMetadata,
  iterateAccounts,
  iterateAccountsByL1Address,
  iterateAccountTxs,
  iterateBlocks,
  iterateDepositHistory,
  iterateLiquidations,
  iteratePositionFunding,
  iteratePublicPoolsMetadata,
  iterateTrades,
  iterateTransferHistory,
  iterateTxs,
  iterateWithdrawHistory,
  type PaginateOptions,
  paginateByCursor,
  paginateByIndex,
} from "./pagination.js";
export { type GetAnnouncementsReturnType, getAnnouncements } from "./public/get-announcements.js";
export {
  GetAssetDetailsParameters,
  type GetAssetDetailsReturnType,
  getAssetDetails,
} from "./public/get-asset-details.js";
export { GetCandlesParameters, type GetCandlesReturnType, getCandles } from "./public/get-candles.js";
export {
  GetCandlesticksParameters,
  type GetCandlesticksReturnType,
  getCandlesticks,
} from "./public/get-candlesticks.js";
export { type GetCurrentHeightReturnType, getCurrentHeight } from "./public/get-current-height.js";
export {
  GetExchangeMetricsParameters,
  type GetExchangeMetricsReturnType,
  getExchangeMetrics,
} from "./public/get-exchange-metrics.js";
export { type GetExchangeStatsReturnType, getExchangeStats } from "./public/get-exchange-stats.js";
export { type GetFundingRatesReturnType, getFundingRates } from "./public/get-funding-rates.js";
export { GetFundingsParameters, type GetFundingsReturnType, getFundings } from "./public/get-fundings.js";
export { type GetInfoReturnType, getInfo } from "./public/get-info.js";
export { type GetLayer1BasicInfoReturnType, getLayer1BasicInfo } from "./public/get-layer1-basic-info.js";
export {
  GetMarkPriceCandlesParameters,
  type GetMarkPriceCandlesReturnType,
  getMarkPriceCandles,
} from "./public/get-mark-price-candles.js";
export {
  GetMarketPriceChartsParameters,
  type GetMarketPriceChartsReturnType,
  getMarketPriceCharts,
} from "./public/get-market-price-charts.js";
export {
  GetOrderBookDetailsParameters,
  type GetOrderBookDetailsReturnType,
  getOrderBookDetails,
} from "./public/get-order-book-details.js";
export {
  GetOrderBookOrdersParameters,
  type GetOrderBookOrdersReturnType,
  getOrderBookOrders,
} from "./public/get-order-book-orders.js";
export {
  GetOrderBooksParameters,
  type GetOrderBooksReturnType,
  getOrderBooks,
} from "./public/get-order-books.js";
export {
  GetRecentTradesParameters,
  type GetRecentTradesReturnType,
  getRecentTrades,
} from "./public/get-recent-trades.js";
export {
  GetRollingInfoParameters,
  type GetRollingInfoReturnType,
  getRollingInfo,
} from "./public/get-rolling-info.js";
export { type GetStatusReturnType, getStatus } from "./public/get-status.js";
export {
  GetStockFinancialsParameters,
  type GetStockFinancialsReturnType,
  getStockFinancials,
} from "./public/get-stock-financials.js";
export { type GetSystemConfigReturnType, getSystemConfig } from "./public/get-system-config.js";
export { type GetTokenListReturnType, getTokenList } from "./public/get-token-list.js";
export { GetTradesParameters, type GetTradesReturnType, getTrades } from "./public/get-trades.js";
export {
  GetUpcomingEarningsParameters,
  type GetUpcomingEarningsReturnType,
  getUpcomingEarnings,
} from "./public/get-upcoming-earnings.js";
export { type GetWithdrawalDelayReturnType, getWithdrawalDelay } from "./public/get-withdrawal-delay.js";
export {
  type LighterAuthPlacement,
  type LighterCallOptions,
  type LighterRestContext,
  WEIGHT,
} from "./request.js";
export {
  fromLighterPrice,
  fromLighterSize,
  type LighterMarketScale,
  MAX_ORDER_BASE_AMOUNT,
  MAX_ORDER_PRICE,
  type ScaleOptions,
  toLighterPrice,
  toLighterSize,
} from "./scaling.js";
export { GetBlockParameters, type GetBlockReturnType, getBlock } from "./transaction/get-block.js";
export {
  GetBlockTxsParameters,
  type GetBlockTxsReturnType,
  getBlockTxs,
} from "./transaction/get-block-txs.js";
export { GetBlocksParameters, type GetBlocksReturnType, getBlocks } from "./transaction/get-blocks.js";
export { GetTxParameters, type GetTxReturnType, getTx } from "./transaction/get-tx.js";
export {
  GetTxFromL1TxHashParameters,
  type GetTxFromL1TxHashReturnType,
  getTxFromL1TxHash,
} from "./transaction/get-tx-from-l1-tx-hash.js";
export { GetTxsParameters, type GetTxsReturnType, getTxs } from "./transaction/get-txs.js";
export { SendTxParameters, type SendTxReturnType, SignedTxInput, sendTx } from "./transaction/send-tx.js";
export {
  MAX_TX_BATCH,
  SendTxBatchParameters,
  type SendTxBatchReturnType,
  sendTxBatch,
} from "./transaction/send-tx-batch.js";

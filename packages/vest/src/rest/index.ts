export { type CreateListenKeyReturnType, createListenKey } from "./account/create-listen-key.js";
export { deleteListenKey } from "./account/delete-listen-key.js";
export {
  type GetAccountParameters,
  type GetAccountReturnType,
  getAccount,
} from "./account/get-account.js";
export {
  type GetAccountNonceParameters,
  type GetAccountNonceReturnType,
  getAccountNonce,
  nextNonceAfter,
} from "./account/get-account-nonce.js";
export { type KeepAliveListenKeyReturnType, keepAliveListenKey } from "./account/keep-alive-listen-key.js";
export { type RegisterParameters, type RegisterReturnType, register } from "./account/register.js";
export {
  type SetLeverageParameters,
  type SetLeverageReturnType,
  setLeverage,
} from "./account/set-leverage.js";
export { createVestRestClient, VestRestClient, type VestRestClientConfig } from "./client.js";
export type { VestCallOptions, VestRestContext } from "./context.js";
export {
  accountGroupValue,
  resolveRestUrl,
  routingHeaders,
  VEST_ACCOUNT_GROUP_HEADER,
  VEST_ACCOUNT_GROUP_WS_PARAM,
  VEST_ENVIRONMENTS,
  type VestEnvironmentConfig,
  type VestRouting,
} from "./environments.js";
export {
  mapVestError,
  readVestEnvelope,
  VEST_ERROR_CODES,
  type VestErrorCodeInfo,
  type VestErrorContext,
  type VestErrorKind,
  type VestErrorScope,
  vestError,
  vestErrorCodeInfo,
} from "./errors.js";
export {
  type BackwardPagerSpec,
  paginateBackward,
  type VestPageOptions,
} from "./pagination/backward-pager.js";
export {
  paginateFundingHistory,
  paginateKlines,
  paginateLpOrders,
  paginateOrders,
  paginateTrades,
  paginateTransfers,
} from "./pagination/iterators.js";
export {
  type Get24hTickersParameters,
  type Get24hTickersReturnType,
  get24hTickers,
} from "./public/get-24h-tickers.js";
export { type GetDepthParameters, type GetDepthReturnType, getDepth } from "./public/get-depth.js";
export {
  type GetExchangeInfoParameters,
  type GetExchangeInfoReturnType,
  getExchangeInfo,
} from "./public/get-exchange-info.js";
export {
  type GetFundingHistoryParameters,
  type GetFundingHistoryReturnType,
  getFundingHistory,
} from "./public/get-funding-history.js";
export { type GetKlinesParameters, type GetKlinesReturnType, getKlines } from "./public/get-klines.js";
export {
  type GetLatestTickersParameters,
  type GetLatestTickersReturnType,
  getLatestTickers,
} from "./public/get-latest-tickers.js";
export { type GetTradesParameters, type GetTradesReturnType, getTrades } from "./public/get-trades.js";
export {
  type CancelOrderOptions,
  type CancelOrderParameters,
  type CancelOrderReturnType,
  cancelOrder,
} from "./trading/cancel-order.js";
export {
  type GetLpOrdersParameters,
  type GetLpOrdersReturnType,
  getLpOrders,
} from "./trading/get-lp-orders.js";
export { type GetOrderParameters, type GetOrderReturnType, getOrder } from "./trading/get-order.js";
export { type GetOrdersParameters, type GetOrdersReturnType, getOrders } from "./trading/get-orders.js";
export {
  type GetOrdersByStatusParameters,
  type GetOrdersByStatusReturnType,
  getOpenOrders,
  getOrdersByStatus,
} from "./trading/get-orders-by-status.js";
export {
  type GetTransfersParameters,
  type GetTransfersReturnType,
  getTransfers,
} from "./trading/get-transfers.js";
export { type PlaceOrderParameters, type PlaceOrderReturnType, placeOrder } from "./trading/place-order.js";
export { type SubmitLpParameters, type SubmitLpReturnType, submitLp } from "./trading/submit-lp.js";
export { type WithdrawParameters, type WithdrawReturnType, withdraw } from "./trading/withdraw.js";

import type { Capabilities } from "@perp/core";

/**
 * What ExtendedPerpetual offers. FOK is deprecated at Extended (the venue refuses it); GTC is
 * served as GTT with a long expiry. editOrder is false: the venue's cancel-replace is reachable
 * through `rest.editOrder`, not through this adapter. massCancel and cancelAllAfter are the extra
 * methods `cancelOrders` and `cancelAllAfter`.
 */
export const EXTENDED_CAPABILITIES: Capabilities = Object.freeze({
  marketOrders: true,
  postOnly: true,
  reduceOnly: true,
  triggerOrders: true,
  tpsl: true,
  ioc: true,
  fok: false,
  gtt: true,
  cancelAll: true,
  massCancel: true,
  cancelAllAfter: true,
  editOrder: false,
  setLeverage: true,
  clientOrderId: true,
  fundingRates: true,
  watchOrderBook: true,
  watchFunding: true,
  watchAccount: true,
});

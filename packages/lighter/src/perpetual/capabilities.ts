import type { Capabilities } from "@perp/core";

/**
 * What LighterPerpetual supports. Lighter has no FOK; TP/SL attached to an entry needs grouped
 * orders (OTOCO), scheduled cancel-all and ModifyOrder exist at the venue but are not part of this
 * adapter (use LighterSigner + LighterRestClient directly), so they are declared false.
 */
export const LIGHTER_CAPABILITIES: Capabilities = Object.freeze({
  marketOrders: true,
  postOnly: true,
  reduceOnly: true,
  triggerOrders: true,
  tpsl: false,
  ioc: true,
  fok: false,
  gtt: true,
  cancelAll: true,
  massCancel: false,
  cancelAllAfter: false,
  editOrder: false,
  setLeverage: true,
  clientOrderId: true,
  fundingRates: true,
  watchOrderBook: true,
  watchFunding: true,
  watchAccount: true,
});

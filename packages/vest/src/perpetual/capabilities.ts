import type { Capabilities } from "@perp/core";

/**
 * What the Vest v2 adapter supports, each decision from the venue reference:
 * - market orders are MARKET with a signed worst price (computed from the book when not given);
 * - no post-only flag exists, and there are no GTT or stand-alone trigger orders;
 * - TP/SL attach to LIMIT entries only (`tpPrice`/`slPrice` children);
 * - IOC on LIMIT is undocumented but seen live, so it follows the `limitIoc` option;
 * - there is no cancel-all endpoint: `cancelAllOrders` cancels each open order in turn;
 * - there is no client-order-id field: the signed, user-chosen `nonce` plays that part (it is
 *   stored with the order, filterable in `GET /orders` and echoed on the stream), so client order
 *   ids are nonces written as decimal integers.
 */
export function vestCapabilities(options: { limitIoc: boolean }): Capabilities {
  return {
    marketOrders: true,
    postOnly: false,
    reduceOnly: true,
    triggerOrders: false,
    tpsl: true,
    ioc: options.limitIoc,
    fok: true,
    gtt: false,
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
  };
}

import { ValidationError } from "../errors/index.js";
import type { ValidatedPlaceOrderRequest } from "./requests.js";

/** Every optional feature a venue adapter declares, each true or false. */
export const CAPABILITY_NAMES = [
  /** Market orders. */
  "marketOrders",
  /** Post-only (maker-only) orders. */
  "postOnly",
  /** Reduce-only orders. */
  "reduceOnly",
  /** Standalone conditional orders (`triggerPrice`). */
  "triggerOrders",
  /** Take-profit / stop-loss attached to an entry order. */
  "tpsl",
  "ioc",
  "fok",
  /** Good-till-time orders (`expiresAt`). */
  "gtt",
  /** Cancel every open order (optionally of one market) in one call. */
  "cancelAll",
  /** Cancel a list of given orders in one request. */
  "massCancel",
  /** Cancel-all-after timer (dead man's switch). */
  "cancelAllAfter",
  /** Amend price or size of a resting order. */
  "editOrder",
  "setLeverage",
  /** Orders carry a user-chosen client order id, and can be cancelled by it. */
  "clientOrderId",
  "fundingRates",
  "watchOrderBook",
  "watchFunding",
  /** Private stream of order, fill, balance and position updates. */
  "watchAccount",
] as const;

export type Capability = (typeof CAPABILITY_NAMES)[number];

/** What a venue supports; every capability is declared explicitly. */
export type Capabilities = Readonly<Record<Capability, boolean>>;

/** Throws a ValidationError naming the venue and the feature when it is not supported. */
export function assertCapability(capabilities: Capabilities, capability: Capability, venue: string): void {
  if (!capabilities[capability]) {
    throw new ValidationError(`${venue} does not support ${capability}`, {
      venue,
      issues: [{ path: [], message: `unsupported: ${capability}` }],
    });
  }
}

/** The capabilities an order needs. */
export function requiredCapabilities(order: ValidatedPlaceOrderRequest): Capability[] {
  const needed: Capability[] = [];
  if (order.type === "market") needed.push("marketOrders");
  if (order.postOnly) needed.push("postOnly");
  if (order.reduceOnly) needed.push("reduceOnly");
  if (order.triggerPrice !== undefined) needed.push("triggerOrders");
  if (order.takeProfit !== undefined || order.stopLoss !== undefined) needed.push("tpsl");
  if (order.timeInForce === "IOC") needed.push("ioc");
  if (order.timeInForce === "FOK") needed.push("fok");
  if (order.timeInForce === "GTT") needed.push("gtt");
  if (order.clientOrderId !== undefined) needed.push("clientOrderId");
  return needed;
}

/** Rejects an order using features the venue lacks, before anything is signed or sent. */
export function assertOrderSupported(
  order: ValidatedPlaceOrderRequest,
  capabilities: Capabilities,
  venue: string,
): void {
  const missing = requiredCapabilities(order).filter((capability) => !capabilities[capability]);
  if (missing.length > 0) {
    throw new ValidationError(`${venue} does not support ${missing.join(", ")} (needed by this order)`, {
      venue,
      issues: missing.map((capability) => ({ path: [], message: `unsupported: ${capability}` })),
    });
  }
}

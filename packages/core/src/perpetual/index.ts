export type { Balance, MarginMode, Position, PositionSide } from "./account.js";
export {
  type AccountComponent,
  type AccountReadinessReasons,
  type RegisterAccountComponentsOptions,
  registerAccountComponents,
} from "./account-readiness.js";
export {
  assertCapability,
  assertOrderSupported,
  CAPABILITY_NAMES,
  type Capabilities,
  type Capability,
  requiredCapabilities,
} from "./capabilities.js";
export type {
  AccountEvent,
  AccountEventType,
  BalanceUpdateEvent,
  FillEvent,
  OrderUpdateEvent,
  PositionUpdateEvent,
  ResyncEvent,
  UnknownAccountEvent,
} from "./events.js";
export { Fanout } from "./fanout.js";
export type { FundingRate } from "./funding.js";
export type { ContractType, Market, MarketStatus } from "./market.js";
export {
  FINAL_ORDER_STATUSES,
  type Fill,
  isFinalOrderStatus,
  type Liquidity,
  type Order,
  type OrderSide,
  type OrderStatus,
  type OrderType,
  type TimeInForce,
} from "./order.js";
export {
  type NewOrder,
  newOrderFromRequest,
  type OrderChange,
  type OrderChangeListener,
  type OrderChangeSource,
  OrderTracker,
  type OrderTrackerOptions,
  type OrderUpdate,
} from "./order-tracker.js";
export type {
  FetchOrderBookOptions,
  LoadMarketsOptions,
  Perpetual,
  RequestOptions,
  StartOptions,
} from "./perpetual.js";
export {
  type AttachedTrigger,
  type CancelAllOrdersRequest,
  type CancelOrderRequest,
  cancelAllOrdersRequestSchema,
  cancelOrderRequestSchema,
  type PlaceOrderRequest,
  parseCancelAllOrdersRequest,
  parseCancelOrderRequest,
  parsePlaceOrderRequest,
  parseSetLeverageRequest,
  placeOrderRequestSchema,
  type SetLeverageRequest,
  setLeverageRequestSchema,
  type TriggerPriceType,
  type ValidatedAttachedTrigger,
  type ValidatedCancelOrderRequest,
  type ValidatedPlaceOrderRequest,
} from "./requests.js";
export { SessionTimers } from "./session-timers.js";
export {
  type IterateOptions,
  iterateSubscription,
  type Listener,
  type OverflowPolicy,
  type SubscribeFn,
  type Subscription,
  type WatchOptions,
  type WatchStream,
  watchBoth,
} from "./subscription.js";
export { toValidationError } from "./validation.js";

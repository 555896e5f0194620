export { LIGHTER_CAPABILITIES } from "./capabilities.js";
export { parseClientOrderId } from "./client-order-ids.js";
export {
  type FundingRateUnit,
  type LighterCredentials,
  type LighterPerpetualConfig,
  resolveLighterConfig,
} from "./config.js";
export { type LighterAccountView, LighterPerpetual } from "./lighter-perpetual.js";

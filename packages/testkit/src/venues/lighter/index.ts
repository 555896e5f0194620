export {
  LIGHTER_COUNTERPARTY_CREDENTIALS,
  LIGHTER_TEST_CREDENTIALS,
  type LighterTestCredentials,
  lighterTestCredentials,
} from "./credentials.js";
export { LIGHTER_ERROR_CODES } from "./errors.js";
export { DEFAULT_LIGHTER_MARKETS, type LighterMarketConfig } from "./markets.js";
export {
  DEFAULT_LIGHTER_ACCOUNTS,
  type LighterAccountConfig,
  type LighterSimulatorOptions,
} from "./options.js";
export { LIGHTER_REST_PREFIX } from "./rest.js";
export { LighterSimulator, lighterProtocolFactory, manualLighterSimulator } from "./simulator.js";
export { MARKET_MAKER_ACCOUNT_INDEX } from "./venue.js";
export { LIGHTER_NO_PONG_CLOSE, LIGHTER_WS_PATH } from "./ws.js";

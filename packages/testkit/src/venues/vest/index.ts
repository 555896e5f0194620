export {
  VEST_COUNTERPARTY_CREDENTIALS,
  VEST_TEST_CREDENTIALS,
  type VestTestCredentials,
  vestTestCredentials,
} from "./credentials.js";
export {
  VEST_CLOSE_CODES,
  VEST_REJECT_CODES,
  VEST_REQUEST_ERRORS,
  type VestErrorEnvelope,
} from "./errors.js";
export { DEFAULT_VEST_MARKETS, type VestMarketConfig } from "./markets.js";
export {
  DEFAULT_VEST_ACCOUNTS,
  DEFAULT_WITHDRAW_TOKENS,
  type VestAccountConfig,
  type VestSimulatorOptions,
} from "./options.js";
export { VEST_REST_PREFIX } from "./rest.js";
export { manualVestSimulator, VestSimulator, vestProtocolFactory } from "./simulator.js";
export { VEST_WS_PATH } from "./ws.js";

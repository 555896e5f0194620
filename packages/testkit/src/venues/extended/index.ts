/**
 * Extended (Starknet) protocol layer of the simulator: REST under /api/v1 and the v1 streams under
 * /stream.extended.exchange/v1, with Stark signature checks against registered test accounts.
 */
export {
  deriveExtendedTestAccount,
  EXTENDED_TEST_ACCOUNT,
  EXTENDED_TEST_SUBACCOUNT,
  type ExtendedAccountConfig,
  type ExtendedTestCredentials,
  type TestAccountInput as ExtendedTestAccountInput,
} from "./credentials.js";
export { ErrorCode as ExtendedErrorCode } from "./envelope.js";
export {
  COLLATERAL_ID as EXTENDED_COLLATERAL_ID,
  defaultExtendedMarkets,
  type ExtendedMarketConfig,
  syntheticAssetId,
} from "./markets.js";
export {
  createExtendedSimulator,
  type ExtendedSimOptions,
  type ExtendedSimulator,
  extendedProtocolFactory,
} from "./protocol.js";
export { API_PREFIX as EXTENDED_API_PREFIX } from "./rest/router.js";
export { STREAM_PREFIX as EXTENDED_STREAM_PREFIX } from "./streams/paths.js";
export type { ExtendedVenue } from "./venue.js";

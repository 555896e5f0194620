export {
  classifyTxFailure,
  NONCE_ERROR_CODES,
  type TxFailureCodes,
  type TxFailureKind,
  UNKNOWN_OUTCOME_CODES,
} from "./failure.js";
export {
  LighterNonceManager,
  type LighterNonceManagerOptions,
  type NonceAllocationOptions,
  type NonceFetcher,
} from "./nonce-manager.js";
export { type KeyedNonceFetcher, LighterNonceRegistry, type NonceKey } from "./nonce-registry.js";
export { restNonceFetcher } from "./rest-fetcher.js";
export { type BuildTx, type SendTx, type SendWithNonceOptions, sendWithNonce } from "./send-with-nonce.js";

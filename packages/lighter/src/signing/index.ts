/**
 * @perp/lighter/signing: Lighter's signer in pure TypeScript (Goldilocks, Fp5, Poseidon2,
 * ECgFp5 Schnorr), every user-signable L2 transaction, auth tokens and L1 message bodies.
 */
export {
  AUTH_TOKEN_DEFAULT_TTL_SECONDS,
  AUTH_TOKEN_MAX_LIFETIME_SECONDS,
  type AuthToken,
  type AuthTokenOptions,
  authTokenDeadline,
  authTokenNeedsRefresh,
  createAuthToken,
} from "./auth/auth-token.js";
export { precomputeGeneratorTable } from "./curve/fixed-base.js";
export {
  hashNoPad,
  hashNToMNoPad,
  hashToQuinticExtension,
  permuteBigInts as poseidon2Permute,
} from "./hash/poseidon2.js";
export { LighterPrivateKey } from "./keys/private-key.js";
export {
  type ApproveIntegratorL1Fields,
  approveIntegratorL1Message,
  type ChangePubKeyL1Fields,
  changePubKeyL1Message,
  createSubAccountL1Message,
  l1MessageHash,
  type TransferL1Fields,
  transferL1Message,
} from "./l1/l1-message.js";
export { type NonceSource, randomNonce } from "./schnorr.js";
export {
  CHAIN_ID,
  DEFAULT_TX_EXPIRY_MS,
  LighterSigner,
  type LighterSignerOptions,
  type SignerTxFields,
  type SignerTxOptions,
} from "./signer.js";
export {
  parseTxAttributes,
  TX_ATTRIBUTE,
  type TxAttributes,
  type TxAttributesInput,
} from "./tx/attributes.js";
export {
  type BytesInput,
  type IntegerInput,
  type OrderLegInput,
  parseTxFields,
  type TxBodyInput,
  type TxFieldsInput,
} from "./tx/fields.js";
export { txPreimage } from "./tx/preimage.js";
export { type SignedTx, type SignTxOptions, signTx } from "./tx/sign.js";
export { ORDER_LEG_FIELDS, TX_TYPE_CODES, TX_TYPE_NAMES, TX_TYPES, type TxTypeName } from "./tx/spec.js";
export { verifySignature } from "./verify.js";

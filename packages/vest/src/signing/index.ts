export { type CancelRequest, cancelPayload, signCancel } from "./actions/cancel.js";
export { type LpRequest, lpPayload, signLp, type VestLpOrderType } from "./actions/lp.js";

export {
  type ChildNoncePolicy,
  type LimitOrderRequest,
  type MarketOrderRequest,
  type OrderBody,
  type OrderRequest,
  type OrderSignatureFields,
  type OrderSignOptions,
  orderPayload,
  signOrder,
  type VestSignedOrderType,
  type VestTimeInForce,
} from "./actions/order.js";
export {
  type SignedWithdraw,
  signWithdraw,
  type WithdrawBody,
  type WithdrawRequest,
  type WithdrawSignatureFields,
  type WithdrawSignOptions,
  withdrawPayload,
} from "./actions/withdraw.js";
export {
  VEST_DOMAIN_NAME,
  VEST_DOMAIN_VERSION,
  VEST_EVM_NETWORK_TYPE,
  VEST_VERIFYING_CONTRACTS,
  type VestEnvironment,
} from "./constants.js";
export {
  primaryWalletFromAccount,
  primaryWalletFromPrivateKey,
  primaryWalletFromWalletClient,
  toPrimaryWallet,
  type VestPrimaryWallet,
  type VestPrimaryWalletSource,
} from "./keys/primary-wallet.js";
export {
  signingKeyFromAccount,
  signingKeyFromPrivateKey,
  toSigningKey,
  type VestSigningKey,
  type VestSigningKeySource,
} from "./keys/signing-key.js";
export {
  type RegisterBody,
  type RegisterRequest,
  type SignedRegistration,
  signRegistration,
} from "./registration/register.js";
export {
  SIGNER_PROOF_TYPES,
  type SignerProofHashes,
  type SignerProofMessage,
  type SignerProofTypedData,
  signerProofHashes,
  signerProofTypedData,
  type VestSignerProofDomain,
  vestSignerProofDomain,
} from "./registration/signer-proof.js";
export type { Address, Hex, SignedRequest, SigningPayload, SignOptions } from "./types.js";

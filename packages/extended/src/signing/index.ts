/*
 * Extended (Starknet) signer: SNIP-12 revision 1 Poseidon hashing, Stark ECDSA (RFC 6979),
 * order / transfer / withdrawal settlements. Pure TypeScript. Wallet onboarding (EIP-712, viem)
 * lives in the separate `@perp/extended/onboarding` entry so order signing stays small.
 */
export { CURVE_ORDER, FIELD_PRIME } from "./crypto/constants.js";
export { type StarkSignature, starkPublicKey, starkSign } from "./crypto/ecdsa.js";
export { DEFAULT_WINDOW_BITS, precomputeGeneratorTable } from "./crypto/fixed-base.js";
export { hadesPermutation, poseidonHashMany } from "./crypto/poseidon.js";
export { grindKey, starkPrivateKeyFromEthSignature } from "./onboarding/grind-key.js";
export {
  entirePositionSize,
  type OrderSide,
  type SettlementAmounts,
  settlementAmounts,
  settlementExpiration,
} from "./settlement/amounts.js";
export {
  type DebuggingAmounts,
  type OrderInput,
  type OrderMarket,
  type OrderRequestBody,
  type OrderTrigger,
  type OrderType,
  randomNonce,
  type SelfTradeProtectionLevel,
  type SignedOrder,
  signOrder,
  signReplacementOrder,
  type TimeInForce,
  type TpSlLegBody,
  type TpSlLegInput,
  type TpSlType,
  type TriggerPriceType,
} from "./settlement/order.js";
export {
  type MarketL2Config,
  ORDER_EXPIRATION_BUFFER_SECONDS,
  type OrderSettlement,
  type SettlementParams,
  type SignedOrderSettlement,
  signOrderSettlement,
} from "./settlement/order-settlement.js";
export {
  expirationFromNow,
  type SignedTransfer,
  type SignedWithdrawal,
  signTransfer,
  signWithdrawal,
  TRANSFER_EXPIRATION_SECONDS,
  type TransferInput,
  type TransferSettlement,
  WITHDRAWAL_EXPIRATION_SECONDS,
  type WithdrawalInput,
  type WithdrawalSettlement,
} from "./settlement/transfer.js";
export { type SignatureHex, StarkSigner } from "./signer.js";
export { domainHash, MAINNET_DOMAIN, type StarknetDomain, TESTNET_DOMAIN } from "./snip12/domain.js";
export { type FeltLike, feltToHex, shortString, toFelt } from "./snip12/felt.js";
export {
  type LimitOrderFields,
  limitOrderStructHash,
  messageHash,
  type OrderFields,
  orderStructHash,
  type TransferFields,
  transferStructHash,
  type WithdrawFields,
  withdrawStructHash,
} from "./snip12/structs.js";
export { starknetKeccak, structTypeHash, TYPE_STRINGS, typeHash } from "./snip12/types.js";
export { NONCE_MAX, NONCE_MIN } from "./validation.js";

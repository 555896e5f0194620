/*
 * Wallet onboarding for Extended: the L2 (Stark) key derived from an Ethereum signature, account
 * registration and sub-account signatures, and L1 request signatures. A separate entry point
 * because it brings viem's EIP-712 code, which order signing does not need.
 */

export { grindKey, starkPrivateKeyFromEthSignature } from "./signing/onboarding/grind-key.js";
export {
  type AccountCreation,
  buildOnboardingPayload,
  deriveStarkSigner,
  type EthereumSigner,
  ethereumSignerFromPrivateKey,
  formatSigningTime,
  type L1RequestSignature,
  type OnboardingAction,
  type OnboardingInput,
  type OnboardingPayload,
  SIGNING_DOMAINS,
  signKeyDerivation,
  signL1Request,
  starkSignerFromEthSignature,
} from "./signing/onboarding/onboarding.js";

import type { Address } from "./types.js";

/** The Vest Router V2 contracts the registration proof is bound to (EIP-712 `verifyingContract`). */
export const VEST_VERIFYING_CONTRACTS = {
  prod: "0x919386306C47b2Fe1036e3B4F7C40D22D2461a23",
  dev: "0x8E4D87AEf4AC4D5415C35A12319013e34223825B",
} as const satisfies Record<string, Address>;

export type VestEnvironment = keyof typeof VEST_VERIFYING_CONTRACTS;

/** EIP-712 domain name and version hard-coded by the Vest contracts. */
export const VEST_DOMAIN_NAME = "VestRouterV2";
export const VEST_DOMAIN_VERSION = "0.0.1";

/** `networkType` of an EVM primary wallet in `POST /register`. */
export const VEST_EVM_NETWORK_TYPE = 0;

import { type AbiField, encodeAbiTuple } from "../abi/encode.js";
import {
  VEST_DOMAIN_NAME,
  VEST_DOMAIN_VERSION,
  VEST_VERIFYING_CONTRACTS,
  type VestEnvironment,
} from "../constants.js";
import { keccak256 } from "../digest/keccak.js";
import type { Address } from "../types.js";

/**
 * The EIP-712 domain of the Vest router: exactly name, version and verifyingContract. The
 * contract hashes no chainId and no salt, so adding either yields a digest it rejects.
 */
export interface VestSignerProofDomain {
  name: string;
  version: string;
  verifyingContract: Address;
}

/** EIP-712 types of the registration proof, in the shape viem and wallets take. */
export const SIGNER_PROOF_TYPES = {
  SignerProof: [
    { name: "approvedSigner", type: "address" },
    { name: "signerExpiry", type: "uint256" },
  ],
} as const;

export interface SignerProofMessage {
  approvedSigner: Address;
  /** Milliseconds since the epoch (the contract compares it with request times in ms). */
  signerExpiry: bigint;
}

export interface SignerProofTypedData {
  domain: VestSignerProofDomain;
  types: typeof SIGNER_PROOF_TYPES;
  primaryType: "SignerProof";
  message: SignerProofMessage;
}

export interface SignerProofHashes {
  domainSeparator: Uint8Array;
  structHash: Uint8Array;
  digest: Uint8Array;
}

const utf8 = new TextEncoder();
const DOMAIN_TYPEHASH = keccak256(
  utf8.encode("EIP712Domain(string name,string version,address verifyingContract)"),
);
const SIGNER_PROOF_TYPEHASH = keccak256(
  utf8.encode("SignerProof(address approvedSigner,uint256 signerExpiry)"),
);

/** The domain for an environment, with the contract address overridable (e.g. a redeployed router). */
export function vestSignerProofDomain(
  environment: VestEnvironment = "prod",
  overrides: { [K in keyof VestSignerProofDomain]?: VestSignerProofDomain[K] | undefined } = {},
): VestSignerProofDomain {
  return {
    name: overrides.name ?? VEST_DOMAIN_NAME,
    version: overrides.version ?? VEST_DOMAIN_VERSION,
    verifyingContract: overrides.verifyingContract ?? VEST_VERIFYING_CONTRACTS[environment],
  };
}

export function signerProofTypedData(
  domain: VestSignerProofDomain,
  approvedSigner: Address,
  signerExpiryMillis: number,
): SignerProofTypedData {
  return {
    domain,
    types: SIGNER_PROOF_TYPES,
    primaryType: "SignerProof",
    message: { approvedSigner, signerExpiry: BigInt(signerExpiryMillis) },
  };
}

/** EIP-712 hashing of the proof: domain separator, struct hash and the `\x19\x01` digest. */
export function signerProofHashes(typedData: SignerProofTypedData): SignerProofHashes {
  const { domain, message } = typedData;
  const domainFields: AbiField[] = [
    { type: "bytes32", value: DOMAIN_TYPEHASH },
    { type: "bytes32", value: keccak256(utf8.encode(domain.name)) },
    { type: "bytes32", value: keccak256(utf8.encode(domain.version)) },
    { type: "address", value: domain.verifyingContract },
  ];
  const structFields: AbiField[] = [
    { type: "bytes32", value: SIGNER_PROOF_TYPEHASH },
    { type: "address", value: message.approvedSigner },
    { type: "uint256", value: message.signerExpiry },
  ];
  const domainSeparator = keccak256(encodeAbiTuple(domainFields));
  const structHash = keccak256(encodeAbiTuple(structFields));
  const prefixed = new Uint8Array(66);
  prefixed[0] = 0x19;
  prefixed[1] = 0x01;
  prefixed.set(domainSeparator, 2);
  prefixed.set(structHash, 34);
  return { domainSeparator, structHash, digest: keccak256(prefixed) };
}

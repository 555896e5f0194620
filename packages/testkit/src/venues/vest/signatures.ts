import {
  type Address,
  encodeAbiParameters,
  type Hex,
  keccak256,
  parseAbiParameters,
  recoverMessageAddress,
  recoverTypedDataAddress,
} from "viem";

/**
 * Vest's signature recipes, rebuilt from the venue documentation with viem so the simulator checks
 * clients independently of the SDK's own signer. Every write is personal_sign (EIP-191) over
 * keccak256(abi.encode(fields)); only the signing-key registration is EIP-712, with a domain that has
 * no chainId.
 */

export interface OrderSignedFields {
  readonly time: number;
  readonly nonce: number;
  readonly orderType: string;
  readonly symbol: string;
  readonly isBuy: boolean;
  readonly size: string;
  readonly limitPrice: string;
  readonly reduceOnly: boolean;
}

export interface WithdrawSignedFields {
  readonly time: number;
  readonly nonce: number;
  readonly account: Address;
  readonly recipient: Address;
  readonly token: Address;
  readonly size: bigint;
  readonly chainId: number;
}

const ORDER_ABI = parseAbiParameters("uint256, uint256, string, string, bool, string, string, bool");
const CANCEL_ABI = parseAbiParameters("uint256, uint256, string");
const LP_ABI = parseAbiParameters("uint256, uint256, string, string");
const WITHDRAW_ABI = parseAbiParameters(
  "uint256, uint256, bool, address, address, address, uint256, uint256",
);

export function orderMessageHash(f: OrderSignedFields): Hex {
  return keccak256(
    encodeAbiParameters(ORDER_ABI, [
      BigInt(f.time),
      BigInt(f.nonce),
      f.orderType,
      f.symbol,
      f.isBuy,
      f.size,
      f.limitPrice,
      f.reduceOnly,
    ]),
  );
}

export function cancelMessageHash(time: number, nonce: number, id: string): Hex {
  return keccak256(encodeAbiParameters(CANCEL_ABI, [BigInt(time), BigInt(nonce), id]));
}

export function lpMessageHash(time: number, nonce: number, orderType: string, size: string): Hex {
  return keccak256(encodeAbiParameters(LP_ABI, [BigInt(time), BigInt(nonce), orderType, size]));
}

/** The withdrawal tuple exactly as the treasury contract decodes it (`requestArgs`). */
export function withdrawRequestArgs(f: WithdrawSignedFields): Hex {
  return encodeAbiParameters(WITHDRAW_ABI, [
    BigInt(f.time),
    BigInt(f.nonce),
    false,
    f.account,
    f.recipient,
    f.token,
    f.size,
    BigInt(f.chainId),
  ]);
}

/**
 * Address that signed `hash` with EIP-191 over its 32 raw bytes, lower-cased; undefined when the
 * signature is not a recoverable 65-byte secp256k1 signature.
 */
export async function recoverActionSigner(hash: Hex, signature: string): Promise<string | undefined> {
  if (!/^0x[0-9a-fA-F]{130}$/.test(signature)) return undefined;
  try {
    const address = await recoverMessageAddress({ message: { raw: hash }, signature: signature as Hex });
    return address.toLowerCase();
  } catch {
    return undefined;
  }
}

export const SIGNER_PROOF_TYPES = {
  SignerProof: [
    { name: "approvedSigner", type: "address" },
    { name: "signerExpiry", type: "uint256" },
  ],
} as const;

export function signerProofDomain(verifyingContract: Address) {
  return { name: "VestRouterV2", version: "0.0.1", verifyingContract } as const;
}

/** Who signed the EIP-712 SignerProof delegating to `signingAddress` until `expiry` (ms), lower-cased. */
export async function recoverRegistrationSigner(
  verifyingContract: Address,
  signingAddress: Address,
  expiry: number,
  signature: string,
): Promise<string | undefined> {
  if (!/^0x[0-9a-fA-F]{130}$/.test(signature)) return undefined;
  try {
    const address = await recoverTypedDataAddress({
      domain: signerProofDomain(verifyingContract),
      types: SIGNER_PROOF_TYPES,
      primaryType: "SignerProof",
      message: { approvedSigner: signingAddress, signerExpiry: BigInt(expiry) },
      signature: signature as Hex,
    });
    return address.toLowerCase();
  } catch {
    return undefined;
  }
}

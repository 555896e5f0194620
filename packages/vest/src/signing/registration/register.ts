import { SigningError } from "@perp/core";
import { bytesToHex, recoverAddress } from "viem/utils";
import * as z from "zod/mini";
import { VEST_EVM_NETWORK_TYPE, type VestEnvironment } from "../constants.js";
import { toPrimaryWallet, type VestPrimaryWalletSource } from "../keys/primary-wallet.js";
import type { Address, Hex } from "../types.js";
import * as field from "../validation/fields.js";
import { parseInput } from "../validation/parse.js";
import {
  signerProofHashes,
  signerProofTypedData,
  type VestSignerProofDomain,
  vestSignerProofDomain,
} from "./signer-proof.js";

export interface RegisterRequest {
  /** Address of the delegated signing key being approved. */
  signingAddress: Address;
  /** When the delegation ends, in epoch milliseconds (not seconds). */
  expiryMillis: number;
  /** Picks the router contract; default "prod". */
  environment?: VestEnvironment;
  /** Overrides parts of the EIP-712 domain, e.g. the verifyingContract of a redeployed router. */
  domain?: Partial<VestSignerProofDomain>;
}

/** `POST /register` body. */
export interface RegisterBody {
  /** Lower-cased signing key address. */
  signingAddr: string;
  /** Lower-cased primary wallet address. */
  primaryAddr: string;
  signature: Hex;
  /** Equals the signed `signerExpiry`, in ms. */
  expiryTime: number;
  networkType: typeof VEST_EVM_NETWORK_TYPE;
}

export interface SignedRegistration {
  body: RegisterBody;
  primaryAddress: Address;
  domain: VestSignerProofDomain;
  /** EIP-712 digest the primary wallet signed. */
  digest: Hex;
}

const registerRequestSchema = z.object({
  signingAddress: field.address,
  expiryMillis: field.epochMillis,
  environment: z.optional(z.enum(["prod", "dev"], { error: 'must be "prod" or "dev"' })),
  domain: z.optional(
    z.object({
      name: z.optional(z.string().check(z.minLength(1, { error: "must not be empty" }))),
      version: z.optional(z.string().check(z.minLength(1, { error: "must not be empty" }))),
      verifyingContract: z.optional(field.address),
    }),
  ),
});

/**
 * Builds the `POST /register` body: the primary wallet signs an EIP-712 SignerProof delegating
 * to `signingAddress` until `expiryMillis`. The returned signature is checked to recover to the
 * primary address, so a wallet that signs with another account or other data fails here rather
 * than at the server.
 */
export async function signRegistration(
  primary: VestPrimaryWalletSource,
  request: RegisterRequest,
): Promise<SignedRegistration> {
  const input = parseInput(registerRequestSchema, request, "Vest registration request");
  const wallet = toPrimaryWallet(primary);
  const domain = vestSignerProofDomain(input.environment, input.domain);
  const typedData = signerProofTypedData(domain, input.signingAddress, input.expiryMillis);
  const { digest } = signerProofHashes(typedData);
  const primaryAddress = await wallet.getAddress();
  const signature = await wallet.signSignerProof(typedData, digest);
  const digestHex = bytesToHex(digest);

  const recovered = await recoverSigner(digestHex, signature);
  if (recovered?.toLowerCase() !== primaryAddress.toLowerCase()) {
    throw new SigningError(
      `The SignerProof signature does not recover to the primary wallet ${primaryAddress}`,
      { venue: "vest", details: { recovered } },
    );
  }

  return {
    body: {
      signingAddr: input.signingAddress.toLowerCase(),
      primaryAddr: primaryAddress.toLowerCase(),
      signature,
      expiryTime: input.expiryMillis,
      networkType: VEST_EVM_NETWORK_TYPE,
    },
    primaryAddress,
    domain,
    digest: digestHex,
  };
}

async function recoverSigner(digest: Hex, signature: Hex): Promise<Address | undefined> {
  try {
    return await recoverAddress({ hash: digest, signature });
  } catch {
    return undefined;
  }
}

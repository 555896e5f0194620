import { registerSecret, SigningError } from "@perp/core";
import { pedersen } from "@scure/starknet";
import type { Hex, LocalAccount } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import * as z from "zod/mini";
import { type SignatureHex, StarkSigner } from "../signer.js";
import { feltToHex } from "../snip12/felt.js";
import { validate } from "../validation.js";
import { starkPrivateKeyFromEthSignature } from "./grind-key.js";

/*
 * Onboarding with an Ethereum wallet (official SDK flow): an EIP-712 AccountCreation signature
 * seeds the Stark key, an EIP-712 AccountRegistration signature and a Pedersen-hash Stark
 * signature register it, and L1 request signatures (personal_sign of "path@time") authenticate
 * the account-management endpoints.
 */

/** The Ethereum signing capabilities onboarding needs (a viem LocalAccount satisfies it). */
export type EthereumSigner = Pick<LocalAccount, "address" | "signTypedData" | "signMessage">;

/** EIP-712 domain names: `extended.exchange` (mainnet), `starknet.sepolia.extended.exchange`, legacy `x10.exchange`. */
export const SIGNING_DOMAINS = {
  mainnet: "extended.exchange",
  testnet: "starknet.sepolia.extended.exchange",
  legacy: "x10.exchange",
} as const;

export type OnboardingAction = "REGISTER" | "CREATE_SUB_ACCOUNT";

const ethPrivateKeySchema = z
  .string()
  .check(z.regex(/^0x[0-9a-fA-F]{64}$/, "expected a 32-byte 0x hex private key"));

/** A viem account for a raw Ethereum private key (0x hex); the key is registered for redaction. */
export function ethereumSignerFromPrivateKey(privateKey: string): EthereumSigner {
  const key = validate(ethPrivateKeySchema, privateKey, "Ethereum private key") as Hex;
  registerSecret(key);
  return privateKeyToAccount(key);
}

const accountCreationTypes = {
  AccountCreation: [
    { name: "accountIndex", type: "int8" },
    { name: "wallet", type: "address" },
    { name: "tosAccepted", type: "bool" },
  ],
} as const;

const accountRegistrationTypes = {
  AccountRegistration: [
    { name: "accountIndex", type: "int8" },
    { name: "wallet", type: "address" },
    { name: "tosAccepted", type: "bool" },
    { name: "time", type: "string" },
    { name: "action", type: "string" },
    { name: "host", type: "string" },
  ],
} as const;

const ethSignatureSchema = z
  .string()
  .check(z.regex(/^0x[0-9a-fA-F]{130}$/, "expected a 65-byte 0x hex signature"));

const accountIndexSchema = z.number().check(z.int(), z.gte(0), z.lte(127));

/** EIP-712 AccountCreation signature whose r seeds the account's Stark key (domain `{ name }` only). */
export async function signKeyDerivation(
  wallet: EthereumSigner,
  signingDomain: string,
  accountIndex: number,
): Promise<Hex> {
  const index = validate(accountIndexSchema, accountIndex, "account index");
  return wallet.signTypedData({
    domain: { name: signingDomain },
    types: accountCreationTypes,
    primaryType: "AccountCreation",
    message: { accountIndex: index, wallet: wallet.address, tosAccepted: true },
  });
}

/** The Stark signer derived from a key-derivation signature (grindKey of its r). */
export function starkSignerFromEthSignature(signature: string): StarkSigner {
  const sig = validate(ethSignatureSchema, signature, "Ethereum signature");
  return StarkSigner.fromPrivateKey(feltToHex(starkPrivateKeyFromEthSignature(sig)));
}

/** Derives the Stark key of account `accountIndex` (0 = main, n = sub-account n) from the wallet. */
export async function deriveStarkSigner(
  wallet: EthereumSigner,
  signingDomain: string,
  accountIndex: number,
): Promise<{ signer: StarkSigner; keyDerivationSignature: Hex }> {
  const keyDerivationSignature = await signKeyDerivation(wallet, signingDomain, accountIndex);
  return { signer: starkSignerFromEthSignature(keyDerivationSignature), keyDerivationSignature };
}

/** UTC time as Extended signs it: `YYYY-MM-DDTHH:MM:SSZ` (no milliseconds). */
export function formatSigningTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export interface AccountCreation {
  accountIndex: number;
  wallet: string;
  tosAccepted: true;
  time: string;
  action: OnboardingAction;
  host: string;
}

export interface OnboardingInput {
  signingDomain: string;
  accountIndex: number;
  /** `YYYY-MM-DDTHH:MM:SSZ`; see formatSigningTime. */
  time: string;
  action: OnboardingAction;
  /** Onboarding host, e.g. `https://api.starknet.extended.exchange`. */
  host: string;
}

export interface OnboardingPayload {
  /** EIP-712 AccountRegistration signature (0x hex); only for REGISTER. The Python SDK sends it without 0x. */
  l1Signature?: Hex;
  l2Key: string;
  l2Signature: SignatureHex;
  accountCreation: AccountCreation;
  /** pedersen(wallet address, l2Key), the message of l2Signature. */
  l2Message: bigint;
  keyDerivationSignature: Hex;
  /** The derived Stark signer of this account. */
  signer: StarkSigner;
}

const nonEmpty = z.string().check(z.minLength(1));

const onboardingSchema = z.object({
  signingDomain: nonEmpty,
  accountIndex: accountIndexSchema,
  time: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, "expected YYYY-MM-DDTHH:MM:SSZ")),
  action: z.enum(["REGISTER", "CREATE_SUB_ACCOUNT"]),
  host: nonEmpty,
});

/**
 * Everything POST /auth/onboard (REGISTER) or /auth/onboard/subaccount (CREATE_SUB_ACCOUNT, which
 * is authenticated with L1 request headers instead of l1Signature) needs.
 */
export async function buildOnboardingPayload(
  wallet: EthereumSigner,
  input: OnboardingInput,
): Promise<OnboardingPayload> {
  const o = validate(onboardingSchema, input, "onboarding input");
  const { signer, keyDerivationSignature } = await deriveStarkSigner(wallet, o.signingDomain, o.accountIndex);
  const accountCreation: AccountCreation = {
    accountIndex: o.accountIndex,
    wallet: wallet.address,
    tosAccepted: true,
    time: o.time,
    action: o.action,
    host: o.host,
  };
  let l2Message: bigint;
  try {
    l2Message = BigInt(pedersen(BigInt(wallet.address), signer.publicKey));
  } catch (error) {
    throw new SigningError("Pedersen hash of the onboarding message failed", {
      venue: "extended",
      cause: error,
    });
  }
  const payload: OnboardingPayload = {
    l2Key: signer.publicKeyHex,
    l2Signature: signer.signHex(l2Message),
    accountCreation,
    l2Message,
    keyDerivationSignature,
    signer,
  };
  if (o.action === "REGISTER") {
    payload.l1Signature = await wallet.signTypedData({
      domain: { name: o.signingDomain },
      types: accountRegistrationTypes,
      primaryType: "AccountRegistration",
      message: { ...accountCreation, wallet: wallet.address },
    });
  }
  return payload;
}

export interface L1RequestSignature {
  /** `<requestPath>@<time>`, the personal_sign message. */
  message: string;
  signature: Hex;
  /** Headers for the account-management endpoints. */
  headers: { L1_SIGNATURE: Hex; L1_MESSAGE_TIME: string };
}

/** EIP-191 personal_sign of `requestPath@time` for the L1_SIGNATURE / L1_MESSAGE_TIME headers. */
export async function signL1Request(
  wallet: EthereumSigner,
  requestPath: string,
  time: string,
): Promise<L1RequestSignature> {
  const path = validate(
    z.string().check(z.startsWith("/", "request paths start with /")),
    requestPath,
    "request path",
  );
  const at = validate(onboardingSchema.shape.time, time, "request time");
  const message = `${path}@${at}`;
  const signature = await wallet.signMessage({ message });
  return { message, signature, headers: { L1_SIGNATURE: signature, L1_MESSAGE_TIME: at } };
}

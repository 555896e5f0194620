import { ValidationError } from "@perp/core";
import * as z from "zod/mini";
import type { SignatureHex, StarkSigner } from "../signer.js";
import type { StarknetDomain } from "../snip12/domain.js";
import { feltToHex } from "../snip12/felt.js";
import { messageHash, transferStructHash, withdrawStructHash } from "../snip12/structs.js";
import {
  decimalSchema,
  domainSchema,
  feltSchema,
  nonceSchema,
  positionIdSchema,
  resolutionSchema,
  validate,
} from "../validation.js";
import { exactUnits } from "./amounts.js";

/** Transfers are signed to expire 21 days out (the official SDKs' choice). */
export const TRANSFER_EXPIRATION_SECONDS = 21 * 24 * 60 * 60;
/** Withdrawals must expire at least 14 days out; the Python SDK uses 15. */
export const WITHDRAWAL_EXPIRATION_SECONDS = 15 * 24 * 60 * 60;

/** Signed expiration `ceil(nowMillis / 1000) + seconds`. */
export function expirationFromNow(seconds: number, nowMillis: number = Date.now()): number {
  return Math.ceil(nowMillis / 1000) + seconds;
}

export interface TransferInput {
  domain: StarknetDomain;
  senderVault: number | string;
  receiverVault: number | string;
  /** Receiver's Stark public key (0x hex); the sender's by default (own sub-accounts share it only if so). */
  receiverPublicKey?: string;
  collateralId: string;
  collateralResolution: number | string;
  /** Decimal amount in collateral units ("1.1"). */
  amount: string;
  /** Signed expiration, epoch seconds. */
  expirationSeconds: number;
  nonce: number;
}

/** `settlement` of POST /api/v1/user/transfer (and /transfer/onchain). */
export interface TransferSettlement {
  amount: string;
  assetId: string;
  expirationTimestamp: number;
  nonce: string;
  receiverPositionId: number;
  receiverPublicKey: string;
  senderPositionId: number;
  senderPublicKey: string;
  signature: SignatureHex;
}

export interface SignedTransfer {
  settlementAmount: bigint;
  structHash: bigint;
  messageHash: bigint;
  settlement: TransferSettlement;
}

const positiveAmount = decimalSchema.check(
  z.refine((v) => /[1-9]/.test(v), "amount must be greater than zero"),
);
const expirationSchema = z.number().check(z.int(), z.positive(), z.lte(Number.MAX_SAFE_INTEGER));

const transferSchema = z.object({
  domain: domainSchema,
  senderVault: positionIdSchema,
  receiverVault: positionIdSchema,
  receiverPublicKey: z.optional(feltSchema),
  collateralId: feltSchema,
  collateralResolution: resolutionSchema,
  amount: positiveAmount,
  expirationSeconds: expirationSchema,
  nonce: nonceSchema,
});

function units(amount: string, resolution: bigint, what: string): bigint {
  try {
    return exactUnits(amount, resolution);
  } catch {
    const message = "amount has more decimals than the collateral resolution";
    throw new ValidationError(`invalid ${what}: amount: ${message}`, {
      venue: "extended",
      issues: [{ path: ["amount"], message }],
    });
  }
}

/** Signs a TransferArgs settlement (hashed with the sender's public key). */
export function signTransfer(signer: StarkSigner, input: TransferInput): SignedTransfer {
  const t = validate(transferSchema, input, "transfer");
  const amount = units(t.amount, t.collateralResolution, "transfer");
  const structHash = transferStructHash({
    recipientPositionId: BigInt(t.receiverVault),
    senderPositionId: BigInt(t.senderVault),
    collateralId: BigInt(t.collateralId),
    amount,
    expiration: BigInt(t.expirationSeconds),
    salt: BigInt(t.nonce),
  });
  const hash = messageHash(t.domain, signer.publicKey, structHash);
  return {
    settlementAmount: amount,
    structHash,
    messageHash: hash,
    settlement: {
      amount: amount.toString(),
      assetId: feltToHex(BigInt(t.collateralId)),
      expirationTimestamp: t.expirationSeconds,
      nonce: String(t.nonce),
      receiverPositionId: Number(t.receiverVault),
      receiverPublicKey:
        t.receiverPublicKey === undefined ? signer.publicKeyHex : feltToHex(BigInt(t.receiverPublicKey)),
      senderPositionId: Number(t.senderVault),
      senderPublicKey: signer.publicKeyHex,
      signature: signer.signHex(hash),
    },
  };
}

export interface WithdrawalInput {
  domain: StarknetDomain;
  /** The account's vault. */
  positionId: number | string;
  collateralId: string;
  collateralResolution: number | string;
  /** Starknet address receiving the funds (the client's starknetWalletAddress, or the bridge's). */
  recipient: string;
  amount: string;
  expirationSeconds: number;
  salt: number;
}

/** `settlement` of POST /api/v1/user/withdrawal. */
export interface WithdrawalSettlement {
  recipient: string;
  positionId: number;
  collateralId: string;
  amount: string;
  expiration: { seconds: number };
  salt: number;
  signature: SignatureHex;
}

export interface SignedWithdrawal {
  settlementAmount: bigint;
  structHash: bigint;
  messageHash: bigint;
  settlement: WithdrawalSettlement;
}

const withdrawalSchema = z.object({
  domain: domainSchema,
  positionId: positionIdSchema,
  collateralId: feltSchema,
  collateralResolution: resolutionSchema,
  recipient: feltSchema,
  amount: positiveAmount,
  expirationSeconds: expirationSchema,
  salt: nonceSchema,
});

/** Signs a WithdrawArgs settlement with the account's key. */
export function signWithdrawal(signer: StarkSigner, input: WithdrawalInput): SignedWithdrawal {
  const w = validate(withdrawalSchema, input, "withdrawal");
  const amount = units(w.amount, w.collateralResolution, "withdrawal");
  const structHash = withdrawStructHash({
    recipient: BigInt(w.recipient),
    positionId: BigInt(w.positionId),
    collateralId: BigInt(w.collateralId),
    amount,
    expiration: BigInt(w.expirationSeconds),
    salt: BigInt(w.salt),
  });
  const hash = messageHash(w.domain, signer.publicKey, structHash);
  return {
    settlementAmount: amount,
    structHash,
    messageHash: hash,
    settlement: {
      recipient: feltToHex(BigInt(w.recipient)),
      positionId: Number(w.positionId),
      collateralId: feltToHex(BigInt(w.collateralId)),
      amount: amount.toString(),
      expiration: { seconds: w.expirationSeconds },
      salt: w.salt,
      signature: signer.signHex(hash),
    },
  };
}

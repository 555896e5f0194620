import {
  messageHash,
  ORDER_EXPIRATION_BUFFER_SECONDS,
  orderStructHash,
  type StarknetDomain,
  settlementAmounts,
  settlementExpiration,
  toFelt,
  transferStructHash,
  withdrawStructHash,
} from "@perp/extended/signing";
import { Signature, verify } from "@scure/starknet";

/**
 * Server-side settlement checks: the simulator recomputes the SNIP-12 message hash from the request
 * body and the account's registered vault and key, then verifies the Stark ECDSA signature.
 */

export interface StarkSignatureInput {
  r: bigint;
  s: bigint;
}

const hex64 = (value: bigint): string => value.toString(16).padStart(64, "0");

/**
 * A Stark key is only the x-coordinate of the public point; a signature is valid if it verifies
 * under either point with that x (StarkWare's verifier accepts both).
 */
export function verifyStarkSignature(
  hash: bigint,
  signature: StarkSignatureInput,
  publicKey: bigint,
): boolean {
  let sig: InstanceType<typeof Signature>;
  try {
    sig = new Signature(signature.r, signature.s);
  } catch {
    return false;
  }
  for (const prefix of ["02", "03"]) {
    try {
      if (verify(sig, hex64(hash), `${prefix}${hex64(publicKey)}`)) return true;
    } catch {
      // Out-of-range r/s or a key that is not on the curve: not a valid signature.
    }
  }
  return false;
}

export interface OrderSettlementCheck {
  domain: StarknetDomain;
  side: "BUY" | "SELL";
  qty: string;
  price: string;
  /** The request's `fee` plus `builderFee`. */
  feeRate: string;
  builderFeeRate: string;
  syntheticId: string;
  syntheticResolution: number;
  collateralId: string;
  collateralResolution: number;
  vault: number;
  expiryEpochMillis: number;
  nonce: bigint;
  publicKey: bigint;
}

/** The message hash an order's settlement must sign. */
export function orderMessageHash(o: OrderSettlementCheck): bigint {
  const amounts = settlementAmounts({
    side: o.side,
    qty: o.qty,
    price: o.price,
    feeRate: o.feeRate,
    builderFeeRate: o.builderFeeRate,
    syntheticResolution: BigInt(o.syntheticResolution),
    collateralResolution: BigInt(o.collateralResolution),
  });
  const collateralId = BigInt(o.collateralId);
  const struct = orderStructHash({
    positionId: BigInt(o.vault),
    baseAssetId: BigInt(o.syntheticId),
    baseAmount: toFelt(amounts.baseAmount),
    quoteAssetId: collateralId,
    quoteAmount: toFelt(amounts.quoteAmount),
    feeAssetId: collateralId,
    feeAmount: amounts.feeAmount,
    expiration: settlementExpiration(o.expiryEpochMillis, ORDER_EXPIRATION_BUFFER_SECONDS),
    salt: o.nonce,
  });
  return messageHash(o.domain, o.publicKey, struct);
}

export interface TransferCheck {
  domain: StarknetDomain;
  receiverVault: number;
  senderVault: number;
  collateralId: bigint;
  amount: bigint;
  expirationSeconds: bigint;
  nonce: bigint;
  senderPublicKey: bigint;
}

export function transferMessageHash(t: TransferCheck): bigint {
  const struct = transferStructHash({
    recipientPositionId: BigInt(t.receiverVault),
    senderPositionId: BigInt(t.senderVault),
    collateralId: t.collateralId,
    amount: t.amount,
    expiration: t.expirationSeconds,
    salt: t.nonce,
  });
  return messageHash(t.domain, t.senderPublicKey, struct);
}

export interface WithdrawalCheck {
  domain: StarknetDomain;
  recipient: bigint;
  vault: number;
  collateralId: bigint;
  amount: bigint;
  expirationSeconds: bigint;
  salt: bigint;
  publicKey: bigint;
}

export function withdrawalMessageHash(w: WithdrawalCheck): bigint {
  const struct = withdrawStructHash({
    recipient: w.recipient,
    positionId: BigInt(w.vault),
    collateralId: w.collateralId,
    amount: w.amount,
    expiration: w.expirationSeconds,
    salt: w.salt,
  });
  return messageHash(w.domain, w.publicKey, struct);
}

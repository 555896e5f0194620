import {
  POSEIDON_INITIAL_STATE,
  type PoseidonState,
  poseidonAbsorb,
  poseidonFinish,
} from "../crypto/poseidon.js";
import { messagePrefix, type StarknetDomain } from "./domain.js";
import { structTypeHash } from "./types.js";

/*
 * Struct hashes take field elements already in [0, P) (negative i64 amounts as P + x; see
 * felt.ts toFelt). Range checks on the values belong to the callers that build them.
 */

export interface OrderFields {
  positionId: bigint;
  baseAssetId: bigint;
  baseAmount: bigint;
  quoteAssetId: bigint;
  quoteAmount: bigint;
  feeAssetId: bigint;
  feeAmount: bigint;
  expiration: bigint;
  salt: bigint;
}

export interface LimitOrderFields extends Omit<OrderFields, "positionId"> {
  sourcePosition: bigint;
  receivePosition: bigint;
}

export interface TransferFields {
  recipientPositionId: bigint;
  senderPositionId: bigint;
  collateralId: bigint;
  amount: bigint;
  expiration: bigint;
  salt: bigint;
}

export interface WithdrawFields {
  recipient: bigint;
  positionId: bigint;
  collateralId: bigint;
  amount: bigint;
  expiration: bigint;
  salt: bigint;
}

/** Order hashes of one account share the first block [typeHash(Order), position]; cache its state. */
const orderPrefixCache = new Map<bigint, PoseidonState>();
const ORDER_PREFIX_CACHE_LIMIT = 1024;

function orderPrefix(positionId: bigint): PoseidonState {
  let state = orderPrefixCache.get(positionId);
  if (state === undefined) {
    state = poseidonAbsorb(POSEIDON_INITIAL_STATE, [structTypeHash("Order"), positionId]);
    if (orderPrefixCache.size >= ORDER_PREFIX_CACHE_LIMIT) orderPrefixCache.clear();
    orderPrefixCache.set(positionId, state);
  }
  return state;
}

export function orderStructHash(o: OrderFields): bigint {
  return poseidonFinish(orderPrefix(o.positionId), [
    o.baseAssetId,
    o.baseAmount,
    o.quoteAssetId,
    o.quoteAmount,
    o.feeAssetId,
    o.feeAmount,
    o.expiration,
    o.salt,
  ]);
}

export function limitOrderStructHash(o: LimitOrderFields): bigint {
  return poseidonFinish(POSEIDON_INITIAL_STATE, [
    structTypeHash("LimitOrder"),
    o.sourcePosition,
    o.receivePosition,
    o.baseAssetId,
    o.baseAmount,
    o.quoteAssetId,
    o.quoteAmount,
    o.feeAssetId,
    o.feeAmount,
    o.expiration,
    o.salt,
  ]);
}

export function transferStructHash(t: TransferFields): bigint {
  return poseidonFinish(POSEIDON_INITIAL_STATE, [
    structTypeHash("TransferArgs"),
    t.recipientPositionId,
    t.senderPositionId,
    t.collateralId,
    t.amount,
    t.expiration,
    t.salt,
  ]);
}

export function withdrawStructHash(w: WithdrawFields): bigint {
  return poseidonFinish(POSEIDON_INITIAL_STATE, [
    structTypeHash("WithdrawArgs"),
    w.recipient,
    w.positionId,
    w.collateralId,
    w.amount,
    w.expiration,
    w.salt,
  ]);
}

/**
 * SNIP-12 message hash: poseidon("StarkNet Message", domainHash, signer, structHash). Extended puts
 * the signer's Stark public key where generic SNIP-12 has an account address.
 */
export function messageHash(domain: StarknetDomain, publicKey: bigint, structHash: bigint): bigint {
  return poseidonFinish(messagePrefix(domain), [publicKey, structHash]);
}

import { ValidationError } from "@perp/core";
import type { SignatureHex, StarkSigner } from "../signer.js";
import type { StarknetDomain } from "../snip12/domain.js";
import { toFelt } from "../snip12/felt.js";
import { messageHash, orderStructHash } from "../snip12/structs.js";
import {
  type OrderSide,
  type SettlementAmounts,
  settlementAmounts,
  settlementExpiration,
} from "./amounts.js";

/** The market's `l2Config` from GET /info/markets. Never derive the ids yourself. */
export interface MarketL2Config {
  syntheticId: string;
  syntheticResolution: number | string;
  collateralId: string;
  collateralResolution: number | string;
}

/** Signed expiration = order expiry + 14 days (Extended's settlement buffer). */
export const ORDER_EXPIRATION_BUFFER_SECONDS = 14 * 24 * 60 * 60;

/** One signed settlement as an order request carries it. */
export interface OrderSettlement {
  signature: SignatureHex;
  starkKey: string;
  /** The vault as a decimal string. */
  collateralPosition: string;
}

/** Already-validated values for one order settlement. */
export interface SettlementParams {
  domain: StarknetDomain;
  vault: bigint;
  market: {
    syntheticId: bigint;
    syntheticResolution: bigint;
    collateralId: bigint;
    collateralResolution: bigint;
  };
  side: OrderSide;
  qty: string;
  price: string;
  feeRate: string;
  builderFeeRate: string;
  expiryEpochMillis: number;
  nonce: number;
  expirationBufferSeconds: number;
}

export interface SignedOrderSettlement {
  amounts: SettlementAmounts;
  expirationSeconds: bigint;
  structHash: bigint;
  messageHash: bigint;
  /** The message hash in decimal: the order id the SDKs send when no external id is given. */
  orderHash: string;
  settlement: OrderSettlement;
}

/** Hashes and signs one order settlement (an entry order or one TP/SL leg). */
export function signOrderSettlement(signer: StarkSigner, p: SettlementParams): SignedOrderSettlement {
  const amounts = settlementAmounts({
    side: p.side,
    qty: p.qty,
    price: p.price,
    feeRate: p.feeRate,
    builderFeeRate: p.builderFeeRate,
    syntheticResolution: p.market.syntheticResolution,
    collateralResolution: p.market.collateralResolution,
  });
  assertAmountRanges(amounts);
  const expirationSeconds = settlementExpiration(p.expiryEpochMillis, p.expirationBufferSeconds);
  const structHash = orderStructHash({
    positionId: p.vault,
    baseAssetId: p.market.syntheticId,
    baseAmount: toFelt(amounts.baseAmount),
    quoteAssetId: p.market.collateralId,
    quoteAmount: toFelt(amounts.quoteAmount),
    feeAssetId: p.market.collateralId,
    feeAmount: amounts.feeAmount,
    expiration: expirationSeconds,
    salt: BigInt(p.nonce),
  });
  const hash = messageHash(p.domain, signer.publicKey, structHash);
  return {
    amounts,
    expirationSeconds,
    structHash,
    messageHash: hash,
    orderHash: hash.toString(10),
    settlement: {
      signature: signer.signHex(hash),
      starkKey: signer.publicKeyHex,
      collateralPosition: p.vault.toString(10),
    },
  };
}

const I64_MAX = (1n << 63n) - 1n;
const U64_MAX = (1n << 64n) - 1n;

function assertAmountRanges(a: SettlementAmounts): void {
  const outside = (v: bigint) => v > I64_MAX || v < -I64_MAX;
  if (outside(a.baseAmount) || outside(a.quoteAmount) || a.feeAmount > U64_MAX) {
    throw new ValidationError("order amounts do not fit the signed i64/u64 fields", { venue: "extended" });
  }
}

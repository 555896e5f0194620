import {
  add,
  decimalsOf,
  formatDecimal,
  isZero,
  multiply,
  parseDecimal,
  pow10,
  toInteger,
} from "./decimal.js";

export type OrderSide = "BUY" | "SELL";

/** Integer amounts an order settlement signs. */
export interface SettlementAmounts {
  /** Synthetic amount, signed: + for BUY, − for SELL. */
  readonly baseAmount: bigint;
  /** Collateral amount, signed: − for BUY, + for SELL. */
  readonly quoteAmount: bigint;
  /** Fee amount, ≥ 0. */
  readonly feeAmount: bigint;
}

export interface AmountInputs {
  side: OrderSide;
  qty: string;
  price: string;
  /** Exchange fee rate plus the builder fee rate (the signed fee uses their sum). */
  feeRate: string;
  builderFeeRate: string;
  syntheticResolution: bigint;
  collateralResolution: bigint;
}

/**
 * Exact conversion of decimals to settlement integers: the notional is the full-precision
 * qty × price; BUY rounds synthetic and collateral up, SELL rounds them down; the fee always
 * rounds up.
 */
export function settlementAmounts(i: AmountInputs): SettlementAmounts {
  const qty = parseDecimal(i.qty);
  const notional = multiply(qty, parseDecimal(i.price));
  const rounding = i.side === "BUY" ? "ceil" : "floor";
  const synthetic = toInteger(qty, i.syntheticResolution, rounding);
  const collateral = toInteger(notional, i.collateralResolution, rounding);
  const feeRate = add(parseDecimal(i.feeRate), parseDecimal(i.builderFeeRate));
  const fee = isZero(feeRate) ? 0n : toInteger(multiply(feeRate, notional), i.collateralResolution, "ceil");
  return i.side === "BUY"
    ? { baseAmount: synthetic, quoteAmount: -collateral, feeAmount: fee }
    : { baseAmount: -synthetic, quoteAmount: collateral, feeAmount: fee };
}

/**
 * Size an entire-position TP/SL leg is signed for: floor(maxPositionValue × 50 / price), truncated
 * to the decimals of minOrderSizeChange. Deliberately oversized so the leg can close whatever the
 * position is when it triggers.
 */
export function entirePositionSize(
  price: string,
  minOrderSizeChange: string,
  maxPositionValue: string,
): string {
  const p = parseDecimal(price);
  if (isZero(p)) throw new RangeError("price must be positive");
  const decimals = decimalsOf(parseDecimal(minOrderSizeChange));
  const value = parseDecimal(maxPositionValue);
  // (value.units / 10^vs) × 50 / (p.units / 10^ps) × 10^decimals, floored
  const numerator = value.units * 50n * pow10(p.scale + decimals);
  const denominator = p.units * pow10(value.scale);
  return formatDecimal(numerator / denominator, decimals);
}

/** amount × resolution when that is an exact integer (transfers and withdrawals must not round). */
export function exactUnits(amount: string, resolution: bigint): bigint {
  const a = parseDecimal(amount);
  const denominator = pow10(a.scale);
  const numerator = a.units * resolution;
  if (numerator % denominator !== 0n)
    throw new RangeError("amount has more decimals than the asset resolution");
  return numerator / denominator;
}

/** Signed settlement expiration: ceil(expiryEpochMillis / 1000) plus the buffer (14 days by default). */
export function settlementExpiration(expiryEpochMillis: number, bufferSeconds: number): bigint {
  return (BigInt(expiryEpochMillis) + 999n) / 1000n + BigInt(bufferSeconds);
}

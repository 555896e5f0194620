import Big from "big.js";

/** Rounding modes of big.js, by name. */
const ROUNDING = { down: 0, "half-up": 1, "half-even": 2, up: 3 } as const;
export type Rounding = keyof typeof ROUNDING;

/**
 * A decimal rendered with exactly `decimals` places, the way Vest prints prices ("30000.00"), sizes
 * ("0.1000") and money ("1333.000000"). Values come from the engine as exact decimal strings.
 */
export function fixed(value: string | Big, decimals: number, rounding: Rounding = "half-even"): string {
  const text = new Big(value).toFixed(decimals, ROUNDING[rounding]);
  return text.startsWith("-") && /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Money strings carry the collateral's 6 decimals. */
export const COLLATERAL_DECIMALS = 6;

export function usdc(value: string | Big): string {
  return fixed(value, COLLATERAL_DECIMALS);
}

/** Plain non-negative decimal text as Vest sends it: digits, optionally a point and more digits. */
export const UNSIGNED_DECIMAL = /^\d+(\.\d+)?$/;

/** Decimal places as written (trailing zeros count: "0.1000" has 4). */
export function writtenDecimals(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Decimal places that carry value ("0.1000" has 1). */
export function significantDecimals(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.slice(dot + 1).replace(/0+$/, "").length;
}

/** Vest order, transfer and trade ids are hex strings ("0x1f"). */
export function hexId(value: bigint): string {
  return `0x${value.toString(16)}`;
}

/** The engine's decimal id as a Vest hex id. */
export function hexOfDecimal(id: string): string {
  return hexId(BigInt(id));
}

/** A JSON number when it fits, the decimal text otherwise (ids may exceed 2^53). */
export function jsonInteger(id: string): number | string {
  const value = BigInt(id);
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : id;
}

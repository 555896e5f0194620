/** A decimal as an integer coefficient over a power of ten: value = coefficient / 10^scale. */
export interface FixedPoint {
  readonly coefficient: bigint;
  readonly scale: number;
}

/** Reads a decimal already in normalized form (see parseDecimal); no validation here. */
export function toFixedPoint(normalized: string): FixedPoint {
  const dot = normalized.indexOf(".");
  if (dot < 0) return { coefficient: BigInt(normalized), scale: 0 };
  return {
    coefficient: BigInt(normalized.slice(0, dot) + normalized.slice(dot + 1)),
    scale: normalized.length - dot - 1,
  };
}

export function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

/** The coefficient expressed at a larger (or equal) scale. */
export function rescale(value: FixedPoint, scale: number): bigint {
  return scale === value.scale ? value.coefficient : value.coefficient * pow10(scale - value.scale);
}

/** Normalized text: no exponent, no leading zeros, no trailing fractional zeros, no "-0". */
export function formatFixedPoint(coefficient: bigint, scale: number): string {
  if (coefficient === 0n) return "0";
  const negative = coefficient < 0n;
  let digits = (negative ? -coefficient : coefficient).toString();
  if (scale < 0) {
    digits += "0".repeat(-scale);
    scale = 0;
  }
  let end = digits.length;
  while (scale > 0 && digits.charCodeAt(end - 1) === 48) {
    end--;
    scale--;
  }
  digits = digits.slice(0, end);
  let text: string;
  if (scale === 0) {
    text = digits;
  } else if (digits.length > scale) {
    text = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  } else {
    text = `0.${"0".repeat(scale - digits.length)}${digits}`;
  }
  return negative ? `-${text}` : text;
}

/**
 * Normalized text (no exponent, no leading zeros, no trailing fractional zeros, no "-0") for the
 * value coefficient / 10^scale. Pure digit placement, no arithmetic: it serves the places that
 * already hold an integer and a scale (exponent-form input, scaled integers).
 */
export function formatFixedPoint(coefficient: bigint, scale: number): string {
  if (coefficient === 0n) return "0";
  const negative = coefficient < 0n;
  let digits = (negative ? -coefficient : coefficient).toString();
  if (scale < 0) {
    digits += "0".repeat(-scale);
    scale = 0;
  }
  let end = digits.length;
  while (scale > 0 && digits.charCodeAt(end - 1) === ZERO) {
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

/** n when the normalized text is 10^-n ("0.01" → 2, "1" → 0, "100" → -2), otherwise undefined. */
export function powerOfTenDecimals(normalized: string): number | undefined {
  const last = normalized.length - 1;
  if (normalized.startsWith("0.")) {
    if (normalized.charCodeAt(last) !== ONE) return undefined;
    for (let i = 2; i < last; i++) if (normalized.charCodeAt(i) !== ZERO) return undefined;
    return last - 1;
  }
  if (normalized.charCodeAt(0) !== ONE) return undefined;
  for (let i = 1; i <= last; i++) if (normalized.charCodeAt(i) !== ZERO) return undefined;
  return last === 0 ? 0 : -last; // not -0, which Object.is tells apart
}

const ZERO = 48;
const ONE = 49;

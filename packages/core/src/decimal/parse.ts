import { ValidationError } from "../errors/errors.js";
import { formatFixedPoint } from "./fixed-point.js";

/** Exponents beyond this are refused: "1e999999999" would otherwise expand to a billion digits. */
export const MAX_DECIMAL_EXPONENT = 1000;

const ZERO = 48;
const NINE = 57;
const MINUS = 45;
const DOT = 46;

/**
 * Validates a decimal string and returns it in normalized form: no exponent, no leading zeros,
 * no trailing fractional zeros, no "-0" ("001.50" → "1.5", "-0.0" → "0", "1.5e-3" → "0.0015").
 * Accepted grammar: an optional "-", digits, optionally "." and digits, optionally an exponent.
 * Already-normalized input is returned as the same string, without allocating.
 */
export function parseDecimal(value: unknown, field = "value"): string {
  if (typeof value !== "string") {
    throw new ValidationError(`${field} must be a decimal string, got ${describe(value)}`, {
      issues: [{ path: [field], message: "expected a decimal string" }],
    });
  }
  const normalized = normalizeDecimalText(value);
  if (normalized === undefined) {
    throw new ValidationError(`${field} is not a decimal number: ${quote(value)}`, {
      issues: [{ path: [field], message: "expected digits with an optional sign, fraction and exponent" }],
    });
  }
  return normalized;
}

/** True when the value is a string parseDecimal accepts. */
export function isDecimalString(value: unknown): value is string {
  return typeof value === "string" && normalizeDecimalText(value) !== undefined;
}

/** Normalized form of a decimal string, or undefined when the text is not a decimal. */
export function normalizeDecimalText(text: string): string | undefined {
  const length = text.length;
  let i = text.charCodeAt(0) === MINUS ? 1 : 0;
  const intStart = i;
  while (i < length && isDigit(text.charCodeAt(i))) i++;
  const intEnd = i;
  if (intEnd === intStart) return undefined;
  let fracStart = i;
  let fracEnd = i;
  if (i < length && text.charCodeAt(i) === DOT) {
    fracStart = ++i;
    while (i < length && isDigit(text.charCodeAt(i))) i++;
    fracEnd = i;
    if (fracEnd === fracStart) return undefined;
  }
  if (i < length) {
    const c = text.charCodeAt(i);
    if (c !== 101 && c !== 69) return undefined; // e, E
    return normalizeExponentForm(text, intStart, intEnd, fracStart, fracEnd, i + 1);
  }
  const leadingZero = text.charCodeAt(intStart) === ZERO && intEnd - intStart > 1;
  const trailingZero = fracEnd > fracStart && text.charCodeAt(fracEnd - 1) === ZERO;
  const negativeZero =
    intStart === 1 && isZeroRun(text, intStart, intEnd) && isZeroRun(text, fracStart, fracEnd);
  if (!leadingZero && !trailingZero && !negativeZero) return text;

  let a = intStart;
  while (a < intEnd - 1 && text.charCodeAt(a) === ZERO) a++;
  let b = fracEnd;
  while (b > fracStart && text.charCodeAt(b - 1) === ZERO) b--;
  const integer = text.slice(a, intEnd);
  const body = b > fracStart ? `${integer}.${text.slice(fracStart, b)}` : integer;
  if (body === "0") return "0";
  return intStart === 1 ? `-${body}` : body;
}

function normalizeExponentForm(
  text: string,
  intStart: number,
  intEnd: number,
  fracStart: number,
  fracEnd: number,
  expStart: number,
): string | undefined {
  let i = expStart;
  const sign = text.charCodeAt(i);
  if (sign === MINUS || sign === 43) i++; // "+"
  const digitsStart = i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === digitsStart || i !== text.length) return undefined;
  // Leading zeros are stripped before the length check so "1e0000001" is read as 1e1.
  let expDigits = digitsStart;
  while (expDigits < i - 1 && text.charCodeAt(expDigits) === ZERO) expDigits++;
  if (i - expDigits > 6) return undefined;
  const exponent = Number(text.slice(expDigits, i)) * (sign === MINUS ? -1 : 1);
  if (exponent > MAX_DECIMAL_EXPONENT || exponent < -MAX_DECIMAL_EXPONENT) return undefined;
  const digits = text.slice(intStart, intEnd) + text.slice(fracStart, fracEnd);
  const coefficient = BigInt(intStart === 1 ? `-${digits}` : digits);
  return formatFixedPoint(coefficient, fracEnd - fracStart - exponent);
}

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

function isZeroRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) !== ZERO) return false;
  return true;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "number") return `the number ${String(value)} (pass a string to keep it exact)`;
  return typeof value;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 64 ? `${text.slice(0, 64)}…` : text);
}

import { FIELD_PRIME } from "../crypto/constants.js";

/** A felt written as 0x hex, a decimal string, a bigint or a safe integer. */
export type FeltLike = bigint | number | string;

const HEX = /^0x[0-9a-fA-F]+$/;
const DECIMAL = /^-?[0-9]+$/;

/** Parses hex (`0x…`) or decimal text to a bigint; throws RangeError on anything else. */
export function parseInteger(value: FeltLike): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new RangeError("number is not a safe integer");
    return BigInt(value);
  }
  if (HEX.test(value)) return BigInt(value);
  if (DECIMAL.test(value)) return BigInt(value);
  throw new RangeError("expected a 0x hex or decimal integer");
}

/** A field element in [0, P); negative integers are encoded as P + x (Cairo's i64 felts). */
export function toFelt(value: FeltLike): bigint {
  const v = parseInteger(value);
  if (v >= FIELD_PRIME || v <= -FIELD_PRIME) throw new RangeError("value does not fit in a felt");
  return v < 0n ? FIELD_PRIME + v : v;
}

/** Lowercase 0x hex without leading zeros (Python `hex()`), the form Extended sends. */
export function feltToHex(value: bigint): string {
  return `0x${value.toString(16)}`;
}

/** Cairo short string: ASCII bytes read as a big-endian integer (at most 31 characters). */
export function shortString(text: string): bigint {
  if (text.length > 31) throw new RangeError("short strings hold at most 31 characters");
  let value = 0n;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) throw new RangeError("short strings are ASCII");
    value = (value << 8n) | BigInt(code);
  }
  return value;
}

import { ValidationError } from "../errors/errors.js";

/** A sequence number as an exact bigint; strings must be non-negative decimal integers. */
export function parseSequence(sequence: string | bigint | number): bigint {
  if (typeof sequence === "bigint") {
    if (sequence >= 0n) return sequence;
  } else if (typeof sequence === "number") {
    if (Number.isSafeInteger(sequence) && sequence >= 0) return BigInt(sequence);
  } else if (typeof sequence === "string" && /^\d+$/.test(sequence)) {
    return BigInt(sequence);
  }
  throw new ValidationError(
    `sequence must be a non-negative integer (string, bigint or safe-integer number), got ${describe(sequence)}`,
    { issues: [{ path: ["sequence"], message: "expected a non-negative integer" }] },
  );
}

function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : `${typeof value} ${String(value)}`;
}

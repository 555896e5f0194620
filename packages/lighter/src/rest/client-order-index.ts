/**
 * Client order indexes (COIs): 1..2^48-1, unique among the account's active orders (21728), and
 * reusable once the order is gone. Cancel and modify take either a COI or an exchange order index;
 * order indexes start at 2^48, so the value itself says which it is.
 */
import { ValidationError } from "@perp/core";

export const MIN_CLIENT_ORDER_INDEX = 1n;
export const MAX_CLIENT_ORDER_INDEX = (1n << 48n) - 1n;
export const MIN_ORDER_INDEX = 1n << 48n;
export const MAX_ORDER_INDEX = (1n << 60n) - 1n;

function asBigInt(value: bigint | number | string, field: string): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === "string" && /^\d+$/.test(value)) return BigInt(value);
  throw new ValidationError(`${field} must be a non-negative integer (bigint, safe number or digits)`, {
    venue: "lighter",
  });
}

/** The value as a COI, or a ValidationError when it is outside 1..2^48-1. */
export function toClientOrderIndex(value: bigint | number | string): bigint {
  const coi = asBigInt(value, "clientOrderIndex");
  if (coi < MIN_CLIENT_ORDER_INDEX || coi > MAX_CLIENT_ORDER_INDEX) {
    throw new ValidationError("clientOrderIndex must be from 1 to 2^48 - 1", { venue: "lighter" });
  }
  return coi;
}

/** Whether a cancel/modify `Index` names an exchange order index (>= 2^48) rather than a COI. */
export function isExchangeOrderIndex(index: bigint | number | string): boolean {
  const value = asBigInt(index, "index");
  if (value > MAX_ORDER_INDEX) throw new ValidationError("index must be below 2^60", { venue: "lighter" });
  return value >= MIN_ORDER_INDEX;
}

export interface ClientOrderIndexSourceOptions {
  /** Clock in ms; the default seeds from Date.now() so indexes stay fresh across restarts. */
  now?: () => number;
}

/**
 * A generator of strictly increasing COIs seeded from the clock in ms (≈1.8e12, far below 2^48),
 * so a restarted process does not reuse the indexes of orders it left resting. It wraps to 1
 * at 2^48 - 1, centuries away.
 */
export function createClientOrderIndexSource(options: ClientOrderIndexSourceOptions = {}): () => bigint {
  const now = options.now ?? Date.now;
  let last = 0n;
  return () => {
    const clock = BigInt(Math.max(1, Math.floor(now())));
    let next = clock > last ? clock : last + 1n;
    if (next > MAX_CLIENT_ORDER_INDEX) next = MIN_CLIENT_ORDER_INDEX;
    last = next;
    return next;
  };
}

import { ValidationError } from "@perp/core";
import { tryParseScaled } from "./decimal.js";
import type { MarketSpec } from "./market.js";
import type {
  EngineRejectReason,
  OrderType,
  Rejection,
  SelfTradePrevention,
  Side,
  TimeInForce,
  TriggerDirection,
  TriggerRequest,
} from "./types.js";

/**
 * Checks of order input. Malformed input (wrong types, text that is not a decimal) is a programming
 * error of the caller and throws ValidationError; well-formed input that breaks a market rule is a
 * typed Rejection that venue layers translate into their own error codes.
 */

export function reject(reason: EngineRejectReason, message: string): Rejection {
  return { ok: false, reason, message };
}

export function isRejection(value: unknown): value is Rejection {
  return typeof value === "object" && value !== null && (value as { ok?: unknown }).ok === false;
}

const SIDES: readonly Side[] = ["buy", "sell"];
const TYPES: readonly OrderType[] = ["limit", "market"];
const TIFS: readonly TimeInForce[] = ["GTC", "IOC", "FOK", "GTT"];
const STPS: readonly SelfTradePrevention[] = ["expire-taker", "expire-maker", "expire-both", "none"];
const DIRECTIONS: readonly TriggerDirection[] = ["up", "down"];

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new ValidationError(`${field} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`, {
    issues: [{ path: [field], message: `expected one of ${allowed.join(", ")}` }],
  });
}

export const parseSide = (value: unknown): Side => oneOf(value, SIDES, "side");
export const parseType = (value: unknown): OrderType => oneOf(value, TYPES, "type");
export const parseTimeInForce = (value: unknown): TimeInForce => oneOf(value, TIFS, "timeInForce");
export const parseStp = (value: unknown): SelfTradePrevention => oneOf(value, STPS, "selfTradePrevention");

export function optionalFlag(value: unknown, field: string): boolean {
  if (value === undefined) return false;
  if (typeof value === "boolean") return value;
  throw new ValidationError(`${field} must be a boolean`, {
    issues: [{ path: [field], message: "expected boolean" }],
  });
}

export function optionalText(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && value.length > 0) return value;
  throw new ValidationError(`${field} must be a non-empty string`, {
    issues: [{ path: [field], message: "expected a non-empty string" }],
  });
}

/** A positive price on the tick grid. */
export function checkOrderPrice(spec: MarketSpec, text: string, field = "price"): bigint | Rejection {
  const price = tryParseScaled(text, spec.priceScale, field);
  if (price === undefined || price <= 0n || price % spec.tick !== 0n) {
    return reject("invalid-price", `${field} ${text} is not a positive multiple of the tick size`);
  }
  return price;
}

/** A positive trigger price at mark precision (triggers compare against the mark, not the tick grid). */
export function checkTriggerPrice(spec: MarketSpec, text: string): bigint | Rejection {
  const price = tryParseScaled(text, spec.priceScale, "trigger.price");
  if (price === undefined || price <= 0n) {
    return reject(
      "invalid-price",
      `trigger price ${text} must be positive with at most ${spec.priceScale} decimals`,
    );
  }
  return price;
}

/** A positive size on the step grid, at least the minimum. */
export function checkSize(spec: MarketSpec, text: string): bigint | Rejection {
  const size = tryParseScaled(text, spec.sizeScale, "size");
  if (size === undefined || size <= 0n || size % spec.step !== 0n) {
    return reject("invalid-size", `size ${text} is not a positive multiple of the step size`);
  }
  if (size < spec.minSize)
    return reject("size-below-minimum", `size ${text} is below the minimum order size`);
  return size;
}

/**
 * Trigger direction: explicit, else from the stop/take-profit kind (a buy stop fires on a rise, a buy
 * take-profit on a fall; sells mirror that), else from which side of the current mark the trigger is on.
 */
export function triggerDirection(
  request: TriggerRequest,
  side: Side,
  triggerPrice: bigint,
  mark: bigint,
): TriggerDirection {
  if (request.direction !== undefined) return oneOf(request.direction, DIRECTIONS, "trigger.direction");
  if (request.kind !== undefined) {
    const kind = oneOf(request.kind, ["stop", "take-profit"] as const, "trigger.kind");
    const risesFor: Side = kind === "stop" ? "buy" : "sell";
    return side === risesFor ? "up" : "down";
  }
  return triggerPrice >= mark ? "up" : "down";
}

export function triggerFires(direction: TriggerDirection, triggerPrice: bigint, mark: bigint): boolean {
  return direction === "up" ? mark >= triggerPrice : mark <= triggerPrice;
}

/** Checks time-in-force, post-only and expiry against the order type; returns the effective time in force. */
export function checkTiming(
  type: OrderType,
  requested: unknown,
  postOnly: boolean,
  expiresAt: unknown,
  now: number,
): TimeInForce | Rejection {
  const timeInForce =
    requested === undefined ? (type === "market" ? "IOC" : "GTC") : parseTimeInForce(requested);
  if (type === "market" && timeInForce !== "IOC" && timeInForce !== "FOK") {
    return reject("invalid-order", "market orders must be IOC or FOK");
  }
  if (postOnly && (type === "market" || timeInForce === "IOC" || timeInForce === "FOK")) {
    return reject("invalid-order", "post-only orders must be resting limit orders (GTC or GTT)");
  }
  if (timeInForce === "GTT") {
    if (typeof expiresAt !== "number" || !Number.isSafeInteger(expiresAt)) {
      return reject("invalid-expiry", "GTT orders need expiresAt in integer milliseconds since the epoch");
    }
    if (expiresAt <= now) return reject("invalid-expiry", `expiresAt ${expiresAt} is not in the future`);
  } else if (expiresAt !== undefined) {
    return reject("invalid-order", "expiresAt is only allowed with timeInForce GTT");
  }
  return timeInForce;
}

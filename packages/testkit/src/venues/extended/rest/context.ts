import type { StarknetDomain } from "@perp/extended/signing";
import type { SimHttpRequest, VenueContext } from "../../../server/index.js";
import { parseJson } from "../../shared/json.js";
import type { ExtendedAccountConfig } from "../credentials.js";
import { badRequest, type ErrorCodeValue, ExtendedApiError } from "../envelope.js";
import type { ExtendedVenue } from "../venue.js";

/** Venue rules that differ between deployments or that the reference marks as uncertain. */
export interface ExtendedRules {
  /** SNIP-12 domain signatures are checked against (served at GET /info/starknet). */
  domain: StarknetDomain;
  /** Latest accepted order expiry, ms ahead of now: 90 days on mainnet, 28 on testnet. */
  maxOrderExpiryMs: number;
  /** Enables POST /user/claim (testnet faucet). */
  testnet: boolean;
  /** Answer requests and upgrades without a User-Agent with 403 (the venue requires the header). */
  requireUserAgent: boolean;
  /** Accept the API key as `?X-Api-Key=` on the account stream upgrade (community report, unverified). */
  acceptApiKeyQuery: boolean;
}

export interface RestContext {
  venue: ExtendedVenue;
  rules: ExtendedRules;
  request: SimHttpRequest;
  ctx: VenueContext;
}

export interface PrivateContext extends RestContext {
  account: ExtendedAccountConfig;
}

/** Generic malformed-request refusal (the docs name no code for it). */
export function invalidRequest(message: string, code: ErrorCodeValue = "BAD_REQUEST"): ExtendedApiError {
  return badRequest(code, message);
}

/** The JSON object body of a request; anything else is refused with `code`. */
export function jsonBody(request: SimHttpRequest, code: ErrorCodeValue): Fields {
  let value: unknown;
  try {
    value = parseJson(request.text);
  } catch {
    throw invalidRequest("Request body is not valid JSON", code);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalidRequest("Request body must be a JSON object", code);
  }
  return new Fields(value as Record<string, unknown>, code);
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Typed reads of request fields; a wrong type is a 400 with the code the endpoint uses. */
export class Fields {
  readonly raw: Record<string, unknown>;
  readonly #code: ErrorCodeValue;

  constructor(raw: Record<string, unknown>, code: ErrorCodeValue) {
    this.raw = raw;
    this.#code = code;
  }

  has(name: string): boolean {
    return this.raw[name] !== undefined && this.raw[name] !== null;
  }

  fail(message: string, code: ErrorCodeValue = this.#code): never {
    throw invalidRequest(message, code);
  }

  string(name: string): string {
    const value = this.raw[name];
    if (typeof value !== "string" || value.length === 0) this.fail(`${name} must be a non-empty string`);
    return value;
  }

  optionalString(name: string): string | undefined {
    return this.has(name) ? this.string(name) : undefined;
  }

  decimal(name: string, code?: ErrorCodeValue): string {
    const value = this.raw[name];
    const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
    if (typeof text !== "string" || !DECIMAL.test(text)) this.fail(`${name} must be a decimal string`, code);
    return text;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw[name];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== "boolean") this.fail(`${name} must be a boolean`);
    return value;
  }

  /** An integer sent as a JSON number (possibly beyond 2^53) or as decimal text. */
  integer(name: string, code?: ErrorCodeValue): bigint {
    const value = parseInteger(this.raw[name]);
    if (value === undefined) this.fail(`${name} must be an integer`, code);
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T, code?: ErrorCodeValue): T {
    const value = this.raw[name];
    if ((value === undefined || value === null) && fallback !== undefined) return fallback;
    if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
      this.fail(`${name} must be one of ${allowed.join(", ")}`, code);
    }
    return value as T;
  }

  object(name: string, code?: ErrorCodeValue): Fields {
    const value = this.raw[name];
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.fail(`${name} must be an object`, code);
    }
    return new Fields(value as Record<string, unknown>, code ?? this.#code);
  }

  array(name: string): unknown[] | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) this.fail(`${name} must be an array`);
    return value;
  }
}

export function parseInteger(value: unknown): bigint | undefined {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === "string" && /^-?\d+$/.test(value)) return BigInt(value);
  if (typeof value === "string" && /^0x[0-9a-fA-F]+$/.test(value)) return BigInt(value);
  return undefined;
}

/** A query parameter as a non-negative integer, or the fallback; bad text is a 400. */
export function queryInteger(request: SimHttpRequest, name: string, fallback?: number): number | undefined {
  const text = request.query.get(name);
  if (text === null || text === "") return fallback;
  if (!/^\d+$/.test(text)) throw invalidRequest(`${name} must be a non-negative integer`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw invalidRequest(`${name} is out of range`);
  return value;
}

export interface Page<T> {
  items: T[];
  pagination: { cursor: bigint; count: number };
}

/**
 * Extended's cursor pagination: items sorted by id descending; `cursor` is the id after which to
 * continue (items with a smaller id follow), `pagination.cursor` the last id of this page.
 */
export function paginate<T>(
  request: SimHttpRequest,
  items: T[],
  idOf: (item: T) => bigint,
  maxLimit = 10_000,
  defaultLimit = 100,
): Page<T> {
  const cursorText = request.query.get("cursor");
  if (cursorText !== null && cursorText !== "" && !/^\d+$/.test(cursorText)) {
    throw invalidRequest("cursor must be an integer");
  }
  const limit = Math.min(queryInteger(request, "limit", defaultLimit) ?? defaultLimit, maxLimit);
  const cursor = cursorText === null || cursorText === "" ? undefined : BigInt(cursorText);
  const page = items.filter((item) => cursor === undefined || idOf(item) < cursor).slice(0, limit);
  const last = page.at(-1);
  return { items: page, pagination: { cursor: last === undefined ? 0n : idOf(last), count: page.length } };
}

/** Repeated `market` query keys (`?market=A&market=B`); empty means all. */
export function marketFilter(request: SimHttpRequest): (market: string) => boolean {
  const wanted = request.query.getAll("market").filter((m) => m !== "");
  return (market) => wanted.length === 0 || wanted.includes(market);
}

export function isApiError(error: unknown): error is ExtendedApiError {
  return error instanceof ExtendedApiError;
}

import {
  type HttpErrorResponse,
  type PerpError,
  parseRetryAfter,
  type VenueErrorKind,
  venueErrorOfKind,
} from "@perp/core";

/** Which core error a venue code becomes. */
export type VestErrorKind = VenueErrorKind;

/**
 * Where a code lives. 1xxx (and 429) answer the request synchronously; 3xxx/4xxx/5xxx are the
 * engine's asynchronous rejections, carried in the `code` of a REJECTED order, LP or transfer.
 * Three names exist in both (BAD_SYMBOL, MARKET_CLOSED, INVALID_TP_SL_PRICE) with different codes.
 */
export type VestErrorScope = "request" | "order" | "lp" | "transfer";

export interface VestErrorCodeInfo {
  readonly name: string;
  readonly scope: VestErrorScope;
  readonly kind: VestErrorKind;
}

const entry = (name: string, scope: VestErrorScope, kind: VestErrorKind = "api"): VestErrorCodeInfo => ({
  name,
  scope,
  kind,
});

/** The documented catalogue (reference §2.4), with the core error each code maps to. */
export const VEST_ERROR_CODES: Readonly<Record<number, VestErrorCodeInfo>> = {
  429: entry("RATE_LIMITED", "request", "rate-limit"),
  1002: entry("UNAUTHORIZED", "request"),
  1003: entry("TOO_MANY_REQUESTS", "request", "rate-limit"),
  1022: entry("INVALID_SIGNATURE", "request"),
  1023: entry("INVALID_NONCE", "request"),
  1024: entry("INVALID_NETWORK_TYPE", "request"),
  1099: entry("ACCOUNT_NOT_FOUND", "request", "not-found"),
  1111: entry("BAD_DECIMALS", "request"),
  1116: entry("INVALID_ORDER_TYPE", "request"),
  1121: entry("BAD_SYMBOL", "request", "not-found"),
  1125: entry("INVALID_LISTEN_KEY", "request"),
  1130: entry("INVALID_PARAMETER", "request"),
  1131: entry("BAD_RECV_WINDOW", "request"),
  1132: entry("ORDER_EXPIRED", "request"),
  1133: entry("INVALID_TIME_IN_FORCE", "request"),
  1143: entry("INVALID_TRANSACTION", "request"),
  1144: entry("ALREADY_USE_TRANSACTION", "request"),
  1145: entry("INVALID_TP_SL_PRICE", "request"),
  1146: entry("INVALID_ACCOUNT_GROUP", "request"),
  1147: entry("DECLINE_WITHDRAW_FROM_MOBILE", "request"),
  1148: entry("MARKET_CLOSED", "request"),
  3001: entry("PRICE_CHECK_FAILED", "order"),
  3002: entry("MARGIN_CHECK_FAILED", "order", "insufficient-margin"),
  3003: entry("PRICE_STALE", "order"),
  3004: entry("ORDER_STALE", "order"),
  3006: entry("INCREASE_WITH_SL_TP", "order"),
  3007: entry("INCREASE_DURING_INSOLVENCY", "order", "insufficient-margin"),
  3008: entry("DELETED_BY_LIQ", "order"),
  3010: entry("OI_CAP_EXCEEDED", "order"),
  3011: entry("INVALID_LIMIT_PRICE", "order"),
  3015: entry("DUPLICATE", "order"),
  // Also the answer to cancelling an order that already filled or was cancelled: re-read the order.
  3017: entry("ORDER_NOT_FOUND", "order", "not-found"),
  3018: entry("REDUCE_ONLY_INCREASES", "order"),
  3019: entry("REDUCE_ONLY_EXCEEDS_SIZE", "order"),
  3020: entry("ORDER_CHANGES_LEVERAGE", "order"),
  3021: entry("DECREASE_LEVERAGE_WITH_POSITION", "order"),
  3022: entry("INVALID_TP_SL_PRICE", "order"),
  3023: entry("BAD_SYMBOL", "order", "not-found"),
  3024: entry("MARKET_CLOSED", "order"),
  4001: entry("LP_INSUFFICIENT_BALANCE", "lp", "insufficient-margin"),
  4002: entry("LP_MARGIN_CHECK_FAILED", "lp", "insufficient-margin"),
  4003: entry("LP_PRICE_STALE", "lp"),
  4004: entry("LP_ORDER_STALE", "lp"),
  4007: entry("LP_WITHDRAW_WITHOUT_SHARES", "lp", "insufficient-margin"),
  4010: entry("LP_DUPLICATE", "lp"),
  4012: entry("LP_WITHDRAW_EXCEEDS_BALANCE", "lp", "insufficient-margin"),
  5002: entry("TRANSFER_MARGIN_CHECK_FAILED", "transfer", "insufficient-margin"),
  5009: entry("TRANSFER_WITHDRAW_CAP_EXCEEDED", "transfer"),
  5010: entry("TRANSFER_DUPLICATE", "transfer"),
  5013: entry("TRANSFER_EXECUTION_FAILED", "transfer"),
};

/** Catalogue entry for a code (number or integer text), or undefined for an undocumented code. */
export function vestErrorCodeInfo(code: number | string | null | undefined): VestErrorCodeInfo | undefined {
  const n =
    typeof code === "number" ? code : typeof code === "string" && /^\d+$/.test(code) ? Number(code) : NaN;
  return Number.isSafeInteger(n) ? VEST_ERROR_CODES[n] : undefined;
}

export interface VestErrorContext {
  status?: number;
  /** "METHOD /path" (or the full redacted URL) of the request that failed. */
  request?: string;
  raw?: unknown;
  retryAfterMs?: number;
}

/**
 * The core error for a venue code and message. Used for synchronous answers and for asynchronous
 * rejections alike (pass a REJECTED order's `code`), so both surface as the same typed errors.
 */
export function vestError(
  code: number | string | undefined,
  message: string | undefined,
  context: VestErrorContext = {},
): PerpError {
  const info = vestErrorCodeInfo(code);
  const label = info === undefined ? "" : ` ${info.name}`;
  const where = [context.request, context.status === undefined ? undefined : `HTTP ${context.status}`]
    .filter((part) => part !== undefined)
    .join(", ");
  const text = `Vest error ${code ?? "(no code)"}${label}: ${message ?? "(no message)"}${where === "" ? "" : ` (${where})`}`;
  const base = {
    venue: "vest",
    venueCode: code,
    venueMessage: message,
    ...(context.status === undefined ? {} : { status: context.status }),
    raw: context.raw,
  };
  const kind = info?.kind ?? (context.status === 429 ? "rate-limit" : "api");
  return venueErrorOfKind(kind, text, {
    ...base,
    ...(context.retryAfterMs === undefined ? {} : { retryAfterMs: context.retryAfterMs }),
  });
}

interface Envelope {
  code: number | string | undefined;
  message: string | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function codeOf(value: unknown): number | string | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return value.toString();
  if (typeof value !== "string") return undefined;
  return /^\d{1,15}$/.test(value) ? Number(value) : value;
}

function textOf(value: unknown): string | undefined {
  return typeof value === "string"
    ? value
    : value === undefined || value === null
      ? undefined
      : String(value);
}

/** FastAPI 422 items: `{loc:["query","time"], msg:"Field required"}` → "query.time: Field required". */
function describeValidationItems(items: unknown[]): string {
  return items
    .map((item) => {
      if (!isRecord(item)) return String(item);
      const loc = Array.isArray(item.loc) ? item.loc.map(String).join(".") : undefined;
      const msg = textOf(item.msg) ?? "invalid";
      return loc === undefined ? msg : `${loc}: ${msg}`;
    })
    .join("; ");
}

/**
 * The error envelope of a body, in the three shapes Vest uses: `{code, msg}`,
 * `{detail: {code, msg}}` and FastAPI's `{detail: [...]}`. On a 2xx only a body holding nothing
 * but the envelope counts, so payloads that merely contain a `code` field are not errors.
 */
export function readVestEnvelope(body: unknown, successStatus: boolean): Envelope | undefined {
  if (!isRecord(body)) return undefined;
  const keys = Object.keys(body);
  if ("detail" in body && (!successStatus || keys.length === 1)) {
    const detail = body.detail;
    if (isRecord(detail)) return { code: codeOf(detail.code), message: textOf(detail.msg ?? detail.message) };
    if (Array.isArray(detail)) return { code: undefined, message: describeValidationItems(detail) };
    return { code: undefined, message: textOf(detail) };
  }
  if ("code" in body && ("msg" in body || "message" in body)) {
    if (successStatus && keys.some((key) => key !== "code" && key !== "msg" && key !== "message")) {
      return undefined;
    }
    return { code: codeOf(body.code), message: textOf(body.msg ?? body.message) };
  }
  return undefined;
}

/**
 * The transport's `mapError`: runs on every response. Venue envelopes become typed errors (even
 * on HTTP 200, where Vest sometimes reports errors); anything else on a non-2xx is left to the
 * transport (HttpError, or RateLimitError for 429).
 */
export function mapVestError(response: HttpErrorResponse): PerpError | undefined {
  const success = response.status >= 200 && response.status < 300;
  const envelope = readVestEnvelope(response.body, success);
  if (envelope === undefined) return undefined;
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
  const path = safePath(response.url);
  return vestError(envelope.code, envelope.message, {
    status: response.status,
    request: `${response.method} ${path}`,
    raw: response.body,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * Lighter's error answers as core errors. A failure is HTTP 4xx/5xx with `{code, message}` (or a
 * 2xx whose `code` is not 200); "not found" is HTTP 400 with code 29404, auth failures are 401 with
 * 20013, and CloudFront may answer with an HTML page, which is left to the transport's HttpError.
 */
import {
  type HttpErrorResponse,
  type PerpError,
  parseRetryAfter,
  type VenueErrorKind,
  venueErrorOfKind,
} from "@perp/core";

export type LighterErrorKind = VenueErrorKind;

/** The catalogue of codes a client handles, with the venue's own wording, by kind. */
export const LIGHTER_ERROR_CODES: Readonly<Record<number, { kind: LighterErrorKind; message: string }>> = {
  20001: { kind: "api", message: "invalid param" },
  20013: { kind: "api", message: "invalid auth" },
  20558: { kind: "api", message: "restricted region" },
  21100: { kind: "not-found", message: "account not found" },
  21101: { kind: "not-found", message: "account nonce not found" },
  21102: { kind: "api", message: "invalid account index" },
  21104: { kind: "api", message: "invalid nonce" },
  21105: { kind: "api", message: "batch transaction nonce is not increasing" },
  21108: { kind: "api", message: "invalid PublicKey, please run changePubKey" },
  21109: { kind: "not-found", message: "api key not found" },
  21110: { kind: "api", message: "invalid api key index" },
  21111: { kind: "api", message: "account is in pre-liquidation" },
  21112: { kind: "api", message: "account is in liquidation" },
  21116: { kind: "api", message: "withdrawal amount too small" },
  21117: { kind: "api", message: "withdrawal amount too high" },
  21118: { kind: "api", message: "transfer amount too small" },
  21119: { kind: "api", message: "transfer amount too high" },
  21120: { kind: "api", message: "invalid signature" },
  21121: { kind: "api", message: "all transactions in the batch must use the same account and api key" },
  21136: { kind: "api", message: "invalid PublicKey, update the sdk to the latest version" },
  21501: { kind: "api", message: "invalid tx info" },
  21505: { kind: "api", message: "unsupported tx type" },
  21506: { kind: "rate-limit", message: "too many pending txs, please try again later" },
  21507: { kind: "insufficient-margin", message: "below maintenance margin" },
  21508: { kind: "insufficient-margin", message: "below initial margin" },
  21513: { kind: "api", message: "TxInfos and TxTypes should have the same length" },
  21514: { kind: "api", message: "maximum 50 transactions allowed per batch" },
  21515: { kind: "api", message: "transaction is not allowed" },
  21600: { kind: "api", message: "given order is not an active limit order" },
  21601: { kind: "api", message: "order book is full" },
  21602: { kind: "api", message: "invalid market index" },
  21613: { kind: "api", message: "invalid margin mode" },
  21614: { kind: "not-found", message: "no position found" },
  21618: { kind: "api", message: "invalid order type for market" },
  21700: { kind: "api", message: "invalid order index" },
  21701: { kind: "api", message: "invalid base amount" },
  21702: { kind: "api", message: "invalid price" },
  21703: { kind: "api", message: "invalid isAsk" },
  21704: { kind: "api", message: "invalid OrderType" },
  21705: { kind: "api", message: "invalid OrderTimeInForce" },
  21706: { kind: "api", message: "invalid order base or quote amount" },
  21707: { kind: "api", message: "account is not owner of the order" },
  21709: { kind: "api", message: "order is inactive" },
  21711: { kind: "api", message: "invalid expiry" },
  21712: { kind: "api", message: "account has a queued cancel all orders request" },
  21713: { kind: "api", message: "invalid cancel all time in force" },
  21714: { kind: "api", message: "invalid cancel all time" },
  21727: { kind: "api", message: "invalid client order index" },
  21728: { kind: "api", message: "client order index already exists" },
  21729: { kind: "api", message: "invalid order trigger price" },
  21732: { kind: "api", message: "reduce only increases position" },
  21733: { kind: "api", message: "order price flagged as an accidental price" },
  21734: { kind: "api", message: "limit order price is too far from the mark price" },
  21735: { kind: "api", message: "SL/TP order price is too far from the trigger price" },
  21738: { kind: "api", message: "invalid reduce only direction" },
  21739: { kind: "insufficient-margin", message: "not enough margin to create the order" },
  21741: { kind: "api", message: "invalid grouping type" },
  21742: { kind: "api", message: "invalid order group size" },
  21743: { kind: "api", message: "invalid order info" },
  21744: { kind: "api", message: "pools are not allowed to trade in spot markets" },
  21801: { kind: "api", message: "invalid asset index" },
  21805: { kind: "api", message: "only usdc transfer supported" },
  23000: { kind: "rate-limit", message: "Too Many Requests!" },
  23001: { kind: "rate-limit", message: "Too Many Subscriptions!" },
  23002: { kind: "rate-limit", message: "Too Many Different Accounts!" },
  23003: { kind: "rate-limit", message: "Too Many Connections!" },
  23004: { kind: "rate-limit", message: "Too Many L2 Withdrawal Requests!" },
  29404: { kind: "not-found", message: "not found" },
  29500: { kind: "api", message: "internal server error" },
  29501: { kind: "api", message: "process timeout" },
  30009: { kind: "rate-limit", message: "Too Many Websocket Messages!" },
  30010: { kind: "rate-limit", message: "Too Many Inflight Messages!" },
};

/** Kind of a Lighter code: listed codes by the table, unlisted ones by their documented range. */
export function lighterErrorKind(code: number): LighterErrorKind {
  const listed = LIGHTER_ERROR_CODES[code];
  if (listed !== undefined) return listed.kind;
  if (code >= 23000 && code < 23100) return "rate-limit";
  return "api";
}

function readCode(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && /^-?\d{1,15}$/.test(value)) return Number(value);
  return undefined;
}

export interface LighterErrorPayload {
  code: number;
  message: string | undefined;
}

/** The `{code, message}` of a Lighter error body, or undefined when the body is not one. */
export function readLighterError(body: unknown): LighterErrorPayload | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const code = readCode(record.code);
  if (code === undefined) return undefined;
  const message = typeof record.message === "string" ? record.message : undefined;
  return { code, message };
}

/** Builds the core error for a Lighter code (also used by the WebSocket client for its replies). */
export function lighterError(
  payload: LighterErrorPayload,
  context: { status?: number; raw?: unknown; retryAfterMs?: number; what?: string } = {},
): PerpError {
  const kind = lighterErrorKind(payload.code);
  const venueMessage = payload.message ?? LIGHTER_ERROR_CODES[payload.code]?.message;
  const what = context.what === undefined ? "Lighter" : `Lighter ${context.what}`;
  const message = `${what} failed with code ${payload.code}${venueMessage ? `: ${venueMessage}` : ""}`;
  const common = {
    venue: "lighter",
    venueCode: payload.code,
    venueMessage,
    raw: context.raw,
    ...(context.status === undefined ? {} : { status: context.status }),
  };
  return venueErrorOfKind(kind, message, {
    ...common,
    ...(context.retryAfterMs === undefined ? {} : { retryAfterMs: context.retryAfterMs }),
  });
}

/**
 * The transport's `mapError` hook, run on every response: success is HTTP 2xx with `code` absent
 * (withdrawalDelay, `/`, `/info`) or 200. Bodies that are not a `{code}` object on an error status
 * are left to the transport (HttpError, or RateLimitError for a bare 429).
 */
export function mapLighterError(response: HttpErrorResponse): PerpError | undefined {
  const payload = readLighterError(response.body);
  const ok = response.status >= 200 && response.status < 300;
  if (payload === undefined) return undefined;
  if (ok && payload.code === 200) return undefined;
  if (!ok && payload.code === 200) return undefined;
  const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
  return lighterError(payload, {
    status: response.status,
    raw: response.body,
    what: `${response.method} ${new URL(response.url).pathname}`,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

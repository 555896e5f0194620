import type { EngineRejectReason } from "../../engine/index.js";
import { jsonResponse, type SimHttpResponse } from "../../server/index.js";

/** Synchronous request errors (the `code` of a `{code, msg}` error body). */
export const VEST_REQUEST_ERRORS = {
  UNAUTHORIZED: 1002,
  TOO_MANY_REQUESTS: 1003,
  INVALID_SIGNATURE: 1022,
  INVALID_NONCE: 1023,
  INVALID_NETWORK_TYPE: 1024,
  ACCOUNT_NOT_FOUND: 1099,
  BAD_DECIMALS: 1111,
  INVALID_ORDER_TYPE: 1116,
  BAD_SYMBOL: 1121,
  INVALID_LISTEN_KEY: 1125,
  INVALID_PARAMETER: 1130,
  BAD_RECV_WINDOW: 1131,
  ORDER_EXPIRED: 1132,
  INVALID_TIME_IN_FORCE: 1133,
  INVALID_TP_SL_PRICE: 1145,
  INVALID_ACCOUNT_GROUP: 1146,
} as const;

/** Asynchronous rejections, carried in the `code` of a REJECTED order, LP or transfer. */
export const VEST_REJECT_CODES = {
  PRICE_CHECK_FAILED: 3001,
  MARGIN_CHECK_FAILED: 3002,
  INVALID_LIMIT_PRICE: 3011,
  DUPLICATE: 3015,
  ORDER_NOT_FOUND: 3017,
  REDUCE_ONLY_INCREASES: 3018,
  REDUCE_ONLY_EXCEEDS_SIZE: 3019,
  DECREASE_LEVERAGE_WITH_POSITION: 3021,
  BAD_SYMBOL: 3023,
  LP_INSUFFICIENT_BALANCE: 4001,
  LP_WITHDRAW_WITHOUT_SHARES: 4007,
  LP_DUPLICATE: 4010,
  LP_WITHDRAW_EXCEEDS_BALANCE: 4012,
  TRANSFER_MARGIN_CHECK_FAILED: 5002,
  TRANSFER_DUPLICATE: 5010,
} as const;

/** WebSocket close codes. */
export const VEST_CLOSE_CODES = {
  INTERNAL_ERROR: 1011,
  SERVICE_RESTART: 1012,
  WRONG_VERSION: 4000,
  ACCOUNT_GROUP_NOT_FOUND: 4001,
  ACCOUNT_GROUP_INVALID: 4002,
  LISTEN_KEY_REQUIRED: 4003,
  LISTEN_KEY_NOT_FOUND: 4004,
  LISTEN_KEY_EXPIRED: 4005,
} as const;

/**
 * How error bodies are wrapped. The docs print `{"code", "msg"}`; two independent clients that ran
 * live read `{"detail": {"code", "msg"}}` (the server is FastAPI), so both are offered.
 */
export type VestErrorEnvelope = "plain" | "detail";

/** A synchronous refusal of a request; turned into an HTTP answer by the REST layer. */
export class VestRequestError extends Error {
  readonly code: number;
  readonly status: number;

  constructor(code: number, message: string, status = statusOf(code)) {
    super(message);
    this.name = "VestRequestError";
    this.code = code;
    this.status = status;
  }
}

/** HTTP status of a request error: 401 for auth, 429 for rate limits, 400 otherwise (not documented). */
function statusOf(code: number): number {
  if (code === VEST_REQUEST_ERRORS.UNAUTHORIZED) return 401;
  if (code === VEST_REQUEST_ERRORS.TOO_MANY_REQUESTS || code === 429) return 429;
  return 400;
}

export function errorResponse(envelope: VestErrorEnvelope, error: VestRequestError): SimHttpResponse {
  const body = { code: error.code, msg: error.message };
  return jsonResponse(error.status, envelope === "detail" ? { detail: body } : body);
}

export interface ValidationIssue {
  readonly loc: readonly (string | number)[];
  readonly msg: string;
  readonly type: string;
  readonly input: unknown;
}

/** FastAPI's 422 body, e.g. for a missing `time` query parameter. */
export function validationResponse(issues: readonly ValidationIssue[]): SimHttpResponse {
  return jsonResponse(422, {
    detail: issues.map((i) => ({ type: i.type, loc: i.loc, msg: i.msg, input: i.input })),
  });
}

export class VestValidationError extends Error {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super(issues.map((i) => `${i.loc.join(".")}: ${i.msg}`).join("; "));
    this.name = "VestValidationError";
    this.issues = issues;
  }
}

/** The order `code` for an engine refusal. */
export function rejectCodeOf(reason: EngineRejectReason): number {
  switch (reason) {
    case "insufficient-margin":
      return VEST_REJECT_CODES.MARGIN_CHECK_FAILED;
    case "reduce-only-would-increase":
      return VEST_REJECT_CODES.REDUCE_ONLY_INCREASES;
    case "reduce-only-exceeds-position":
      return VEST_REJECT_CODES.REDUCE_ONLY_EXCEEDS_SIZE;
    case "invalid-price":
      return VEST_REJECT_CODES.INVALID_LIMIT_PRICE;
    case "unknown-market":
      return VEST_REJECT_CODES.BAD_SYMBOL;
    case "duplicate-client-id":
      return VEST_REJECT_CODES.DUPLICATE;
    case "unknown-order":
    case "order-not-open":
      return VEST_REJECT_CODES.ORDER_NOT_FOUND;
    case "leverage-exceeds-max":
    case "invalid-leverage":
      return VEST_REQUEST_ERRORS.INVALID_PARAMETER;
    // An all-or-nothing order that cannot fill within its limit price fails Vest's price check. The
    // other reasons are screened out before the engine sees the order (1111/1130 answers); should one
    // slip through it is reported as the same generic price-check failure.
    case "fill-or-kill-unfillable":
    case "post-only-would-take":
    case "invalid-size":
    case "size-below-minimum":
    case "invalid-expiry":
    case "invalid-amount":
    case "invalid-order":
    case "unknown-account":
      return VEST_REJECT_CODES.PRICE_CHECK_FAILED;
  }
}

import type { EngineRejectReason } from "../../engine/index.js";
import { jsonResponse, type SimHttpResponse } from "../../server/index.js";
import { stringifyJson } from "../shared/json.js";

/** Lighter's numeric error codes used by the simulator (reference §2.6). */
export const LIGHTER_ERROR_CODES = {
  INVALID_PARAM: 20001,
  AUTH: 20013,
  ACCOUNT_NOT_FOUND: 21100,
  INVALID_ACCOUNT_INDEX: 21102,
  INVALID_NONCE: 21104,
  BATCH_NONCE_NOT_INCREASING: 21105,
  API_KEY_NOT_FOUND: 21109,
  INVALID_API_KEY_INDEX: 21110,
  INVALID_SIGNATURE: 21120,
  BATCH_MIXED_KEYS: 21121,
  INVALID_TX_INFO: 21501,
  UNSUPPORTED_TX_TYPE: 21505,
  BELOW_INITIAL_MARGIN: 21508,
  BATCH_LENGTH_MISMATCH: 21513,
  BATCH_TOO_LARGE: 21514,
  TX_NOT_ALLOWED: 21515,
  INVALID_MARKET_INDEX: 21602,
  INVALID_MARGIN_MODE: 21613,
  INVALID_ORDER_INDEX: 21700,
  INVALID_BASE_AMOUNT: 21701,
  INVALID_PRICE: 21702,
  INVALID_IS_ASK: 21703,
  INVALID_ORDER_TYPE: 21704,
  INVALID_TIME_IN_FORCE: 21705,
  INVALID_BASE_OR_QUOTE_AMOUNT: 21706,
  ORDER_INACTIVE: 21709,
  INVALID_EXPIRY: 21711,
  INVALID_CANCEL_ALL_TIF: 21713,
  INVALID_CANCEL_ALL_TIME: 21714,
  INVALID_CLIENT_ORDER_INDEX: 21727,
  CLIENT_ORDER_INDEX_EXISTS: 21728,
  INVALID_TRIGGER_PRICE: 21729,
  REDUCE_ONLY_INCREASES: 21732,
  NOT_ENOUGH_MARGIN: 21739,
  INVALID_ORDER_INFO: 21743,
  INVALID_ASSET_INDEX: 21801,
  ONLY_USDC_TRANSFER: 21805,
  NOT_FOUND: 29404,
  INTERNAL: 29500,
  TOO_MANY_REQUESTS: 23000,
  WS_INVALID_JSON: 30000,
  WS_INVALID_TYPE: 30001,
  WS_NOT_SUBSCRIBED: 30002,
  WS_ALREADY_SUBSCRIBED: 30003,
  WS_INVALID_CHANNEL: 30005,
  WS_INVALID_DATA: 30007,
} as const;

const E = LIGHTER_ERROR_CODES;

/** A refusal in Lighter's terms; rendered as `{"code","message"}` with HTTP 400 (401 for auth). */
export class LighterApiError extends Error {
  readonly code: number;
  readonly status: number;

  constructor(code: number, message: string, status = code === E.AUTH ? 401 : 400) {
    super(message);
    this.name = "LighterApiError";
    this.code = code;
    this.status = status;
  }
}

export function errorResponse(error: LighterApiError): SimHttpResponse {
  return jsonResponse(error.status, { code: error.code, message: error.message });
}

/** A 200 answer in Lighter's envelope (`code: 200` plus the payload), bigints exact. */
export function okResponse(payload: object, withCode = true): SimHttpResponse {
  return {
    status: 200,
    headers: { "content-type": "application/json" },
    body: stringifyJson(withCode ? { code: 200, ...payload } : payload),
  };
}

/** Engine refusals as Lighter codes (for the synchronous path). */
export function codeOfRejection(reason: EngineRejectReason): number {
  switch (reason) {
    case "unknown-market":
      return E.INVALID_MARKET_INDEX;
    case "unknown-account":
      return E.ACCOUNT_NOT_FOUND;
    case "unknown-order":
      return E.INVALID_ORDER_INDEX;
    case "order-not-open":
      return E.ORDER_INACTIVE;
    case "invalid-price":
      return E.INVALID_PRICE;
    case "invalid-size":
      return E.INVALID_BASE_AMOUNT;
    case "size-below-minimum":
      return E.INVALID_BASE_OR_QUOTE_AMOUNT;
    case "invalid-expiry":
      return E.INVALID_EXPIRY;
    case "duplicate-client-id":
      return E.CLIENT_ORDER_INDEX_EXISTS;
    case "reduce-only-would-increase":
    case "reduce-only-exceeds-position":
      return E.REDUCE_ONLY_INCREASES;
    case "insufficient-margin":
      return E.NOT_ENOUGH_MARGIN;
    case "invalid-amount":
    case "invalid-leverage":
    case "leverage-exceeds-max":
      return E.INVALID_PARAM;
    default:
      // post-only crossing and anything else without a documented code of its own
      return E.INVALID_ORDER_INFO;
  }
}

/** The `status` an order refused by the matching engine ends with (the asynchronous path). */
export function cancelStatusOfRejection(reason: EngineRejectReason): string {
  switch (reason) {
    case "insufficient-margin":
      return "canceled-margin-not-allowed";
    case "post-only-would-take":
      return "canceled-post-only";
    case "reduce-only-would-increase":
    case "reduce-only-exceeds-position":
      return "canceled-reduce-only";
    case "fill-or-kill-unfillable":
      return "canceled-not-enough-liquidity";
    default:
      return "canceled-invalid-balance";
  }
}

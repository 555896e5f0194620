import type { SimHttpResponse } from "../../server/index.js";
import { stringifyJson } from "../shared/json.js";

/** Extended's business error codes the simulator answers with (reference §2.1). */
export const ErrorCode = {
  MarketNotFound: 1001,
  AccountNotFound: 1004,
  NotSupportedInterval: 1005,
  UnhandledError: 1006,
  ActionNotAllowed: 1009,
  InvalidLeverageBelowMin: 1049,
  InvalidLeverageExceedsMax: 1050,
  InvalidLeverageInsufficientMargin: 1052,
  InvalidLeverageInvalidPrecision: 1053,
  InvalidStarknetPublicKey: 1100,
  InvalidStarknetSignature: 1101,
  InvalidStarknetVault: 1102,
  OrderQtyLessThanMinTradeSize: 1120,
  InvalidQtyWrongSizeIncrement: 1121,
  OrderValueExceedsMaxOrderValue: 1122,
  InvalidPriceWrongPriceMovement: 1124,
  MaxOpenOrdersNumberExceeded: 1126,
  MaxPositionValueExceeded: 1127,
  InvalidTradingFees: 1128,
  MissingOrderPrice: 1130,
  NotAllowedOrderType: 1132,
  InvalidOrderParameters: 1133,
  DuplicateOrder: 1134,
  InvalidOrderExpiration: 1135,
  ReduceOnlyOrderSizeExceedsPositionSize: 1136,
  ReduceOnlyOrderPositionIsMissing: 1137,
  ReduceOnlyOrderPositionSameSide: 1138,
  MarketOrderMustBeIOC: 1139,
  OrderCostExceedsBalance: 1140,
  InvalidPriceAmount: 1141,
  EditOrderNotFound: 1142,
  MissingConditionalTrigger: 1143,
  PostOnlyCantBeOnConditionalMarketOrder: 1144,
  WithdrawalAmountMustBePositive: 1600,
  WithdrawalRequestDoesNotMatchSettlement: 1602,
  WithdrawalExpirationTimeIsTooSoon: 1604,
  WithdrawalInvalidAsset: 1605,
  WithdrawalAccountDoesNotBelongToUser: 1608,
  InvalidVaultTransferAmount: 1650,
} as const;

export type ErrorCodeValue =
  | (typeof ErrorCode)[keyof typeof ErrorCode]
  | "NOT_FOUND"
  | "UNAUTHORIZED"
  | "BAD_REQUEST"
  | "FORBIDDEN";

/** A refusal the handlers throw and the router renders as the venue's error envelope. */
export class ExtendedApiError extends Error {
  readonly status: number;
  readonly code: ErrorCodeValue;
  readonly debugInfo: string | undefined;

  constructor(status: number, code: ErrorCodeValue, message: string, debugInfo?: string) {
    super(message);
    this.name = "ExtendedApiError";
    this.status = status;
    this.code = code;
    this.debugInfo = debugInfo;
  }
}

/** Business rule refusal: HTTP 400 with a numeric code. */
export function badRequest(code: ErrorCodeValue, message: string, debugInfo?: string): ExtendedApiError {
  return new ExtendedApiError(400, code, message, debugInfo);
}

/** 404 in the shape the docs show for unknown markets: `{"code":"NOT_FOUND", ...}`. */
export function notFound(message: string): ExtendedApiError {
  return new ExtendedApiError(404, "NOT_FOUND", message);
}

const JSON_HEADERS = { "content-type": "application/json" } as const;

export function ok(data?: unknown, pagination?: { cursor: bigint | number; count: number }): SimHttpResponse {
  return {
    status: 200,
    headers: JSON_HEADERS,
    body: stringifyJson({ status: "OK", data, pagination }),
  };
}

export function errorResponse(error: ExtendedApiError): SimHttpResponse {
  return {
    status: error.status,
    headers: JSON_HEADERS,
    body: stringifyJson({
      status: "ERROR",
      error: { code: error.code, message: error.message, debugInfo: error.debugInfo },
    }),
  };
}

/** An empty 200 body (dead man's switch). */
export function empty(): SimHttpResponse {
  return { status: 200, body: "" };
}

/** The error envelope as text, for stream frames and injected faults. */
export function stringifyError(code: string | number, message: string): string {
  return stringifyJson({ status: "ERROR", error: { code, message } });
}

import {
  type HttpErrorResponse,
  InsufficientMarginError,
  NotFoundError,
  type PerpError,
  parseRetryAfter,
  RateLimitError,
  VenueApiError,
} from "@perp/core";
import { envelope, looksLikeEnvelope } from "../schemas/envelope.js";

/** Extended's business error codes (docs §2.1) by name. */
export const EXTENDED_ERROR_CODES = {
  1000: "AssetNotFound",
  1001: "MarketNotFound",
  1002: "MarketDisabled",
  1003: "MarketGroupNotFound",
  1004: "AccountNotFound",
  1005: "NotSupportedInterval",
  1006: "UnhandledError",
  1008: "ClientNotFound",
  1009: "ActionNotAllowed",
  1010: "MaintenanceMode",
  1011: "PostOnlyMode",
  1012: "ReduceOnlyMode",
  1013: "InvalidPercentage",
  1014: "MarketReduceOnly",
  1049: "InvalidLeverageBelowMinLeverage",
  1050: "InvalidLeverageExceedsMaxLeverage",
  10501: "InvalidLeverageMaxPositionValueExceeded",
  1052: "InvalidLeverageInsufficientMargin",
  1053: "InvalidLeverageInvalidPrecision",
  1100: "InvalidStarknetPublicKey",
  1101: "InvalidStarknetSignature",
  1102: "InvalidStarknetVault",
  1120: "OrderQtyLessThanMinTradeSize",
  1121: "InvalidQtyWrongSizeIncrement",
  1122: "OrderValueExceedsMaxOrderValue",
  1123: "InvalidQtyPrecision",
  1124: "InvalidPriceWrongPriceMovement",
  1125: "InvalidPricePrecision",
  1126: "MaxOpenOrdersNumberExceeded",
  1127: "MaxPositionValueExceeded",
  1128: "InvalidTradingFees",
  1129: "InvalidPositionTpslQty",
  1130: "MissingOrderPrice",
  1131: "MissingTpslTrigger",
  1132: "NotAllowedOrderType",
  1133: "InvalidOrderParameters",
  1134: "DuplicateOrder",
  1135: "InvalidOrderExpiration",
  1136: "ReduceOnlyOrderSizeExceedsPositionSize",
  1137: "ReduceOnlyOrderPositionIsMissing",
  1138: "ReduceOnlyOrderPositionSameSide",
  1139: "MarketOrderMustBeIOC",
  1140: "OrderCostExceedsBalance",
  1141: "InvalidPriceAmount",
  1142: "EditOrderNotFound",
  1143: "MissingConditionalTrigger",
  1144: "PostOnlyCantBeOnConditionalMarketOrder",
  1145: "NonReduceOnlyOrdersNotAllowed",
  1146: "TwapOrderMustBeGTT",
  1147: "OpenLossExceedsEquity",
  1148: "TPSLOpenLossExceedsEquity",
  1500: "AccountNotSelected",
  1600: "WithdrawalAmountMustBePositive",
  1601: "WithdrawalDescriptionToLong",
  1602: "WithdrawalRequestDoesNotMatchSettlement",
  1604: "WithdrawalExpirationTimeIsTooSoon",
  1605: "WithdrawalInvalidAsset",
  1607: "WithdrawalBlockedForAccount",
  1608: "WithdrawalAccountDoesNotBelongToUser",
  1650: "InvalidVaultTransferAmount",
} as const satisfies Record<number, string>;

/** Codes saying the thing asked for does not exist. */
const NOT_FOUND_CODES: ReadonlySet<number | string> = new Set([
  1000,
  1001,
  1003,
  1004,
  1008,
  1142,
  "NOT_FOUND",
]);

/** Codes saying the account lacks margin, balance or equity for the request. */
const MARGIN_CODES: ReadonlySet<number | string> = new Set([1052, 1140, 1147, 1148]);

function codeName(code: number | string): string | undefined {
  return typeof code === "number" ? (EXTENDED_ERROR_CODES as Record<number, string>)[code] : undefined;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * The transport's `mapError` for Extended: the envelope's `{status:"ERROR", error:{code, message}}`
 * (sent with 2xx or 4xx) and bare HTTP statuses become core errors. Not-found codes → NotFoundError,
 * margin/balance codes → InsufficientMarginError, HTTP 429 → RateLimitError (Retry-After kept),
 * other envelope errors → VenueApiError. Non-2xx bodies that are not envelopes (proxies, 5xx pages)
 * are left to the transport, which raises HttpError. The zero-balance 404 is handled by getBalance.
 */
export function mapExtendedError(response: HttpErrorResponse): PerpError | undefined {
  const { status, body, method } = response;
  const parsed = looksLikeEnvelope(body) ? envelope.safeParse(body) : undefined;
  const env = parsed?.success === true ? parsed.data : undefined;
  const failed = status >= 400 || env?.status === "ERROR";
  if (!failed) return undefined;

  const where = `${method} ${pathOf(response.url)}`;
  const error = env?.error;
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    return new RateLimitError(`Extended rate limit hit on ${where} (HTTP 429)`, {
      venue: "extended",
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      details: { status, venueCode: error?.code, venueMessage: error?.message, raw: body },
    });
  }
  if (error === undefined) {
    if (status === 404) {
      return new NotFoundError(`Extended ${where}: not found (HTTP 404)`, {
        venue: "extended",
        venueCode: undefined,
        venueMessage: undefined,
        status,
        raw: body,
      });
    }
    if (env === undefined) return undefined;
    return new VenueApiError(`Extended ${where} answered status ERROR without an error object`, {
      venue: "extended",
      venueCode: undefined,
      venueMessage: undefined,
      status,
      raw: body,
    });
  }

  const name = codeName(error.code);
  const label = name === undefined ? String(error.code) : `${error.code} ${name}`;
  const message = `Extended ${where} failed: ${label}${error.message ? `: ${error.message}` : ""}`;
  const options = {
    venue: "extended",
    venueCode: error.code,
    venueMessage: error.message,
    status,
    raw: body,
    details: {
      ...(name !== undefined ? { codeName: name } : {}),
      ...(error.debugInfo !== undefined ? { debugInfo: error.debugInfo } : {}),
    },
  };
  if (NOT_FOUND_CODES.has(error.code) || status === 404) return new NotFoundError(message, options);
  if (MARGIN_CODES.has(error.code)) return new InsufficientMarginError(message, options);
  return new VenueApiError(message, options);
}

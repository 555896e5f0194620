/**
 * Engine rejection codes carried in an order's `code` when it is REJECTED (§2.4). They are
 * asynchronous: `POST /orders` answered `{id}` and the engine refused the order afterwards.
 */
export const VEST_ORDER_REJECT_CODES: Readonly<Record<number, string>> = {
  3001: "PRICE_CHECK_FAILED",
  3002: "MARGIN_CHECK_FAILED",
  3003: "PRICE_STALE",
  3004: "ORDER_STALE",
  3006: "INCREASE_WITH_SL_TP",
  3007: "INCREASE_DURING_INSOLVENCY",
  3008: "DELETED_BY_LIQ",
  3010: "OI_CAP_EXCEEDED",
  3011: "INVALID_LIMIT_PRICE",
  3015: "DUPLICATE",
  3017: "ORDER_NOT_FOUND",
  3018: "REDUCE_ONLY_INCREASES",
  3019: "REDUCE_ONLY_EXCEEDS_SIZE",
  3020: "ORDER_CHANGES_LEVERAGE",
  3021: "DECREASE_LEVERAGE_WITH_POSITION",
  3022: "INVALID_TP_SL_PRICE",
  3023: "BAD_SYMBOL",
  3024: "MARKET_CLOSED",
};

/** "3010 OI_CAP_EXCEEDED", or the bare code when it is not in the catalogue. */
export function describeRejectCode(code: number | string | null | undefined): string | undefined {
  if (code === null || code === undefined) return undefined;
  const name = typeof code === "number" ? VEST_ORDER_REJECT_CODES[code] : undefined;
  return name === undefined ? String(code) : `${code} ${name}`;
}

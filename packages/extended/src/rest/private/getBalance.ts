import { NotFoundError } from "@perp/core";
import { type Balance, balance } from "../../schemas/account.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export type GetBalanceReturnType = Balance;

/** Collateral name of a balance the venue did not send (Extended's only collateral is USD). */
const COLLATERAL_NAME = "USD";

/**
 * The balance Extended means by its 404: every amount "0". `updatedTime` is when the 404 was
 * received; `raw` is the 404 body (an empty object when it had none).
 */
export function zeroBalance(observedAt: number, raw: Record<string, unknown> = {}): Balance {
  return {
    collateralName: COLLATERAL_NAME,
    balance: "0",
    equity: "0",
    availableForTrade: "0",
    availableForWithdrawal: "0",
    unrealisedPnl: "0",
    initialMargin: "0",
    marginRatio: "0",
    exposure: "0",
    leverage: "0",
    updatedTime: observedAt,
    raw,
  };
}

/**
 * GET /user/balance. Extended answers HTTP 404 when the balance is zero (documented); that is
 * returned as a zero balance ({@link zeroBalance}), not thrown. Any other error propagates.
 */
export async function getBalance(
  client: ExtendedRestContext,
  options?: RequestOptions,
): Promise<GetBalanceReturnType> {
  try {
    const { data } = await callApi(
      client,
      { action: "getBalance", method: "GET", path: "/user/balance", private: true, schema: balance },
      options,
    );
    return data;
  } catch (error) {
    if (error instanceof NotFoundError && error.status === 404) {
      const raw = error.raw;
      return zeroBalance(
        Date.now(),
        typeof raw === "object" && raw !== null && !Array.isArray(raw)
          ? (raw as Record<string, unknown>)
          : {},
      );
    }
    throw error;
  }
}

import { divRound, pow10, type Ratio } from "./decimal.js";
import type { AccountState, MarketState, PositionState } from "./state.js";

export interface FundingPayment {
  account: AccountState;
  position: PositionState;
  /** Signed quote atoms: positive when the account receives. */
  amount: bigint;
}

/**
 * Funding for one interval: each position pays rate × size × mark (longs pay when the rate is positive,
 * shorts when negative). Every amount is rounded down, so payers pay the exact amount rounded up and
 * receivers get theirs rounded down; the leftover (never negative) is the residue that keeps the
 * transfer balanced, which the engine credits to the fee account.
 */
export function fundingPayments(
  market: MarketState,
  accounts: Iterable<AccountState>,
  rate: Ratio,
): { payments: FundingPayment[]; residue: bigint } {
  const payments: FundingPayment[] = [];
  let total = 0n;
  const scale = pow10(rate.scale);
  for (const account of accounts) {
    const position = account.positions.get(market.spec.symbol);
    if (position === undefined || position.size === 0n) continue;
    const exact = -(position.size * market.mark * market.spec.notionalFactor * rate.units);
    const amount = divRound(exact, scale, "floor");
    payments.push({ account, position, amount });
    total += amount;
  }
  return { payments, residue: -total };
}

import * as z from "zod/mini";
import {
  decimal,
  epochMillis,
  integerText,
  nullableDecimal,
  nullableString,
  safeInteger,
} from "./primitives.js";

/** `POST /register` answer. `accGroup` picks the `xrestservermm` routing header from then on. */
export const registration = z.object({
  apiKey: z.string().check(z.minLength(1)),
  accGroup: safeInteger,
});
export type VestRegistration = z.infer<typeof registration>;

export const balance = z.object({
  asset: z.string(),
  total: decimal,
  locked: decimal,
});
export type VestBalance = z.infer<typeof balance>;

/**
 * A netted one-way position: direction is `isLong`, `size` is unsigned. v2 has no position id.
 * `unrealizedPnl` includes funding.
 */
export const position = z.object({
  symbol: z.string(),
  isLong: z.boolean(),
  size: decimal,
  entryPrice: decimal,
  entryFunding: decimal,
  unrealizedPnl: decimal,
  settledFunding: decimal,
  markPrice: decimal,
  indexPrice: nullableDecimal,
  liqPrice: nullableDecimal,
  initMargin: decimal,
  maintMargin: decimal,
  initMarginRatio: decimal,
});
export type VestPosition = z.infer<typeof position>;

export const leverageSetting = z.object({ symbol: z.string(), value: safeInteger });
export type VestLeverageSetting = z.infer<typeof leverageSetting>;

export const lpShares = z.object({ balance: decimal, shares: decimal, unrealizedPnl: decimal });
export type VestLpShares = z.infer<typeof lpShares>;

/** `GET /account`. `address` is the primary address (checksummed in the docs' example). */
export const account = z.object({
  address: z.string(),
  balances: z.array(balance),
  collateral: decimal,
  withdrawable: decimal,
  totalAccountValue: decimal,
  openOrderMargin: decimal,
  totalMaintMargin: decimal,
  positions: z.array(position),
  leverages: z.array(leverageSetting),
  lp: z.pipe(
    z.nullish(lpShares),
    z.transform((value: VestLpShares | null | undefined) => value ?? null),
  ),
  /** Server time of the snapshot; compare with the local clock to detect skew. */
  time: epochMillis,
  twitterUsername: nullableString,
  discordUsername: nullableString,
});
export type VestAccount = z.infer<typeof account>;

/** `GET /account/nonce`: the highest nonce the venue has seen, exact (nonces are uint256 when signed). */
export const accountNonce = z.object({ lastNonce: integerText });
export type VestAccountNonce = z.infer<typeof accountNonce>;

export const listenKey = z.object({ listenKey: z.string().check(z.minLength(1)) });
export type VestListenKey = z.infer<typeof listenKey>;

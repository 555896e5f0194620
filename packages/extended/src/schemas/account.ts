import * as z from "zod";
import {
  anyId,
  decimal,
  integerId,
  optionalDecimal,
  optionalSafeInteger,
  optionalString,
  optionalTimestampMs,
  safeInteger,
  timestampMs,
  withRaw,
} from "./primitives.js";

/** GET /user/account/info (and each item of GET /user/accounts). */
export const accountInfo = withRaw({
  accountId: integerId,
  description: optionalString,
  accountIndex: safeInteger,
  status: z.string(),
  /** Stark public key (0x hex). */
  l2Key: z.string(),
  /** Collateral position id (the vault signed into orders); number or string on the wire. */
  l2Vault: anyId,
  bridgeStarknetAddress: optionalString,
  apiKeys: z
    .array(z.string())
    .nullish()
    .transform((v) => v ?? undefined),
  accountIndexForKeyGeneration: optionalSafeInteger,
});
export type AccountInfo = z.output<typeof accountInfo>;

/** GET /user/client/info. */
export const clientInfo = z.object({
  id: integerId,
  evmWalletAddress: optionalString,
  starknetWalletAddress: optionalString,
  referralLinkCode: optionalString,
});
export type ClientInfo = z.output<typeof clientInfo>;

/** GET /user/balance. */
export const balance = withRaw({
  collateralName: z.string(),
  balance: decimal,
  equity: decimal,
  availableForTrade: decimal,
  availableForWithdrawal: decimal,
  unrealisedPnl: decimal,
  initialMargin: decimal,
  marginRatio: decimal,
  exposure: optionalDecimal,
  leverage: decimal,
  updatedTime: timestampMs,
});
export type Balance = z.output<typeof balance>;

/** GET /user/spot/balances item (multi-asset collateral). */
export const spotBalance = z.object({
  accountId: integerId,
  asset: z.string(),
  balance: decimal,
  indexPrice: decimal,
  notionalValue: decimal,
  contributionFactor: decimal,
  equityContribution: decimal,
  availableToWithdraw: decimal,
  updatedAt: optionalTimestampMs,
});
export type SpotBalance = z.output<typeof spotBalance>;

/** GET /user/rebates/stats. */
export const rebatesStats = z.object({
  totalPaid: decimal,
  rebatesRate: decimal,
  marketShare: decimal,
  nextTierMakerShare: optionalDecimal,
  nextTierRebateRate: optionalDecimal,
});
export type RebatesStats = z.output<typeof rebatesStats>;

/** GET /user/fees item. */
export const tradingFees = z.object({
  market: z.string(),
  makerFeeRate: decimal,
  takerFeeRate: decimal,
  /** Max builder fee rate the builder allows (only with builderId). */
  builderFeeRate: optionalDecimal,
});
export type TradingFees = z.output<typeof tradingFees>;

/** GET/PATCH /user/leverage item. */
export const marketLeverage = z.object({ market: z.string(), leverage: decimal });
export type MarketLeverage = z.output<typeof marketLeverage>;

/** GET /portfolio/charts/* item. */
export const chartPoint = z.object({ date: z.union([z.string(), timestampMs]), value: decimal });
export type ChartPoint = z.output<typeof chartPoint>;

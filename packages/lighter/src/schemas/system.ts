/** Root status, chain info, system configuration and exchange-wide reference data. */
import * as z from "zod/mini";
import { bool, decimal, envelope, int, list, openEnum, opt, text } from "./primitives.js";

/** `GET /`: no envelope; `timestamp` is Unix seconds. */
export const Status = z.object({ status: int, network_id: int, timestamp: int });
export type Status = z.output<typeof Status>;

/** `GET /info`. */
export const ZkLighterInfo = z.object({ contract_address: text });
export type ZkLighterInfo = z.output<typeof ZkLighterInfo>;

export const CurrentHeight = z.object({ ...envelope, height: int });
export type CurrentHeight = z.output<typeof CurrentHeight>;

/** Protocol account indexes and integrator fee caps (fees in 1e-6 units). */
export const SystemConfig = z.object({
  ...envelope,
  liquidity_pool_index: opt(int),
  staking_pool_index: opt(int),
  funding_fee_rebate_account_index: opt(int),
  market_maker_incentive_account_index: opt(int),
  liquidity_pool_cooldown_period: opt(int),
  staking_pool_lockup_period: opt(int),
  max_integrator_spot_taker_fee: opt(int),
  max_integrator_spot_maker_fee: opt(int),
  max_integrator_perps_taker_fee: opt(int),
  max_integrator_perps_maker_fee: opt(int),
});
export type SystemConfig = z.output<typeof SystemConfig>;

/** `withdrawalDelay` has no envelope: `{ seconds }`, a duration. */
export const WithdrawalDelay = z.object({ seconds: int });
export type WithdrawalDelay = z.output<typeof WithdrawalDelay>;

export const Announcement = z.object({
  title: text,
  content: text,
  /** Unix seconds. */
  created_at: opt(int),
  expired_at: opt(int),
});
export const Announcements = z.object({ ...envelope, announcements: list(Announcement) });
export type Announcements = z.output<typeof Announcements>;

/** Display metadata of a token; trading properties live on `Asset`. */
export const Token = z.object({
  symbol: text,
  name: opt(text),
  logo: opt(text),
  logo_extension: opt(text),
  description_key: opt(text),
  gecko_id: opt(text),
  paprika_id: opt(text),
  market: opt(openEnum(["SPOT", "PERPS"])),
  asset_type: opt(openEnum(["CRYPTO", "RWA"])),
  categories: list(text),
  is_allowed_mainnet: opt(bool),
  is_asset_allowed_mainnet: opt(bool),
});
export const TokenList = z.object({ ...envelope, tokens: list(Token) });
export type TokenList = z.output<typeof TokenList>;

/** Note the camelCase keys: the one place the API is not snake_case. */
export const Layer1BasicInfo = z.object({
  ...envelope,
  l1_providers: list(z.object({ chainId: opt(int), networkId: opt(int), latestBlockNumber: opt(int) })),
  l1_providers_health: opt(bool),
  validator_info: list(z.object({ address: text, is_active: opt(bool) })),
  contract_addresses: list(z.object({ name: text, address: text })),
  latest_l1_generic_block: opt(int),
  latest_l1_governance_block: opt(int),
  latest_l1_desert_block: opt(int),
});
export type Layer1BasicInfo = z.output<typeof Layer1BasicInfo>;

export const ExchangeMetrics = z.object({
  ...envelope,
  metrics: list(z.object({ timestamp: int, data: decimal })),
});
export type ExchangeMetrics = z.output<typeof ExchangeMetrics>;

/**
 * Endpoints the reference lists without a response schema (marketPriceCharts, rollingInfo,
 * stockFinancials, upcomingEarnings): the envelope is checked and every other field is kept as
 * parsed (numbers as exact text), so nothing is lost or guessed.
 */
export const UndocumentedPayload = z.looseObject({ ...envelope });
export type UndocumentedPayload = z.output<typeof UndocumentedPayload>;

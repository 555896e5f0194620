/** Accounts, API keys, limits, PnL, funding, liquidations, histories, pools and read-only tokens. */
import * as z from "zod/mini";
import {
  bool,
  decimal,
  envelope,
  int,
  int64,
  json,
  list,
  map,
  nextCursor,
  openEnum,
  opt,
  text,
} from "./primitives.js";

export const AccountPosition = z.object({
  market_id: int,
  symbol: text,
  initial_margin_fraction: opt(decimal),
  open_order_count: opt(int),
  pending_order_count: opt(int),
  position_tied_order_count: opt(int),
  /** 1 long, -1 short. */
  sign: int,
  position: decimal,
  avg_entry_price: decimal,
  position_value: opt(decimal),
  unrealized_pnl: opt(decimal),
  realized_pnl: opt(decimal),
  liquidation_price: opt(decimal),
  total_funding_paid_out: opt(decimal),
  /** 0 cross, 1 isolated. */
  margin_mode: opt(int),
  margin_set_flag: opt(int),
  allocated_margin: opt(decimal),
  total_discount: opt(decimal),
});
export type AccountPosition = z.output<typeof AccountPosition>;

export const AccountAsset = z.object({
  symbol: text,
  asset_id: int,
  balance: decimal,
  locked_balance: opt(decimal),
  margin_mode: opt(openEnum(["enabled", "disabled"])),
  margin_balance: opt(decimal),
  multiplier: opt(decimal),
});
export type AccountAsset = z.output<typeof AccountAsset>;

export const PublicPoolShare = z.object({
  public_pool_index: int,
  shares_amount: int64,
  entry_usdc: opt(decimal),
});
export type PublicPoolShare = z.output<typeof PublicPoolShare>;

export const PublicPoolInfo = z.object({
  status: opt(int),
  operator_fee: opt(decimal),
  min_operator_share_rate: opt(decimal),
  total_shares: opt(int64),
  operator_shares: opt(int64),
  annual_percentage_yield: opt(decimal),
  sharpe_ratio: opt(decimal),
  daily_returns: list(z.object({ timestamp: int, daily_return: decimal })),
  share_prices: list(z.object({ timestamp: int, share_price: decimal })),
});
export type PublicPoolInfo = z.output<typeof PublicPoolInfo>;

const accountFields = {
  ...envelope,
  account_type: opt(int),
  index: int,
  l1_address: text,
  cancel_all_time: opt(int),
  total_order_count: opt(int),
  total_isolated_order_count: opt(int),
  pending_order_count: opt(int),
  available_balance: opt(decimal),
  /** 1 active, 0 inactive. */
  status: opt(int),
  collateral: opt(decimal),
  transaction_time: opt(int),
  account_trading_mode: opt(int),
};

export const Account = z.object(accountFields);
export type Account = z.output<typeof Account>;

export const DetailedAccount = z.object({
  ...accountFields,
  account_index: opt(int),
  name: opt(text),
  description: opt(text),
  can_invite: opt(bool),
  referral_points_percentage: opt(decimal),
  can_rfq: opt(bool),
  can_rfq_market_ids: opt(json),
  created_at: opt(int),
  metadata: opt(json),
  positions: list(AccountPosition),
  assets: list(AccountAsset),
  total_asset_value: opt(decimal),
  cross_asset_value: opt(decimal),
  cross_initial_margin_requirement: opt(decimal),
  cross_maintenance_margin_requirement: opt(decimal),
  pool_info: opt(PublicPoolInfo),
  shares: list(PublicPoolShare),
  pending_unlocks: opt(json),
  approved_integrators: opt(json),
});
export type DetailedAccount = z.output<typeof DetailedAccount>;

export const DetailedAccounts = z.object({
  ...envelope,
  total: opt(int),
  accounts: list(DetailedAccount),
  next_cursor: nextCursor,
});
export type DetailedAccounts = z.output<typeof DetailedAccounts>;

export const SubAccounts = z.object({
  ...envelope,
  l1_address: text,
  sub_accounts: list(Account),
  next_cursor: nextCursor,
});
export type SubAccounts = z.output<typeof SubAccounts>;

export const ApiKey = z.object({
  account_index: int,
  api_key_index: int,
  nonce: int64,
  /** 40-byte public key as hex. */
  public_key: text,
  transaction_time: opt(int),
});
export type ApiKey = z.output<typeof ApiKey>;

export const AccountApiKeys = z.object({ ...envelope, api_keys: list(ApiKey) });
export type AccountApiKeys = z.output<typeof AccountApiKeys>;

/** The nonce to put in the next transaction of this (account, API key). */
export const NextNonce = z.object({ ...envelope, nonce: int64 });
export type NextNonce = z.output<typeof NextNonce>;

export const AccountLimits = z.object({
  ...envelope,
  max_llp_percentage: opt(int),
  max_llp_amount: opt(decimal),
  user_tier: opt(text),
  can_create_public_pool: opt(bool),
  user_tier_name: opt(text),
  /** Fees in 1e-6 units (FeeTick): 40 = 0.4 bps. */
  current_maker_fee_tick: opt(int),
  current_taker_fee_tick: opt(int),
  leased_lit: opt(decimal),
  effective_lit_stakes: opt(decimal),
  user_tier_last_update: opt(int),
});
export type AccountLimits = z.output<typeof AccountLimits>;

export const AccountMetadata = z.object({
  account_index: int,
  name: opt(text),
  description: opt(text),
  can_invite: opt(bool),
  referral_points_percentage: opt(decimal),
});
export type AccountMetadata = z.output<typeof AccountMetadata>;

export const AccountMetadatas = z.object({
  ...envelope,
  account_metadatas: list(AccountMetadata),
  next_cursor: nextCursor,
});
export type AccountMetadatas = z.output<typeof AccountMetadatas>;

/** One point of the PnL chart: float series on the wire, kept as exact decimal strings. */
export const PnLEntry = z.object({
  timestamp: int,
  trade_pnl: opt(decimal),
  trade_spot_pnl: opt(decimal),
  inflow: opt(decimal),
  outflow: opt(decimal),
  spot_inflow: opt(decimal),
  spot_outflow: opt(decimal),
  pool_pnl: opt(decimal),
  pool_inflow: opt(decimal),
  pool_outflow: opt(decimal),
  pool_total_shares: opt(decimal),
  staked_lit: opt(decimal),
  staking_inflow: opt(decimal),
  staking_outflow: opt(decimal),
  staking_pnl: opt(decimal),
  volume: opt(decimal),
});
export type PnLEntry = z.output<typeof PnLEntry>;

export const AccountPnL = z.object({ ...envelope, resolution: opt(text), pnl: list(PnLEntry) });
export type AccountPnL = z.output<typeof AccountPnL>;

export const PositionFunding = z.object({
  timestamp: int,
  market_id: int,
  funding_id: int64,
  change: decimal,
  rate: decimal,
  position_size: decimal,
  position_side: openEnum(["long", "short"]),
  discount: opt(decimal),
});
export type PositionFunding = z.output<typeof PositionFunding>;

export const PositionFundings = z.object({
  ...envelope,
  position_fundings: list(PositionFunding),
  next_cursor: nextCursor,
});
export type PositionFundings = z.output<typeof PositionFundings>;

const RiskParameters = z.object({
  market_id: int,
  collateral: opt(decimal),
  total_account_value: opt(decimal),
  initial_margin_req: opt(decimal),
  maintenance_margin_req: opt(decimal),
  close_out_margin_req: opt(decimal),
});

const RiskInfo = z.object({
  cross_risk_parameters: opt(RiskParameters),
  isolated_risk_parameters: list(RiskParameters),
});

export const Liquidation = z.object({
  id: int64,
  market_id: int,
  type: openEnum(["partial", "deleverage"]),
  trade: opt(z.object({ price: decimal, size: decimal, taker_fee: opt(decimal), maker_fee: opt(decimal) })),
  info: opt(
    z.object({
      positions: list(AccountPosition),
      risk_info_before: opt(RiskInfo),
      risk_info_after: opt(RiskInfo),
      mark_prices: map(decimal),
    }),
  ),
  executed_at: int,
});
export type Liquidation = z.output<typeof Liquidation>;

export const LiquidationInfos = z.object({
  ...envelope,
  liquidations: list(Liquidation),
  next_cursor: nextCursor,
});
export type LiquidationInfos = z.output<typeof LiquidationInfos>;

/** `transfer_fee_usdc` is an integer count of USDC base units (1 USDC = 1 000 000). */
export const TransferFeeInfo = z.object({ ...envelope, transfer_fee_usdc: int64 });
export type TransferFeeInfo = z.output<typeof TransferFeeInfo>;

export const DepositHistoryItem = z.object({
  id: text,
  asset_id: opt(int),
  amount: decimal,
  timestamp: int,
  status: openEnum(["failed", "pending", "completed", "claimable"]),
  l1_tx_hash: opt(text),
});
export type DepositHistoryItem = z.output<typeof DepositHistoryItem>;

/** History pages carry their continuation in `cursor` (not `next_cursor`); empty or absent ends it. */
export const DepositHistory = z.object({
  ...envelope,
  deposits: list(DepositHistoryItem),
  cursor: opt(text),
});
export type DepositHistory = z.output<typeof DepositHistory>;

export const WithdrawHistoryItem = z.object({
  id: text,
  asset_id: opt(int),
  amount: decimal,
  timestamp: int,
  status: openEnum(["failed", "pending", "claimable", "refunded", "completed"]),
  type: opt(openEnum(["secure", "fast"])),
  l1_tx_hash: opt(text),
});
export type WithdrawHistoryItem = z.output<typeof WithdrawHistoryItem>;

export const WithdrawHistory = z.object({
  ...envelope,
  withdraws: list(WithdrawHistoryItem),
  cursor: opt(text),
});
export type WithdrawHistory = z.output<typeof WithdrawHistory>;

export const TransferHistoryItem = z.object({
  id: text,
  asset_id: opt(int),
  amount: decimal,
  fee: opt(decimal),
  timestamp: int,
  type: text,
  from_l1_address: opt(text),
  to_l1_address: opt(text),
  from_account_index: opt(int),
  to_account_index: opt(int),
  from_route: opt(openEnum(["spot", "perps"])),
  to_route: opt(openEnum(["spot", "perps"])),
  tx_hash: opt(text),
});
export type TransferHistoryItem = z.output<typeof TransferHistoryItem>;

export const TransferHistory = z.object({
  ...envelope,
  transfers: list(TransferHistoryItem),
  cursor: opt(text),
});
export type TransferHistory = z.output<typeof TransferHistory>;

/** The export is produced asynchronously and fetched from `data_url`. */
export const ExportData = z.object({ ...envelope, data_url: text });
export type ExportData = z.output<typeof ExportData>;

export const PublicPoolMetadata = z.object({
  account_index: int,
  created_at: opt(int),
  master_account_index: opt(int),
  account_type: opt(int),
  name: opt(text),
  l1_address: opt(text),
  annual_percentage_yield: opt(decimal),
  sharpe_ratio: opt(decimal),
  status: opt(int),
  operator_fee: opt(decimal),
  total_asset_value: opt(decimal),
  total_shares: opt(int64),
  account_share: opt(PublicPoolShare),
});
export type PublicPoolMetadata = z.output<typeof PublicPoolMetadata>;

export const PublicPoolsMetadata = z.object({ ...envelope, public_pools: list(PublicPoolMetadata) });
export type PublicPoolsMetadata = z.output<typeof PublicPoolsMetadata>;

/** The bare `{code, message}` answer of write endpoints without a payload. */
export const ResultCode = z.object(envelope);
export type ResultCode = z.output<typeof ResultCode>;

export const MakerOnlyApiKeys = z.object({ ...envelope, api_key_indexes: list(int) });
export type MakerOnlyApiKeys = z.output<typeof MakerOnlyApiKeys>;

/** A long-lived read-only token. `api_token` (the credential) is only present when created. */
export const ApiToken = z.object({
  token_id: int64,
  api_token: opt(text),
  name: opt(text),
  account_index: opt(int),
  /** Unix seconds. */
  expiry: opt(int),
  sub_account_access: opt(bool),
  revoked: opt(bool),
  scopes: opt(text),
});
export type ApiToken = z.output<typeof ApiToken>;

export const ApiTokens = z.object({ ...envelope, api_tokens: list(ApiToken) });
export type ApiTokens = z.output<typeof ApiTokens>;

export const CreatedApiToken = z.object({ ...envelope, ...ApiToken.shape });
export type CreatedApiToken = z.output<typeof CreatedApiToken>;

export const RevokedApiToken = z.object({ ...envelope, token_id: opt(int64), revoked: opt(bool) });
export type RevokedApiToken = z.output<typeof RevokedApiToken>;

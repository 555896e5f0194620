export type PositionSide = "long" | "short";

export type MarginMode = "cross" | "isolated";

/** One asset of the account's collateral. Amounts are decimal strings in `asset`. */
export interface Balance {
  asset: string;
  /** Wallet balance: deposits plus realized PnL and funding, before unrealized PnL. */
  total: string;
  /** What can back new orders or be withdrawn. */
  available: string;
  /** Held by open orders and positions (initial margin). */
  locked: string;
  /** `total` plus unrealized PnL, when the venue reports it. */
  equity: string | undefined;
  unrealizedPnl: string | undefined;
  timestamp: number;
  info: unknown;
}

/** An open position. A position update with size "0" means the position was closed. */
export interface Position {
  symbol: string;
  side: PositionSide;
  /** Absolute size in base units; the direction is `side`. */
  size: string;
  entryPrice: string;
  markPrice: string | undefined;
  liquidationPrice: string | undefined;
  /** Size × mark price, in the settle asset. */
  notional: string | undefined;
  unrealizedPnl: string | undefined;
  realizedPnl: string | undefined;
  /** Margin allocated to the position (isolated) or its share of the account margin (cross). */
  margin: string | undefined;
  leverage: number | undefined;
  marginMode: MarginMode | undefined;
  timestamp: number;
  info: unknown;
}

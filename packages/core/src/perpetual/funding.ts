/** The current funding rate of one market. */
export interface FundingRate {
  symbol: string;
  /** Rate per funding interval as a fraction ("0.0001" = 0.01 %); positive: longs pay shorts. */
  rate: string;
  /** Length of one funding interval in milliseconds (1 h = 3_600_000). */
  intervalMs: number;
  /** When the next funding payment happens (ms), when the venue says. */
  nextFundingTime: number | undefined;
  markPrice: string | undefined;
  indexPrice: string | undefined;
  /** When the venue computed the rate (ms). */
  timestamp: number;
  info: unknown;
}

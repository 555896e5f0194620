import { ValidationError } from "@perp/core";
import { isObject } from "./messages/fields.js";

/**
 * Lighter channel addresses. Subscriptions use "/" as the separator; the server echoes channels
 * with ":" (and a few quirks, see {@link channelKeyOf}), so the subscribe address is the key.
 */
export type LighterChannel = string;

export type CandleResolution = "1m" | "5m" | "15m" | "30m" | "1h" | "4h" | "12h" | "1d" | "1w";

function index(value: number | bigint, name: string): string {
  const ok = typeof value === "bigint" ? value >= 0n : Number.isSafeInteger(value) && (value as number) >= 0;
  if (!ok) {
    throw new ValidationError(`${name} must be a non-negative integer, got ${String(value)}`, {
      venue: "lighter",
      issues: [{ path: [name], message: "expected a non-negative integer" }],
    });
  }
  return String(value);
}

function resolution(value: string): string {
  if (!/^\d+[mhdw]$/.test(value)) {
    throw new ValidationError(`resolution must look like "1m", "1h" or "1d", got ${JSON.stringify(value)}`, {
      venue: "lighter",
      issues: [{ path: ["resolution"], message: "expected a candle resolution" }],
    });
  }
  return value;
}

type MarketRef = number | bigint;
type AccountRef = number | bigint;

export const lighterChannels = {
  orderBook: (market: MarketRef) => `order_book/${index(market, "market")}`,
  ticker: (market: MarketRef) => `ticker/${index(market, "market")}`,
  marketStats: (market: MarketRef | "all") =>
    `market_stats/${market === "all" ? "all" : index(market, "market")}`,
  spotMarketStats: (market: MarketRef | "all") =>
    `spot_market_stats/${market === "all" ? "all" : index(market, "market")}`,
  trade: (market: MarketRef) => `trade/${index(market, "market")}`,
  candle: (market: MarketRef, res: CandleResolution | string) =>
    `candle/${index(market, "market")}/${resolution(res)}`,
  markPriceCandle: (market: MarketRef, res: CandleResolution | string) =>
    `mark_price_candle/${index(market, "market")}/${resolution(res)}`,
  height: () => "height",
  accountAll: (account: AccountRef) => `account_all/${index(account, "account")}`,
  accountMarket: (market: MarketRef, account: AccountRef) =>
    `account_market/${index(market, "market")}/${index(account, "account")}`,
  userStats: (account: AccountRef) => `user_stats/${index(account, "account")}`,
  accountTx: (account: AccountRef) => `account_tx/${index(account, "account")}`,
  accountAllOrders: (account: AccountRef) => `account_all_orders/${index(account, "account")}`,
  accountOrders: (market: MarketRef, account: AccountRef) =>
    `account_orders/${index(market, "market")}/${index(account, "account")}`,
  accountAllTrades: (account: AccountRef) => `account_all_trades/${index(account, "account")}`,
  accountAllPositions: (account: AccountRef) => `account_all_positions/${index(account, "account")}`,
  accountAllAssets: (account: AccountRef) => `account_all_assets/${index(account, "account")}`,
  accountSpotAvgEntryPrices: (account: AccountRef) =>
    `account_spot_avg_entry_prices/${index(account, "account")}`,
  notification: (account: AccountRef) => `notification/${index(account, "account")}`,
  poolData: (account: AccountRef) => `pool_data/${index(account, "account")}`,
  poolInfo: (account: AccountRef) => `pool_info/${index(account, "account")}`,
} as const;

/** The family of a channel: its first path segment ("order_book/0" → "order_book"). */
export function channelFamily(channel: string): string {
  const slash = channel.indexOf("/");
  return slash === -1 ? channel : channel.slice(0, slash);
}

/**
 * Whether a channel needs an auth token in its subscribe frame. "required": the account channels
 * the docs mark as authenticated; "optional": `account_all`, where the docs disagree, so a token is
 * sent when one is configured; "none": public channels.
 */
export function channelAuth(channel: string): "required" | "optional" | "none" {
  const family = channelFamily(channel);
  if (REQUIRED_AUTH.has(family) || family.startsWith("rfq")) return "required";
  if (family === "account_all") return "optional";
  return "none";
}

const REQUIRED_AUTH = new Set([
  "account_market",
  "account_tx",
  "account_all_orders",
  "account_orders",
  "account_all_trades",
  "account_all_positions",
  "account_all_assets",
  "account_spot_avg_entry_prices",
  "notification",
  "pool_data",
  "pool_info",
]);

/** True for a data frame: the `subscribed/<family>` snapshot or an `update/<family>`. */
export function isDataFrame(message: unknown): boolean {
  if (!isObject(message)) return false;
  const type = message.type;
  return typeof type === "string" && (type.startsWith("subscribed/") || type.startsWith("update/"));
}

/** True for the first frame of a subscription (`subscribed/<family>`), which carries the snapshot. */
export function isSnapshotFrame(message: unknown): boolean {
  return isObject(message) && typeof message.type === "string" && message.type.startsWith("subscribed/");
}

/**
 * The subscribe address a data frame belongs to. The server echoes "order_book:0" for
 * "order_book/0"; `account_market` echoes the slash form; `account_orders` echoes
 * "account_orders:{MARKET}" and puts the account in a separate `account` field.
 */
export function channelKeyOf(message: unknown): string | undefined {
  if (!isDataFrame(message)) return undefined;
  const frame = message as Record<string, unknown>;
  const channel = frame.channel;
  if (typeof channel !== "string" || channel.length === 0) return undefined;
  let key = channel.replaceAll(":", "/");
  if (channelFamily(key) === "account_orders" && key.split("/").length === 2) {
    const account = frame.account ?? frame.account_id;
    if (typeof account === "number" || typeof account === "bigint" || typeof account === "string") {
      key = `${key}/${String(account)}`;
    }
  }
  return key;
}

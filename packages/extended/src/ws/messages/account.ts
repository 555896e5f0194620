import * as z from "zod";
import { accountTrade, balance, order, position } from "../../schemas/index.js";

/** Account message types of the v1 stream (§8.7); others are passed on as unknown. */
export const ACCOUNT_MESSAGE_TYPES = ["ORDER", "TRADE", "BALANCE", "POSITION"] as const;

const isSnapshot = z
  .boolean()
  .nullish()
  .transform((v) => v ?? false);

export const orderMessageData = z.object({ isSnapshot, orders: z.array(order) });
export const tradeMessageData = z.object({ isSnapshot, trades: z.array(accountTrade) });
export const balanceMessageData = z.object({ isSnapshot, balance: balance });
export const positionMessageData = z.object({ isSnapshot, positions: z.array(position) });

export type OrderMessageData = z.output<typeof orderMessageData>;
export type TradeMessageData = z.output<typeof tradeMessageData>;
export type BalanceMessageData = z.output<typeof balanceMessageData>;
export type PositionMessageData = z.output<typeof positionMessageData>;

/** True when `data.isSnapshot` is set, read without validating the rest. */
export function flagsSnapshot(data: unknown): boolean {
  return typeof data === "object" && data !== null && (data as { isSnapshot?: unknown }).isSnapshot === true;
}

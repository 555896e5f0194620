import type { Order } from "@perp/core";
import { describe, expect, it } from "vitest";
import { DetailedAccount } from "../schemas/account.js";
import { FundingRates, OrderBookOrders } from "../schemas/market.js";
import { directory } from "./__fixtures__/markets.js";
import {
  balancesFromAccount,
  bookFromOrders,
  fundingFromRest,
  positionsFromAccount,
  rateFraction,
  toOrderUpdate,
} from "./mapping.js";

function venueOrder(status: string, overrides: Partial<Order> = {}): Order {
  return {
    id: "281474976710700",
    clientOrderId: "5",
    symbol: "ETH",
    side: "buy",
    type: "limit",
    timeInForce: "post-only",
    price: "3050",
    triggerPrice: undefined,
    size: "0.1",
    filled: "0",
    remaining: "0",
    averageFillPrice: undefined,
    reduceOnly: false,
    postOnly: true,
    status: status === "open" ? "open" : "cancelled",
    statusReason: status.startsWith("canceled-") ? status.slice(9) : undefined,
    createdAt: 1,
    updatedAt: 2,
    expiresAt: undefined,
    info: { status },
    ...overrides,
  };
}

describe("toOrderUpdate", () => {
  it("a pending order refused by the sequencer (canceled-post-only, nothing filled) is rejected", () => {
    const pending = { ...venueOrder("open"), status: "pending" as const, id: undefined };
    const update = toOrderUpdate(venueOrder("canceled-post-only"), pending);
    expect(update).toMatchObject({ status: "rejected", statusReason: "post-only", id: "281474976710700" });
  });

  it("the same status on an order that was open, or a plain cancel, stays a cancellation", () => {
    expect(toOrderUpdate(venueOrder("canceled-post-only"), venueOrder("open")).status).toBe("cancelled");
    const pending = { ...venueOrder("open"), status: "pending" as const };
    expect(toOrderUpdate(venueOrder("canceled"), pending).status).toBe("cancelled");
    expect(toOrderUpdate(venueOrder("canceled-margin-not-allowed", { filled: "0.05" }), pending).status).toBe(
      "cancelled",
    );
  });
});

describe("REST mappers", () => {
  const account = DetailedAccount.parse({
    index: 281,
    l1_address: "0xabc",
    collateral: "1000.500000",
    available_balance: "900.000000",
    total_asset_value: "1010.000000",
    positions: [
      {
        market_id: 0,
        symbol: "ETH",
        sign: -1,
        position: "0.2000",
        avg_entry_price: "3000.00",
        unrealized_pnl: "1.5",
      },
      { market_id: 1, symbol: "BTC", sign: 1, position: "0.00000", avg_entry_price: "0" },
    ],
    assets: [],
    shares: [],
  });

  it("collateral becomes a normalized USDC balance with locked = total - available", () => {
    expect(balancesFromAccount(account, 5)).toEqual([
      {
        asset: "USDC",
        total: "1000.5",
        available: "900",
        locked: "100.5",
        equity: "1010",
        unrealizedPnl: "9.5",
        timestamp: 5,
        info: account,
      },
    ]);
  });

  it("positions: flat markets are left out, sizes normalized, the sign gives the side", () => {
    const positions = positionsFromAccount(account, 281n, directory(), 5);
    expect(positions).toHaveLength(1);
    expect(positions[0]).toMatchObject({
      symbol: "ETH",
      side: "short",
      size: "0.2",
      entryPrice: "3000",
      unrealizedPnl: "1.5",
    });
  });

  it("aggregates resting orders into levels, best first", () => {
    const orders = OrderBookOrders.parse({
      code: 200,
      total_asks: 2,
      asks: [
        {
          order_index: 1,
          owner_account_index: 1,
          initial_base_amount: "1",
          remaining_base_amount: "0.5",
          price: "3001.00",
        },
        {
          order_index: 2,
          owner_account_index: 2,
          initial_base_amount: "1",
          remaining_base_amount: "1",
          price: "3000.50",
        },
      ],
      total_bids: 3,
      bids: [
        {
          order_index: 3,
          owner_account_index: 1,
          initial_base_amount: "1",
          remaining_base_amount: "0.25",
          price: "2999",
        },
        {
          order_index: 4,
          owner_account_index: 2,
          initial_base_amount: "1",
          remaining_base_amount: "0.5",
          price: "2999.00",
        },
        {
          order_index: 5,
          owner_account_index: 2,
          initial_base_amount: "1",
          remaining_base_amount: "0",
          price: "2999.50",
        },
      ],
    });
    expect(bookFromOrders("ETH", orders, 9)).toEqual({
      symbol: "ETH",
      bids: [{ price: "2999", size: "0.75" }],
      asks: [
        { price: "3000.5", size: "1" },
        { price: "3001", size: "0.5" },
      ],
      sequence: undefined,
      timestamp: 9,
    });
  });

  it("funding: Lighter's own entry of funding-rates, in the configured unit", () => {
    const rates = FundingRates.parse({
      code: 200,
      funding_rates: [
        { market_id: 0, exchange: "binance", symbol: "ETH", rate: "0.01" },
        { market_id: 0, exchange: "lighter", symbol: "ETH", rate: "0.0000125" },
      ],
    });
    const extra = { markPrice: "3000", indexPrice: "3000.1", now: 7 };
    expect(fundingFromRest(rates.funding_rates, "ETH", 0, "fraction", extra)).toMatchObject({
      symbol: "ETH",
      rate: "0.0000125",
      intervalMs: 3_600_000,
      markPrice: "3000",
    });
    expect(fundingFromRest(rates.funding_rates, "ETH", 0, "percent", extra)?.rate).toBe("0.000000125");
    expect(fundingFromRest(rates.funding_rates, "BTC", 1, "fraction", extra)).toBeUndefined();
    expect(rateFraction("-0.0100", "percent")).toBe("-0.0001");
  });
});

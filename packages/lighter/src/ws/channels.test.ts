import { describe, expect, it } from "vitest";
import { channelAuth, channelKeyOf, lighterChannels } from "./channels.js";
import { lighterSubscriptionProtocol, readErrorFrame } from "./protocol.js";

describe("Lighter channels", () => {
  it("builds slash addresses and rejects bad ids", () => {
    expect(lighterChannels.orderBook(0)).toBe("order_book/0");
    expect(lighterChannels.accountOrders(3, 42)).toBe("account_orders/3/42");
    expect(lighterChannels.candle(1, "1h")).toBe("candle/1/1h");
    expect(() => lighterChannels.orderBook(-1)).toThrow(/non-negative/);
    expect(() => lighterChannels.candle(1, "1 hour")).toThrow(/resolution/);
  });

  it("routes the server's colon echo and its quirks to the subscribe address", () => {
    expect(channelKeyOf({ type: "update/order_book", channel: "order_book:0" })).toBe("order_book/0");
    expect(channelKeyOf({ type: "update/account_market", channel: "account_market/0/40" })).toBe(
      "account_market/0/40",
    );
    expect(channelKeyOf({ type: "update/account_orders", channel: "account_orders:3", account: 42 })).toBe(
      "account_orders/3/42",
    );
    expect(channelKeyOf({ type: "unsubscribed", channel: "order_book:0" })).toBeUndefined();
  });

  it("knows which channels need a token", () => {
    expect(channelAuth("account_all_orders/1")).toBe("required");
    expect(channelAuth("account_all/1")).toBe("optional");
    expect(channelAuth("user_stats/1")).toBe("none");
    expect(channelAuth("order_book/1")).toBe("none");
  });

  it("reads both error frame shapes and acks on the snapshot frame", () => {
    expect(readErrorFrame({ error: { code: 30003, message: "Already Subscribed to order_book/0" } })).toEqual(
      {
        code: 30003,
        message: "Already Subscribed to order_book/0",
      },
    );
    expect(readErrorFrame({ type: "error", code: 30001, message: "bad" })).toEqual({
      code: 30001,
      message: "bad",
    });
    const protocol = lighterSubscriptionProtocol(undefined);
    expect(protocol.ack?.({ type: "subscribed/trade", channel: "trade:1" })).toEqual({ key: "trade/1" });
    expect(protocol.ack?.({ type: "update/trade", channel: "trade:1" })).toBeUndefined();
    const refused = protocol.ack?.({ error: { code: 30003, message: "Already Subscribed to order_book/0" } });
    expect(refused?.key).toBe("order_book/0");
    expect(
      protocol.ack?.({ type: "jsonapi/sendtx", id: "1", code: 21104, error: { code: 21104 } }),
    ).toBeUndefined();
  });
});

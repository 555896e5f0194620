import type { AccountEvent, Order, PerpError } from "@perp/core";
import { ReadinessTracker } from "@perp/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Frame, loadFrames, ReplayServer, until } from "../../../test/frames/replay-server.js";
import { LighterWsClient } from "../client.js";
import { LighterAccountStream } from "./account-stream.js";

const recorded = loadFrames<{ snapshots: Record<string, Frame>; updates: Frame[] }>("account-42.json");
const TOKEN = `4102444800:42:4:${"3f".repeat(80)}`;

let server: ReplayServer;
let client: LighterWsClient;
let tokensIssued = 0;

function connect(): LighterWsClient {
  return new LighterWsClient({
    url: server.url,
    authToken: () => {
      tokensIssued++;
      return TOKEN;
    },
    reconnect: { initialDelayMs: 10, maxDelayMs: 40 },
    ackTimeoutMs: 2000,
    random: () => 0.5,
  });
}

function serveSnapshots(overrides: Record<string, Frame> = {}): void {
  server.onSubscribe = (frame) => {
    const channel = String(frame.channel);
    const snapshot = overrides[channel] ?? recorded.snapshots[channel];
    if (snapshot) server.send(snapshot);
  };
}

beforeEach(async () => {
  server = await ReplayServer.start();
  tokensIssued = 0;
  serveSnapshots();
});

afterEach(async () => {
  await client?.close();
  await server.close();
  expect(client.state).toBe("closed");
});

describe("LighterAccountStream", () => {
  it("subscribes with the auth token and builds state from the snapshots", async () => {
    client = connect();
    const tracker = new ReadinessTracker({
      components: ["balances", "positions", "openOrders", "accountStream"],
    });
    const stream = new LighterAccountStream(client, {
      accountIndex: 42,
      readiness: tracker,
      symbolOf: () => "ETH",
    });
    const snapshots: unknown[] = [];
    stream.on("snapshot", (state) => snapshots.push(state));
    await stream.start();
    await until(() => snapshots.length === 1);
    expect(tracker.isReady()).toBe(true);
    for (const channel of [
      "account_all_orders/42",
      "account_all_positions/42",
      "account_all_assets/42",
      "account_all_trades/42",
    ]) {
      expect(server.subscribes(channel)[0]?.auth).toBe(TOKEN);
    }
    expect(server.subscribes("user_stats/42")[0]?.auth).toBeUndefined();
    expect(tokensIssued).toBe(1);

    const orders = stream.state.openOrders;
    expect([...orders.keys()]).toEqual(["1152921504606846975", "281474976710700"]);
    expect(orders.get("1152921504606846975")).toMatchObject({
      clientOrderId: "7",
      symbol: "ETH",
      side: "buy",
      type: "limit",
      timeInForce: "GTT",
      price: "1900.00",
      size: "1.0000",
      status: "open",
      triggerPrice: undefined,
      expiresAt: 1785857330000,
    });
    expect(orders.get("281474976710700")).toMatchObject({
      side: "sell",
      postOnly: true,
      timeInForce: "post-only",
    });
    expect(stream.state.balances.get("USDC")).toMatchObject({
      total: "6343.581906",
      locked: "297.000000",
      available: "6046.581906",
    });
    expect(stream.state.positions.get("ETH")).toMatchObject({
      side: "short",
      size: "0.5000",
      entryPrice: "1920.00",
      liquidationPrice: "3024.66",
      marginMode: "cross",
    });
    expect(stream.state.stats?.availableBalance).toBe("2000.00");
  });

  it("applies updates: fills once, order progress and final states, positions, balances, unknown types", async () => {
    client = connect();
    const stream = new LighterAccountStream(client, { accountIndex: 42 });
    const events: AccountEvent[] = [];
    await stream.start();
    stream.on("event", (event) => events.push(event));
    for (const update of recorded.updates) server.send(update);
    await until(() => stream.state.positions.size === 0, 3000, "position closed");

    const fills = events.filter((e) => e.type === "fill");
    expect(fills).toHaveLength(1);
    expect(fills[0]?.type === "fill" && fills[0].fill).toMatchObject({
      id: "14035099",
      orderId: "1152921504606846975",
      clientOrderId: "7",
      side: "buy",
      price: "1900.00",
      size: "0.4000",
      // is_maker_ask false: the resting bid (ours) made the trade, so the maker rate applies.
      liquidity: "maker",
      fee: "0.0304",
      feeAsset: "USDC",
    });
    const orderEvents = events.flatMap((e) => (e.type === "order" ? [e.order] : []));
    expect(orderEvents.map((o) => [o.id, o.status, o.statusReason])).toEqual([
      ["1152921504606846975", "partially-filled", undefined],
      ["281474976710700", "cancelled", "post-only"],
    ]);
    expect(orderEvents[0]?.averageFillPrice).toBe("1900");
    expect([...stream.state.openOrders.keys()]).toEqual(["1152921504606846975"]);
    expect(stream.state.openOrders.get("1152921504606846975")?.remaining).toBe("0.6000");

    const positions = events.flatMap((e) => (e.type === "position" ? [e.position] : []));
    expect(positions.map((p) => p.size)).toEqual(["0.1000", "0"]);
    expect(stream.state.balances.get("USDC")?.available).toBe("6150");

    const unknown = events.filter((e) => e.type === "unknown");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ channel: "account_all_orders/42" });
    expect(String(unknown[0]?.type === "unknown" && unknown[0].reason)).toContain("account_margin_call");
  });

  it("surfaces an unreadable item as unknown and keeps the rest of the frame", async () => {
    client = connect();
    const stream = new LighterAccountStream(client, { accountIndex: 42, channels: ["orders"] });
    const events: AccountEvent[] = [];
    await stream.start();
    stream.on("event", (event) => events.push(event));
    const good = (recorded.updates[1] as { orders: Record<string, Frame[]> }).orders["0"]?.[0] as Frame;
    server.send({
      channel: "account_all_orders:42",
      type: "update/account_all_orders",
      orders: { "0": [{ ...good, status: "teleported" }, good] },
    });
    await until(() => events.length === 2);
    expect(events.map((e) => e.type)).toEqual(["unknown", "order"]);
  });

  it("after a reconnect resubscribes, reports missing orders to onReconnected and completes the resync", async () => {
    client = connect();
    const missing: Order[][] = [];
    const stream = new LighterAccountStream(client, {
      accountIndex: 42,
      onReconnected: async (orders) => {
        missing.push(orders);
      },
    });
    const resyncs: AccountEvent[] = [];
    const stale: string[] = [];
    stream.on("event", (e) => e.type === "resync" && resyncs.push(e));
    stream.on("stale", (reason) => stale.push(reason));
    await stream.start();

    const snapshot = recorded.snapshots["account_all_orders/42"] as Frame;
    const ordersAfter = {
      ...snapshot,
      orders: { "0": [(snapshot.orders as Record<string, Frame[]>)["0"]?.[0]] },
    };
    serveSnapshots({ "account_all_orders/42": ordersAfter });
    server.dropAll();
    await until(() => stale.length === 1);
    expect(stream.ready).toBe(false);
    await until(() => resyncs.length === 2, 3000, "resync completed");
    expect(resyncs.map((e) => e.type === "resync" && e.phase)).toEqual(["started", "completed"]);
    expect(missing).toHaveLength(1);
    expect(missing[0]?.map((o) => o.id)).toEqual(["281474976710700"]);
    expect(stream.ready).toBe(true);
    expect(server.subscribes("account_all_orders/42")).toHaveLength(2);
    expect(server.subscribes("account_all_orders/42")[1]?.auth).toBe(TOKEN);
    expect([...stream.state.openOrders.keys()]).toEqual(["1152921504606846975"]);
  });

  it("never lets the auth token reach an error", async () => {
    client = connect();
    server.onSubscribe = (frame) => {
      server.send({
        error: { code: 20013, message: `invalid auth ${String(frame.auth)} for ${String(frame.channel)}` },
      });
    };
    const stream = new LighterAccountStream(client, { accountIndex: 42, channels: ["orders"] });
    const clientErrors: PerpError[] = [];
    client.on("error", (error) => clientErrors.push(error));
    const error = (await stream.start().catch((e: unknown) => e)) as PerpError;
    expect(error.name).toBe("VenueApiError");
    const text = [
      error.message,
      JSON.stringify(error.toJSON()),
      String(error.stack),
      ...clientErrors.map((e) => e.message),
    ];
    for (const line of text) expect(line).not.toContain(TOKEN);
    expect(error.message).toContain("[redacted]");
    expect(server.rawReceived.some((frame) => frame.includes(TOKEN))).toBe(true);
  });
});

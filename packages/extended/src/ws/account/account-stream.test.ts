import { type AccountEvent, type PerpError, ReadinessTracker } from "@perp/core";
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_USER_AGENT } from "../../rest/client.js";
import { loadFrames, ReplayServer, until } from "../replay-server.test-helper.js";
import { ExtendedStreams } from "../streams.js";
import type { AccountSnapshotNotice, ReconnectContext } from "./account-stream.js";

const API_KEY = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
const fast = { reconnect: { initialDelayMs: 10, maxDelayMs: 20 }, random: () => 0.5 };
const ACCOUNT_COMPONENTS = ["accountStream", "openOrders", "balances", "positions"] as const;

let server: ReplayServer | undefined;
let streams: ExtendedStreams | undefined;

afterEach(async () => {
  await streams?.close();
  await server?.close();
  streams = undefined;
  server = undefined;
});

function summary(event: AccountEvent): string {
  switch (event.type) {
    case "order":
      return `order ${event.order.id} ${event.order.status}`;
    case "fill":
      return `fill ${event.fill.id}`;
    case "balance":
      return `balance ${event.balance.total}`;
    case "position":
      return `position ${event.position.symbol} ${event.position.size}`;
    case "resync":
      return `resync ${event.phase}`;
    case "unknown":
      return `unknown ${event.channel}`;
  }
}

describe("ExtendedAccountStream", () => {
  it("applies the snapshot burst, then updates; unknown types pass as unknown", async () => {
    server = await ReplayServer.start();
    server.onConnection = (c) => c.send([...loadFrames("account-burst"), ...loadFrames("account-updates")]);
    const tracker = new ReadinessTracker({ components: [...ACCOUNT_COMPONENTS] });
    streams = new ExtendedStreams({
      streamUrl: server.streamUrl,
      apiKey: ` ${API_KEY} `,
      readiness: tracker,
      ...fast,
    });
    const account = streams.account();
    const events: AccountEvent[] = [];
    account.on("event", (e) => events.push(e));
    await account.start();
    await until(() => events.length === 9);
    expect(server.connections[0]?.path).toBe("/account");
    expect(server.connections[0]?.headers["x-api-key"]).toBe(API_KEY);
    expect(server.connections[0]?.headers["user-agent"]).toBe(DEFAULT_USER_AGENT);
    expect(events.map(summary)).toEqual([
      "order 1784963886257016832 open",
      "order 1784963886257016900 open",
      "balance 7.667333",
      "position SOL-USD 10",
      "order 1784963886257016832 filled",
      "fill 1811328331296018432",
      "unknown DEPOSIT",
      "position SOL-USD 0",
      "balance 17.5",
    ]);
    const conditional = events[1];
    expect(conditional?.type === "order" && conditional.order).toMatchObject({
      type: "stop-market",
      triggerPrice: "2250",
      reduceOnly: true,
      clientOrderId: "ext-2",
    });
    const fill = events[5];
    expect(fill?.type === "fill" && fill.fill).toMatchObject({
      orderId: "1784963886257016832",
      clientOrderId: "ext-1",
      price: "58249.8",
      size: "0.001",
      fee: "0.029124",
      feeAsset: "USD",
      liquidity: "taker",
    });
    expect(account.state.openOrders.map((o) => o.id)).toEqual(["1784963886257016900"]);
    expect(account.state.positions).toEqual([]);
    expect(account.state.balances).toMatchObject([
      { asset: "USD", total: "17.5", available: "17", locked: "0.5" },
    ]);
    for (const component of ACCOUNT_COMPONENTS) {
      expect(tracker.status().components[component]).toMatchObject({ state: "ready", evidence: "snapshot" });
    }
    await account.close();
  });

  it("reconnects on a seq gap, rebuilds from the new burst and runs the reconciliation hook", async () => {
    server = await ReplayServer.start();
    server.onConnection = (c, i) =>
      c.send(
        i === 0
          ? [...loadFrames("account-burst"), ...loadFrames("account-gap")]
          : loadFrames("account-resnapshot"),
      );
    const tracker = new ReadinessTracker({ components: [...ACCOUNT_COMPONENTS] });
    const changes: string[] = [];
    tracker.on("change", (c) => {
      if (c.component === "accountStream") changes.push(c.status.state);
    });
    const reconciled: ReconnectContext[] = [];
    streams = new ExtendedStreams({
      streamUrl: server.streamUrl,
      apiKey: API_KEY,
      readiness: tracker,
      ...fast,
    });
    const account = streams.account({
      onReconnected: async (context) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        reconciled.push(context);
      },
    });
    const events: AccountEvent[] = [];
    const gaps: PerpError[] = [];
    account.on("event", (e) => events.push(e));
    account.on("gap", (e) => gaps.push(e));
    await account.start();
    await until(() => events.some((e) => e.type === "resync" && e.phase === "completed"));
    expect(server.connections).toHaveLength(2);
    expect(server.connections[1]?.headers["x-api-key"]).toBe(API_KEY);
    expect(gaps[0]).toMatchObject({ code: "SEQUENCE_GAP", expected: "4", received: "6" });
    expect(events.map(summary)).toEqual([
      "order 1784963886257016832 open",
      "order 1784963886257016900 open",
      "balance 7.667333",
      "position SOL-USD 10",
      "resync started",
      "order 1784963886257017000 partially-filled",
      "balance 20",
      // Closed while the stream was away: reported closed from the snapshot's absence.
      "position SOL-USD 0",
      "resync completed",
    ]);
    expect(reconciled).toHaveLength(1);
    expect(reconciled[0]?.openOrders.map((o) => o.id)).toEqual(["1784963886257017000"]);
    expect(reconciled[0]?.reason).toMatch(/skipped/);
    expect(account.state.openOrders.map((o) => o.remaining)).toEqual(["0.015"]);
    expect(account.state.positions).toEqual([]);
    expect(changes).toEqual(["ready", "stale", "ready"]);
    expect(tracker.isReady()).toBe(true);
    await account.close();
  });

  it("ends the burst at the grace period when a part never comes", async () => {
    server = await ReplayServer.start();
    server.onConnection = (c) => c.send(loadFrames("account-burst-no-balance"));
    const tracker = new ReadinessTracker({ components: [...ACCOUNT_COMPONENTS] });
    streams = new ExtendedStreams({
      streamUrl: server.streamUrl,
      apiKey: API_KEY,
      readiness: tracker,
      ...fast,
    });
    const account = streams.account({ snapshotGraceMs: 30 });
    const notices: AccountSnapshotNotice[] = [];
    account.on("snapshotComplete", (n) => notices.push(n));
    await account.start();
    await until(() => notices.length > 0);
    expect(notices).toEqual([{ received: ["ORDER", "POSITION"], missing: ["BALANCE"] }]);
    expect(account.ready).toBe(true);
    expect(tracker.status().missing).toEqual(["balances"]);
    await account.close();
  });

  it("never puts the API key in errors, readiness or logs", async () => {
    const secret = "f00dbabe-1234-5678-9abc-def012345678";
    server = await ReplayServer.start({ reject: () => 401 });
    const tracker = new ReadinessTracker({ components: ["accountStream"] });
    for (const apiKeyTransport of ["header", "query"] as const) {
      streams = new ExtendedStreams({
        streamUrl: server.streamUrl,
        apiKey: secret,
        apiKeyTransport,
        readiness: tracker,
        ...fast,
      });
      const account = streams.account();
      const errors: PerpError[] = [];
      account.on("error", (e) => errors.push(e));
      void account.start().catch(() => {});
      await until(() => errors.length >= 2);
      await account.close();
      await streams.close();
      const text = errors
        .map((e) => `${e.message} ${JSON.stringify(e)} ${String(e.cause)} ${e.stack}`)
        .join("\n");
      expect(text).toMatch(/401/);
      expect(text).not.toContain(secret);
      expect(JSON.stringify(tracker.status())).not.toContain(secret);
    }
    expect(server.connections).toHaveLength(0);
    expect(tracker.status().components.accountStream?.state).toBe("failed");
  });

  it("refuses to build the account stream without a key", () => {
    streams = new ExtendedStreams({ streamUrl: "ws://127.0.0.1:9/stream.extended.exchange/v1" });
    expect(() => streams?.account()).toThrow(/needs an apiKey/);
  });
});

import { type AccountEvent, PerpError, ReadinessTracker, VenueApiError } from "@perp/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type FrameFile,
  frameText,
  loadFrames,
  ReplayServer,
  waitFor,
} from "../../../test/frames/replay-server.js";
import type { VestAccountSnapshot } from "./account-state.js";
import {
  VestAccountStream,
  type VestAccountStreamOptions,
  type VestReconnectContext,
} from "./account-stream.js";
import type { VestListenKeyProvider } from "./listen-key.js";

const frames: FrameFile = loadFrames("account");
const restAccount = frames.restAccount as VestAccountSnapshot;
const fast = { initialDelayMs: 10, maxDelayMs: 40 };

/** Listen-key calls recorded; keys are 32 hex characters like the venue's. */
class FakeListenKeys implements VestListenKeyProvider {
  readonly keys: string[] = [];
  readonly calls: string[] = [];
  keepAliveFails = false;
  #next = 0;

  create = async (): Promise<{ listenKey: string }> => {
    this.calls.push("create");
    const reuse = this.keys.at(-1);
    if (reuse !== undefined && !this.keepAliveFails && this.calls.at(-2) !== "expired") {
      return { listenKey: reuse };
    }
    const key = `579e1280448d4843b190c50fbd17${(this.#next++).toString(16).padStart(4, "0")}`;
    this.keys.push(key);
    return { listenKey: key };
  };

  keepAlive = async (key: string): Promise<{ listenKey: string }> => {
    this.calls.push(`keepAlive:${key}`);
    if (this.keepAliveFails) {
      throw new VenueApiError(`Listen key ${key} expired. Make a POST request to create a new key.`, {
        venueCode: 1125,
        venueMessage: `Listen key ${key} expired`,
      });
    }
    return { listenKey: key };
  };

  close = async (key: string): Promise<void> => {
    this.calls.push(`close:${key}`);
  };

  /** The next create() must hand out a new key (the venue said the old one expired). */
  expire(): void {
    this.calls.push("expired");
  }
}

let server: ReplayServer;
let stream: VestAccountStream | undefined;
let keys: FakeListenKeys;
let events: AccountEvent[];
let errors: PerpError[];

function open(options: Partial<VestAccountStreamOptions> = {}): VestAccountStream {
  keys = new FakeListenKeys();
  events = [];
  errors = [];
  stream = new VestAccountStream({
    url: server.url,
    listenKey: keys,
    reconnect: fast,
    random: () => 0.5,
    ...options,
  });
  stream.on("event", (event) => events.push(event));
  stream.on("error", (error) => errors.push(error));
  return stream;
}

function send(...names: string[]): void {
  for (const name of names) server.last.send(frameText(frames, name));
}

function types(): string[] {
  return events.map((e) => (e.type === "order" ? `order:${e.order.status}` : e.type));
}

let timersBefore = 0;

/** Live timers and intervals of this process: whatever a test leaves behind keeps Node running. */
function liveTimers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === "Timeout").length;
}

beforeEach(async () => {
  timersBefore = liveTimers();
  server = await ReplayServer.start();
});

afterEach(async () => {
  await stream?.close();
  stream = undefined;
  await server.close();
  await expect
    .poll(liveTimers, { message: "timers left running after close()", timeout: 2000 })
    .toBeLessThanOrEqual(timersBefore);
});

describe("VestAccountStream: subscription and events", () => {
  it("connects with a listen key in the URL, subscribes and reports the ack as readiness", async () => {
    const readiness = new ReadinessTracker({ components: ["accountStream"] });
    const account = open({ accountGroup: 2, readiness });
    let subscribed = 0;
    account.on("subscribed", () => subscribed++);
    await account.start();
    const connection = server.last;
    expect(connection.query.get("listenKey")).toBe(keys.keys[0]);
    expect(connection.query.get("xwebsocketserver")).toBe("restserver2");
    expect(connection.received[0]).toEqual({ method: "SUBSCRIBE", params: ["account_private"], id: 1 });
    expect(subscribed).toBe(1);
    expect(readiness.component("accountStream")).toMatchObject({
      state: "ready",
      evidence: "subscription-ack",
    });
  });

  it("turns ORDER events into order and fill events and keeps the open orders", async () => {
    const account = open();
    const changed: string[] = [];
    account.on("accountChanged", (reason) => changed.push(reason));
    await account.start();
    send("orderNew");
    await waitFor(() => events.length === 1, 2000, "the NEW order");
    expect(account.openOrders().map((o) => o.id)).toEqual(["0x0"]);
    send("orderExecution", "orderExecution");
    await waitFor(() => events.length === 3, 2000, "fill and order");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(types()).toEqual(["order:open", "fill", "order:filled"]);
    const fill = events[1]?.type === "fill" ? events[1].fill : undefined;
    expect(fill).toMatchObject({
      orderId: "0x0",
      symbol: "BTC-PERP",
      side: "buy",
      price: "30000",
      size: "0.1",
      fee: "0.01",
      feeAsset: "USDC",
      timestamp: 1683849600076,
    });
    const order = events[2]?.type === "order" ? events[2].order : undefined;
    expect(order).toMatchObject({ type: "market", filled: "0.1", remaining: "0", averageFillPrice: "30000" });
    expect(account.openOrders()).toEqual([]);
    expect(changed).toEqual(["fill"]);
  });

  it("enriches symbol-less cancel events from the order it already knows", async () => {
    const account = open();
    await account.start();
    send("limitNewConstructed", "limitCancelConstructed");
    await waitFor(() => events.length === 2, 2000, "two order events");
    const cancelled = events[1]?.type === "order" ? events[1].order : undefined;
    expect(cancelled).toMatchObject({
      id: "0x1a",
      symbol: "ETH-PERP",
      side: "sell",
      type: "limit",
      price: "3500",
      status: "cancelled",
    });
    expect(account.openOrders()).toEqual([]);
  });

  it("surfaces unknown event types and unknown orders as `unknown` and keeps going", async () => {
    const account = open();
    const lps: unknown[] = [];
    const transfers: unknown[] = [];
    account.on("lp", (lp) => lps.push(lp));
    account.on("transfer", (transfer) => transfers.push(transfer));
    await account.start();
    send("unknownEventConstructed", "orderRejection", "lp", "transfer", "orderNew");
    await waitFor(() => events.length === 3 && transfers.length === 1, 2000, "the events");
    expect(types()).toEqual(["unknown", "unknown", "order:open"]);
    expect(events[0]).toMatchObject({
      channel: "account_private",
      reason: 'unknown account event "POSITION_SNAPSHOT"',
    });
    expect(events[1]).toMatchObject({ reason: expect.stringContaining("not known well enough") });
    expect(lps).toEqual([
      expect.objectContaining({ id: "0x0", orderType: "DEPOSIT", size: "100", status: "FILLED" }),
    ]);
    expect(transfers).toEqual([expect.objectContaining({ orderType: "DEPOSIT", chainId: 1 })]);
  });

  it("applies REST account snapshots: balances and positions, a vanished position as size 0", async () => {
    const account = open();
    await account.start();
    const first = account.applyAccount(restAccount);
    expect(first.map((e) => e.type)).toEqual(["balance", "position"]);
    expect(account.balances()[0]).toMatchObject({
      asset: "USDC",
      total: "4723846.892089",
      available: "111222.120000",
      equity: "200000.120000",
    });
    expect(account.positions()[0]).toMatchObject({
      symbol: "BTC-PERP",
      side: "long",
      size: "0.1000",
      leverage: 20,
    });
    expect(account.applyAccount(restAccount)).toEqual([]);
    const closed = account.applyAccount({ ...restAccount, positions: [] });
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ type: "position", position: { symbol: "BTC-PERP", size: "0" } });
    expect(account.positions()).toEqual([]);
  });
});

describe("VestAccountStream: continuity and the listen key", () => {
  it("reconnects, resubscribes, reconciles through onReconnected, then completes the resync", async () => {
    const readiness = new ReadinessTracker({ components: ["accountStream"] });
    const contexts: VestReconnectContext[] = [];
    let vanished: string[] = [];
    const account = open({
      readiness,
      onReconnected: async (context) => {
        contexts.push(context);
        expect(readiness.component("accountStream")?.state).toBe("stale");
        // The venue's open orders after the outage: 0x1a is gone (it ended while we were away).
        vanished = context.stream.reconcileOpenOrders([]).vanished.map((o) => o.id ?? "");
      },
    });
    await account.start();
    send("limitNewConstructed");
    await waitFor(() => events.length === 1, 2000, "the open order");
    server.last.socket.terminate();
    await waitFor(() => events.some((e) => e.type === "resync" && e.phase === "completed"), 3000, "resync");
    expect(events.filter((e) => e.type === "resync").map((e) => e.type === "resync" && e.phase)).toEqual([
      "started",
      "completed",
    ]);
    expect(contexts.map((c) => c.reason)).toEqual(["reconnect"]);
    expect(vanished).toEqual(["0x1a"]);
    expect(account.openOrders()).toEqual([]);
    expect(server.connections[1]?.subscriptions()).toEqual(["account_private"]);
    expect(server.connections[1]?.query.get("listenKey")).toBe(keys.keys[0]);
    expect(readiness.component("accountStream")?.state).toBe("ready");
  });

  it("retries a failing reconciliation and completes once it succeeds", async () => {
    let attempts = 0;
    const account = open({
      onReconnected: () => {
        attempts += 1;
        if (attempts < 2) throw new Error("REST unavailable");
      },
    });
    await account.start();
    server.last.socket.terminate();
    await waitFor(() => events.some((e) => e.type === "resync" && e.phase === "completed"), 3000, "resync");
    expect(attempts).toBe(2);
    expect(errors.some((e) => e.message.includes("Reconciling"))).toBe(true);
  });

  it("creates a new listen key after close code 4005 and reconnects with it", async () => {
    const account = open();
    await account.start();
    keys.expire();
    server.last.socket.close(4005, "LISTEN_KEY_EXPIRED");
    await waitFor(() => server.connections.length === 2 && account.subscribed, 3000, "the new socket");
    expect(keys.keys).toHaveLength(2);
    expect(server.connections[1]?.query.get("listenKey")).toBe(keys.keys[1]);
  });

  it("keeps the key alive, and replaces key and socket when the keep-alive fails", async () => {
    const account = open({ keepAliveIntervalMs: 40 });
    const reasons: string[] = [];
    account.on("event", (event) => {
      if (event.type === "resync") reasons.push(`${event.phase}:${event.reason}`);
    });
    await account.start();
    await waitFor(() => keys.calls.some((c) => c.startsWith("keepAlive")), 2000, "a keep-alive");
    expect(keys.calls).toContain(`keepAlive:${keys.keys[0]}`);
    expect(server.connections).toHaveLength(1);
    keys.keepAliveFails = true;
    await waitFor(() => reasons.length === 2, 3000, "the rotation");
    expect(reasons).toEqual(["started:listen-key-renewed", "completed:listen-key-renewed"]);
    expect(server.connections[1]?.query.get("listenKey")).toBe(keys.keys[1]);
    expect(server.connections[0]?.closed).toBe(true);
  });

  it("never lets a listen key reach an error, a log line or an error's URL", async () => {
    const account = open({ keepAliveIntervalMs: 40, connectTimeoutMs: 300 });
    await account.start();
    const key = keys.keys[0] ?? "";
    keys.keepAliveFails = true;
    await waitFor(() => keys.keys.length === 2, 3000, "a new key");
    await waitFor(() => account.subscribed, 3000, "the new socket");
    // The venue goes away: reconnect attempts fail with the private URL in their errors.
    await server.close();
    await waitFor(() => errors.length >= 3, 3000, "connection errors");
    const secrets = [key, keys.keys[1] ?? ""];
    expect(errors.length).toBeGreaterThanOrEqual(3);
    for (const error of errors) {
      const texts = [
        error.message,
        JSON.stringify(error),
        String(error.stack),
        JSON.stringify(error.details ?? {}),
      ];
      if ("url" in error) texts.push(String(error.url));
      if (error instanceof VenueApiError) texts.push(String(error.venueMessage), JSON.stringify(error.raw));
      for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret);
    }
    expect(errors.some((e) => "url" in e && String(e.url).includes("listenKey=[redacted]"))).toBe(true);
    server = await ReplayServer.start();
  });

  it("stops for good on a configuration close code and fails its watchers", async () => {
    const account = open();
    const failures: unknown[] = [];
    await account.watch(() => {}, { onError: (error) => failures.push(error) });
    server.last.socket.close(4003, "LISTEN_KEY_REQUIRED");
    await waitFor(() => failures.length === 1, 2000, "the watcher's error");
    expect(failures[0]).toMatchObject({ closeCode: 4003 });
    expect(failures[0]).toBeInstanceOf(PerpError);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(server.connections).toHaveLength(1);
  });

  it("closes the listen key at the venue on close, and an iterator ends", async () => {
    const account = open();
    const iterator = account.watch();
    await iterator.ready;
    send("orderNew");
    const first = await iterator.next();
    expect(first.value).toMatchObject({ type: "order", order: { id: "0x0", status: "open" } });
    await account.close();
    expect(keys.calls.at(-1)).toBe(`close:${keys.keys[0]}`);
    expect(account.state).toBe("closed");
  });
});

import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import NodeWebSocket, { type ServerOptions, type WebSocket, WebSocketServer } from "ws";
import { type PerpError, WebSocketError } from "../errors/index.js";
import { RateLimiter } from "../http/rate-limiter.js";
import { StreamOverflowError } from "./message-queue.js";
import type { SubscriptionProtocol, WebSocketConstructor, WsTransportOptions } from "./types.js";
import { WsTransport } from "./ws-transport.js";

interface Frame {
  op?: string;
  ch?: string;
  id?: number;
}

class TestServer {
  readonly wss: WebSocketServer;
  readonly url: string;
  readonly sockets: WebSocket[] = [];
  readonly frames: Frame[] = [];
  readonly requests: IncomingMessage[] = [];
  onConnection: (socket: WebSocket) => void = () => {};
  onFrame: (socket: WebSocket, frame: Frame) => void = (socket, frame) => {
    if (frame.op === "sub") socket.send(JSON.stringify({ ack: frame.id }));
    if (frame.op === "ping") socket.send(JSON.stringify({ op: "pong" }));
  };

  private constructor(wss: WebSocketServer) {
    this.wss = wss;
    this.url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
    wss.on("connection", (socket, request) => {
      this.sockets.push(socket);
      this.requests.push(request);
      socket.on("message", (data) => {
        const frame = JSON.parse(String(data)) as Frame;
        this.frames.push(frame);
        this.onFrame(socket, frame);
      });
      this.onConnection(socket);
    });
  }

  static async start(options: ServerOptions = {}): Promise<TestServer> {
    const wss = new WebSocketServer({ host: "127.0.0.1", port: 0, ...options });
    await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
    return new TestServer(wss);
  }

  get live(): WebSocket | undefined {
    return this.sockets.filter((s) => s.readyState === s.OPEN).at(-1);
  }

  push(ch: string, data: unknown): void {
    this.live?.send(JSON.stringify({ ch, data }));
  }

  subs(ch: string): number {
    return this.frames.filter((f) => f.op === "sub" && f.ch === ch).length;
  }

  async close(): Promise<void> {
    for (const socket of this.wss.clients) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

const channels: SubscriptionProtocol<string> = {
  key: (ch) => ch,
  subscribe: (ch, { id }) => ({ op: "sub", ch, id }),
  unsubscribe: (ch, { id }) => ({ op: "unsub", ch, id }),
  route: (message) => (message as { ch?: string }).ch,
  ack: (message) => {
    const m = message as { ack?: number; error?: string; id?: number };
    if (m.ack !== undefined) return { id: m.ack };
    if (m.error !== undefined) return { ...(m.id !== undefined ? { id: m.id } : {}), error: m.error };
    return undefined;
  },
};

async function until(predicate: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Counts timers created through the globals that are still pending (not fired, not cleared). */
function trackTimers(): { pending: () => number; restore: () => void } {
  const pending = new Set<unknown>();
  const original = {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    setInterval: globalThis.setInterval,
    clearInterval: globalThis.clearInterval,
  };
  const patched = globalThis as unknown as Record<string, (...args: unknown[]) => unknown>;
  patched.setTimeout = (fn: unknown, ms: unknown, ...args: unknown[]) => {
    const handle = original.setTimeout(() => {
      pending.delete(handle);
      (fn as (...a: unknown[]) => void)(...args);
    }, ms as number);
    pending.add(handle);
    return handle;
  };
  patched.setInterval = (fn: unknown, ms: unknown, ...args: unknown[]) => {
    const handle = original.setInterval(fn as () => void, ms as number, ...args);
    pending.add(handle);
    return handle;
  };
  patched.clearTimeout = (handle: unknown) => {
    pending.delete(handle);
    original.clearTimeout(handle as Parameters<typeof clearTimeout>[0]);
  };
  patched.clearInterval = (handle: unknown) => {
    pending.delete(handle);
    original.clearInterval(handle as Parameters<typeof clearInterval>[0]);
  };
  return { pending: () => pending.size, restore: () => Object.assign(globalThis, original) };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(
  options: Partial<WsTransportOptions<string>> = {},
  serverOptions: ServerOptions = {},
  withSubscriptions = true,
): Promise<{ server: TestServer; ws: WsTransport<string>; errors: PerpError[] }> {
  const server = await TestServer.start(serverOptions);
  const ws = new WsTransport<string>({
    url: server.url,
    ...(withSubscriptions ? { subscriptions: channels } : {}),
    reconnect: { initialDelayMs: 10, maxDelayMs: 50 },
    ...options,
  });
  const errors: PerpError[] = [];
  ws.on("error", (error) => errors.push(error));
  cleanups.push(() => server.close());
  cleanups.push(() => ws.close());
  return { server, ws, errors };
}

describe("WsTransport: subscriptions", () => {
  it("resolves subscribe() on the ack, delivers routed messages, unsubscribes with a frame", async () => {
    const { server, ws } = await setup();
    const got: unknown[] = [];
    const handle = await ws.subscribe<{ ch: string; data: number }>("trades", (m) => got.push(m.data));
    expect(ws.state).toBe("open");
    server.push("trades", 1);
    server.push("other", 2);
    server.push("trades", 3);
    await until(() => got.length === 2);
    expect(got).toEqual([1, 3]);
    await handle.unsubscribe();
    await until(() => server.frames.some((f) => f.op === "unsub" && f.ch === "trades"));
    expect(ws.subscriptionCount).toBe(0);
  });

  it("shares one server subscription between consumers and keeps it until the last leaves", async () => {
    const { server, ws } = await setup();
    const a = await ws.subscribe("book", () => {});
    const b = await ws.subscribe("book", () => {});
    expect(server.subs("book")).toBe(1);
    await a.unsubscribe();
    expect(server.frames.some((f) => f.op === "unsub")).toBe(false);
    await b.unsubscribe();
    await until(() => server.frames.some((f) => f.op === "unsub"));
  });

  it("rejects subscribe() on an error frame", async () => {
    const { server, ws } = await setup();
    server.onFrame = (socket, frame) => {
      if (frame.op === "sub") socket.send(JSON.stringify({ error: "unknown channel", id: frame.id }));
    };
    const failure = ws.subscribe("nope", () => {});
    await expect(failure).rejects.toBeInstanceOf(WebSocketError);
    await expect(failure).rejects.toThrow(/unknown channel/);
    expect(ws.subscriptionCount).toBe(0);
  });

  it("resolves at once for venues without acks", async () => {
    const { ack: _ack, ...withoutAcks } = channels;
    const { server, ws } = await setup({ subscriptions: withoutAcks });
    server.onFrame = () => {};
    await ws.connect();
    await ws.subscribe("quiet", () => {});
    await until(() => server.subs("quiet") === 1);
  });

  it("resubscribes on request (a venue's resync path) and resolves on the new ack", async () => {
    const { server, ws } = await setup();
    const handle = await ws.subscribe("book", () => {});
    await handle.resubscribe();
    expect(server.frames.map((f) => `${f.op}:${f.ch}`)).toEqual(["sub:book", "unsub:book", "sub:book"]);
  });

  it("settles acks that carry neither id nor key in order", async () => {
    const { server, ws } = await setup({
      subscriptions: {
        ...channels,
        ack: (m) => ((m as { op?: string }).op === "subscribed" ? {} : undefined),
      },
    });
    server.onFrame = (socket, frame) => {
      if (frame.op === "sub") setTimeout(() => socket.send(JSON.stringify({ op: "subscribed" })), 20);
    };
    await ws.connect();
    const a = ws.subscribe("a", () => {});
    const b = ws.subscribe("b", () => {});
    await Promise.all([a, b]);
    expect(ws.subscriptionCount).toBe(2);
  });

  it("rejects subscribe() when the ack never comes", async () => {
    const { server, ws } = await setup({ ackTimeoutMs: 50 });
    server.onFrame = () => {};
    await expect(ws.subscribe("silent", () => {})).rejects.toThrow(/not acknowledged within 50 ms/);
    expect(ws.subscriptionCount).toBe(0);
  });

  it("serves a subscription as an async iterator", async () => {
    const { server, ws } = await setup();
    const stream = ws.stream<{ data: number }>("prices");
    await stream.ready;
    for (let i = 0; i < 3; i++) server.push("prices", i);
    const seen: number[] = [];
    for await (const message of stream) {
      seen.push(message.data);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([0, 1, 2]);
    await until(() => server.frames.some((f) => f.op === "unsub" && f.ch === "prices"));
  });

  it("lets a consumer break out of an iterator and close at once without an unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      for (let round = 0; round < 5; round++) {
        // A shared limiter makes the unsubscribe frame wait, so close() lands while it is queued.
        const { server, ws } = await setup({ rateLimiter: new RateLimiter({ budget: 1, windowMs: 40 }) });
        const stream = ws.stream<{ data: number }>("prices");
        await stream.ready;
        server.push("prices", round);
        for await (const _message of stream) break;
        await ws.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it("fails a slow iterator with StreamOverflowError instead of dropping messages", async () => {
    const { server, ws } = await setup();
    const stream = ws.stream("fast", { bufferSize: 2 });
    await stream.ready;
    for (let i = 0; i < 5; i++) server.push("fast", i);
    await until(() => server.frames.some((f) => f.op === "unsub" && f.ch === "fast"));
    await expect(stream.next()).rejects.toBeInstanceOf(StreamOverflowError);
    await expect(stream.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it("streams every message when the venue has one stream per connection", async () => {
    const { server, ws } = await setup({}, {}, false);
    const all = ws.messages();
    await ws.connect();
    server.live?.send(JSON.stringify({ seq: 1 }));
    server.live?.send('{"seq":2,"id":1811328331296018432}');
    expect((await all.next()).value).toEqual({ seq: 1 });
    expect((await all.next()).value).toEqual({ seq: 2, id: 1811328331296018432n });
    await ws.close();
    expect((await all.next()).done).toBe(true);
  });

  it("sends headers on the upgrade and waits for the venue's ready message", async () => {
    const nodeImpl: WebSocketConstructor = NodeWebSocket;
    const { server, ws } = await setup({
      WebSocketImpl: nodeImpl,
      headers: { "x-api-key": "k" },
      readyWhen: (m) => (m as { op?: string }).op === "connected",
    });
    server.onConnection = (socket) => setTimeout(() => socket.send(JSON.stringify({ op: "connected" })), 50);
    const started = Date.now();
    await ws.subscribe("acct", () => {});
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(server.requests[0]?.headers["x-api-key"]).toBe("k");
  });

  it("answers application-level server pings", async () => {
    const { server, ws } = await setup({
      serverPing: { isPing: (m) => (m as Frame).op === "srv-ping", reply: () => ({ op: "srv-pong" }) },
    });
    await ws.connect();
    server.live?.send(JSON.stringify({ op: "srv-ping" }));
    await until(() => server.frames.some((f) => f.op === "srv-pong"));
  });
});

describe("WsTransport: failures and reconnects", () => {
  it("reconnects after the server drops the socket and re-sends every subscription", async () => {
    const { server, ws } = await setup();
    const got: number[] = [];
    const events: string[] = [];
    ws.on("close", (code) => events.push(`close:${code}`));
    ws.on("reconnecting", (attempt) => events.push(`reconnecting:${attempt}`));
    ws.on("open", () => events.push("open"));
    ws.on("reconnected", () => events.push("reconnected"));
    await ws.subscribe<{ data: number }>("book", (m) => got.push(m.data));
    await ws.subscribe("trades", () => {});
    server.live?.terminate();
    await until(() => events.includes("reconnected"));
    expect(server.subs("book")).toBe(2);
    expect(server.subs("trades")).toBe(2);
    server.push("book", 42);
    await until(() => got.includes(42));
    expect(events).toEqual(["open", "close:1006", "reconnecting:1", "open", "reconnected"]);
  });

  it("detects a half-open connection (no pongs, no data) and reconnects", async () => {
    const { server, ws, errors } = await setup(
      { heartbeat: { type: "protocol", intervalMs: 40 }, staleAfterMs: 150 },
      { autoPong: false },
    );
    await ws.connect();
    const started = Date.now();
    await until(() => server.sockets.length === 2 && ws.state === "open");
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(errors.some((e) => /presumed dead/.test(e.message))).toBe(true);
  });

  it("keeps a slow but answering connection alive with protocol pings", async () => {
    const { server, ws } = await setup({
      heartbeat: { type: "protocol", intervalMs: 30 },
      staleAfterMs: 120,
    });
    let pings = 0;
    server.onConnection = (socket) => socket.on("ping", () => pings++);
    await ws.connect();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(pings).toBeGreaterThanOrEqual(5);
    expect(server.sockets).toHaveLength(1);
  });

  it("uses venue-built application pings and drops the connection when pongs stop", async () => {
    const { server, ws } = await setup({
      heartbeat: {
        type: "message",
        intervalMs: 30,
        build: () => ({ op: "ping" }),
        isPong: (m) => (m as Frame).op === "pong",
      },
      staleAfterMs: 150,
    });
    await ws.connect();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(server.sockets).toHaveLength(1);
    expect(server.frames.filter((f) => f.op === "ping").length).toBeGreaterThanOrEqual(4);
    server.onFrame = () => {};
    await until(() => server.sockets.length === 2);
  });

  it("times out a slow handshake and connects on a later attempt", async () => {
    let slow = true;
    const { server, ws, errors } = await setup(
      { connectTimeoutMs: 80 },
      {
        verifyClient: (_info, done) => {
          if (slow) {
            slow = false;
            setTimeout(() => done(true), 300);
          } else {
            done(true);
          }
        },
      },
    );
    await ws.connect();
    expect(errors.some((e) => /did not open within 80 ms/.test(e.message))).toBe(true);
    expect(ws.state).toBe("open");
    await until(() => server.live !== undefined);
  });

  it("reports malformed frames as errors and keeps going", async () => {
    const { server, ws, errors } = await setup();
    const got: number[] = [];
    await ws.subscribe<{ data: number }>("x", (m) => got.push(m.data));
    server.live?.send("{not json");
    server.live?.send(Buffer.from([0xff, 0x00]));
    server.push("x", 1);
    await until(() => got.length === 1);
    expect(errors.filter((e) => /could not be parsed/.test(e.message))).toHaveLength(2);
    expect(ws.state).toBe("open");
  });

  it("survives a reconnect storm with backoff bounded by maxDelayMs", async () => {
    let kills = 6;
    const { server, ws } = await setup({
      random: () => 0.999,
      reconnect: { initialDelayMs: 10, maxDelayMs: 40 },
    });
    server.onConnection = (socket) => {
      if (kills > 0) {
        kills -= 1;
        socket.terminate();
      }
    };
    const delays: [number, number][] = [];
    ws.on("reconnecting", (attempt, delayMs) => delays.push([attempt, delayMs]));
    const subscribed = ws.subscribe("book", () => {});
    await subscribed;
    expect(delays).toEqual([
      [1, 9],
      [2, 19],
      [3, 39],
      [4, 39],
      [5, 39],
      [6, 39],
    ]);
    expect(server.sockets).toHaveLength(7);
    expect(server.subs("book")).toBe(1);
  });

  it("resets the backoff ladder after a stable period", async () => {
    const { server, ws } = await setup({
      random: () => 0.5,
      reconnect: { initialDelayMs: 20, stableAfterMs: 100 },
    });
    const attempts: number[] = [];
    ws.on("reconnecting", (attempt) => attempts.push(attempt));
    await ws.connect();
    server.live?.terminate();
    await until(() => server.sockets.length === 2 && ws.state === "open");
    server.live?.terminate();
    await until(() => server.sockets.length === 3 && ws.state === "open");
    await new Promise((resolve) => setTimeout(resolve, 150));
    server.live?.terminate();
    await until(() => server.sockets.length === 4 && ws.state === "open");
    expect(attempts).toEqual([1, 2, 1]);
  });
});

describe("WsTransport: close and environments", () => {
  it("close() stops reconnecting, ends streams, clears timers and resolves when closed", async () => {
    const server = await TestServer.start();
    cleanups.push(() => server.close());
    const timers = trackTimers();
    cleanups.push(async () => timers.restore());
    const ws = new WsTransport<string>({
      url: server.url,
      subscriptions: channels,
      heartbeat: { type: "protocol", intervalMs: 20 },
      reconnect: { initialDelayMs: 10, maxDelayMs: 20 },
    });
    const stream = ws.stream("book");
    await stream.ready;
    const closes: number[] = [];
    ws.on("close", (code) => closes.push(code));
    await ws.close();
    expect(ws.state).toBe("closed");
    expect(closes).toEqual([1000]);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    await expect(ws.subscribe("again", () => {})).rejects.toBeInstanceOf(WebSocketError);
    await expect(ws.connect()).rejects.toBeInstanceOf(WebSocketError);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(server.sockets).toHaveLength(1);
    expect(timers.pending()).toBe(0);
    await until(() => server.wss.clients.size === 0);
  });

  it("close() during a reconnect backoff cancels it", async () => {
    const { server, ws } = await setup({ reconnect: { initialDelayMs: 200, maxDelayMs: 200 } });
    await ws.connect();
    const reconnecting = new Promise<void>((resolve) => ws.on("reconnecting", () => resolve()));
    server.live?.terminate();
    await reconnecting;
    await ws.close();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(server.sockets).toHaveLength(1);
  });

  it("send() refuses when not connected", async () => {
    const { ws } = await setup();
    await expect(ws.send({ op: "x" })).rejects.toBeInstanceOf(WebSocketError);
  });

  it("accepts an injected WebSocket constructor without protocol pings (the runtime's own WebSocket)", async () => {
    const server = await TestServer.start();
    cleanups.push(() => server.close());
    let constructed = 0;
    const Native = globalThis.WebSocket;
    class Counting extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        constructed += 1;
      }
    }
    const Impl: WebSocketConstructor = Counting;
    const ws = new WsTransport<string>({
      url: server.url,
      WebSocketImpl: Impl,
      subscriptions: channels,
      heartbeat: { type: "protocol", intervalMs: 20 },
      staleAfterMs: 1000,
    });
    cleanups.push(() => ws.close());
    const got: number[] = [];
    await ws.subscribe<{ data: number }>("n", (m) => got.push(m.data));
    server.push("n", 5);
    await until(() => got.length === 1);
    expect(constructed).toBe(1);
  });
});

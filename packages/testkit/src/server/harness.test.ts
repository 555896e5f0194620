import { ValidationError } from "@perp/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WebSocket } from "ws";
import { type Harness, startHarness } from "./harness.js";
import { jsonResponse } from "./http-io.js";
import type { VenueContext, VenueProtocol } from "./protocol.js";

/** Test-only venue: REST echo, a session-guarded route, and a WebSocket that echoes and streams seq numbers. */
function echoProtocol() {
  const expired = new Set<string>();
  const seqs = new Map<string, number>();
  const calls = {
    start: 0,
    restart: 0,
    stop: 0,
    expiries: [] as (string | undefined)[],
    closeCodes: [] as number[],
  };
  const protocol: VenueProtocol = {
    venue: "echo",
    http(request) {
      if (request.path === "/echo") {
        return jsonResponse(200, {
          method: request.method,
          query: request.query.getAll("a"),
          body: request.text,
          agent: request.headers["x-agent"],
        });
      }
      if (request.path === "/private") {
        const session = request.headers["x-session"];
        if (session === undefined || expired.has(session))
          return jsonResponse(401, { error: "session expired" });
        return jsonResponse(200, { session });
      }
      if (request.path === "/boom") throw new Error("handler failed");
      return undefined;
    },
    webSocket(request) {
      if (request.path === "/forbidden") return { reject: 403, message: "no" };
      if (request.path !== "/ws") return undefined;
      return {
        onOpen(connection) {
          connection.session = request.query.get("session") ?? undefined;
          seqs.set(connection.id, 0);
          connection.send({ type: "hello", id: connection.id });
        },
        onMessage(frame, connection) {
          if (!frame.json.ok) return;
          const message = frame.json.value as { op: string; data?: unknown; count?: number; fault?: never };
          if (message.op === "echo") connection.send({ type: "echo", data: message.data });
          if (message.op === "heartbeat") connection.setInterval(() => connection.ping(), 40);
          if (message.op === "arm" && message.fault !== undefined) {
            const applied = connection.faults.apply(message.fault);
            connection.send({ type: "armed", id: applied.id, active: connection.faults.active().length });
          }
          if (message.op === "stream") {
            for (let i = 0; i < (message.count ?? 1); i++) {
              const seq = (seqs.get(connection.id) ?? 0) + 1;
              seqs.set(connection.id, seq);
              connection.sendSequenced({ type: "seq", seq }, seq);
            }
          }
        },
        onClose(info, connection) {
          calls.closeCodes.push(info.code);
          seqs.delete(connection.id);
        },
      };
    },
    start(ctx: VenueContext) {
      calls.start++;
      ctx.on("sessionExpired", (event) => {
        calls.expiries.push(event.session);
        if (event.session !== undefined) expired.add(event.session);
        for (const connection of ctx.connections()) {
          const hit =
            event.connectionId === connection.id ||
            (event.connectionId === undefined &&
              (event.session === undefined || connection.session === event.session));
          if (hit) connection.close(4005, "LISTEN_KEY_EXPIRED");
        }
      });
    },
    restart() {
      calls.restart++;
    },
    stop() {
      calls.stop++;
    },
  };
  return { protocol, calls };
}

interface Received {
  readonly text: string;
  readonly isBinary: boolean;
  readonly json: Record<string, unknown> | undefined;
}

/** A raw `ws` client that queues every frame so tests can await them in order. */
class Client {
  readonly ws: WebSocket;
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly errors: string[] = [];
  readonly #queue: Received[] = [];
  #waiter: ((frame: Received) => void) | undefined;

  private constructor(ws: WebSocket) {
    this.ws = ws;
    this.closed = new Promise((resolve) => {
      ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    ws.on("error", (error: Error & { code?: string }) => this.errors.push(error.code ?? error.message));
    ws.on("message", (data, isBinary) => {
      const text = (data as Buffer).toString("utf8");
      let json: Record<string, unknown> | undefined;
      try {
        json = JSON.parse(text) as Record<string, unknown>;
      } catch {
        json = undefined;
      }
      const frame = { text, isBinary, json };
      const waiter = this.#waiter;
      this.#waiter = undefined;
      if (waiter === undefined) this.#queue.push(frame);
      else waiter(frame);
    });
  }

  static open(url: string): Promise<Client> {
    const ws = new WebSocket(url);
    const client = new Client(ws);
    clients.push(client);
    return new Promise((resolve, reject) => {
      ws.once("open", () => resolve(client));
      ws.once("error", reject);
    });
  }

  /** Open and consume the hello frame; returns the client and its server-side connection id. */
  static async hello(url: string): Promise<{ client: Client; id: string }> {
    const client = await Client.open(url);
    const hello = await client.next();
    expect(hello.json?.type).toBe("hello");
    return { client, id: String(hello.json?.id) };
  }

  next(timeoutMs = 2000): Promise<Received> {
    const queued = this.#queue.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiter = undefined;
        reject(new Error(`no frame within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiter = (frame) => {
        clearTimeout(timer);
        resolve(frame);
      };
    });
  }

  async nextJson(): Promise<Record<string, unknown>> {
    const frame = await this.next();
    expect(frame.json, `frame is JSON: ${frame.text}`).toBeDefined();
    return frame.json ?? {};
  }

  async seqs(count: number): Promise<unknown[]> {
    const out: unknown[] = [];
    for (let i = 0; i < count; i++) out.push((await this.nextJson()).seq);
    return out;
  }

  async expectSilence(ms: number): Promise<void> {
    await expect(this.next(ms)).rejects.toThrow(/no frame/);
  }

  /** Resolves true when a protocol-level pong arrives within `ms`. */
  pong(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.ws.off("pong", onPong);
        resolve(false);
      }, ms);
      const onPong = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      this.ws.once("pong", onPong);
      this.ws.ping();
    });
  }

  send(message: unknown): void {
    this.ws.send(JSON.stringify(message));
  }
}

let clients: Client[] = [];
let harness: Harness;
let calls: ReturnType<typeof echoProtocol>["calls"];
let http: string;
let ws: string;
let reported: { error: unknown; where: string }[];

beforeEach(async () => {
  const echo = echoProtocol();
  calls = echo.calls;
  reported = [];
  harness = await startHarness({
    protocols: [echo.protocol],
    seed: 7,
    onError: (error, where) => reported.push({ error, where }),
  });
  http = harness.urls.echo?.http ?? "";
  ws = `${harness.urls.echo?.ws}/ws`;
});

afterEach(async () => {
  for (const client of clients) client.ws.terminate();
  clients = [];
  await harness.close();
});

describe("harness basics", () => {
  it("serves each venue on its own loopback port and answers REST with CORS", async () => {
    expect(http).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(harness.urls.echo?.ws).toBe(http.replace("http:", "ws:"));
    const response = await fetch(`${http}/echo?a=1&a=2`, {
      method: "POST",
      body: "hello",
      headers: { origin: "http://localhost:5173", "x-agent": "test" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(await response.json()).toEqual({
      method: "POST",
      query: ["1", "2"],
      body: "hello",
      agent: "test",
    });

    const missing = await fetch(`${http}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("access-control-allow-origin")).toBe("*");

    const failing = await fetch(`${http}/boom`);
    expect(failing.status).toBe(500);
    expect(await failing.json()).toEqual({ error: "handler failed" });
    expect(reported.map((r) => r.where)).toEqual(["echo GET /boom"]);
  });

  it("answers CORS preflight without involving the protocol", async () => {
    const response = await fetch(`${http}/private`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "POST",
        "access-control-request-headers": "x-api-key, content-type",
        "access-control-request-private-network": "true",
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-headers")).toBe("x-api-key, content-type");
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(response.headers.get("access-control-allow-private-network")).toBe("true");
  });

  it("accepts WebSocket upgrades the protocol claims and refuses the others", async () => {
    const { client, id } = await Client.hello(ws);
    expect(id).toBe("echo-1");
    client.send({ op: "echo", data: [1, "two"] });
    expect(await client.nextJson()).toEqual({ type: "echo", data: [1, "two"] });
    expect(harness.connections("echo").map((c) => c.id)).toEqual(["echo-1"]);
    await expect(Client.open(`${harness.urls.echo?.ws}/elsewhere`)).rejects.toThrow(/404/);
    await expect(Client.open(`${harness.urls.echo?.ws}/forbidden`)).rejects.toThrow(/403/);
  });

  it("rejects unknown venues, connections and invalid faults with ValidationError", async () => {
    await expect(harness.faults.halfOpen("nope")).rejects.toBeInstanceOf(ValidationError);
    await expect(harness.faults.halfOpen({ venue: "echo", connection: "echo-99" })).rejects.toThrow(
      /echo-99/,
    );
    await expect(harness.faults.sequence("echo", { action: "skip" })).rejects.toThrow(/no open connection/);
    await expect(harness.faults.serverError("echo", { status: 404 })).rejects.toBeInstanceOf(ValidationError);
    await expect(harness.faults.slow("echo", { ms: -1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(harness.faults.rateLimit("echo", { path: "(" })).rejects.toThrow(/regular expression/);
  });
});

describe("WebSocket faults", () => {
  it("drop: terminates the socket (1006) or closes it with a code", async () => {
    const a = await Client.hello(ws);
    await harness.faults.drop({ venue: "echo", connection: a.id });
    expect((await a.client.closed).code).toBe(1006);

    const b = await Client.hello(ws);
    const c = await Client.hello(ws);
    const applied = await harness.faults.drop("echo", { mode: "close", code: 4001, reason: "bye" });
    expect(applied.affected).toEqual([b.id, c.id]);
    expect(await b.client.closed).toEqual({ code: 4001, reason: "bye" });
    expect((await c.client.closed).code).toBe(4001);
  });

  it("halfOpen: stops answering pings and sending until cleared", async () => {
    const { client, id } = await Client.hello(ws);
    expect(await client.pong(1000)).toBe(true);
    const fault = await harness.faults.halfOpen({ venue: "echo", connection: id });
    expect(harness.status().venues.echo?.connections[0]?.halfOpen).toBe(true);
    expect(await client.pong(200)).toBe(false);
    client.send({ op: "echo", data: "lost" });
    await client.expectSilence(150);
    fault.clear();
    expect(await client.pong(1000)).toBe(true);
    client.send({ op: "echo", data: "back" });
    expect(await client.nextJson()).toEqual({ type: "echo", data: "back" });
  });

  it("halfOpen also stops the protocol's own pings, and they resume when cleared", async () => {
    const { client, id } = await Client.hello(ws);
    let pings = 0;
    client.ws.on("ping", () => pings++);
    client.send({ op: "heartbeat" });
    await vi.waitFor(() => expect(pings).toBeGreaterThanOrEqual(2));
    const fault = await harness.faults.halfOpen({ venue: "echo", connection: id });
    await new Promise((resolve) => setTimeout(resolve, 60));
    const frozen = pings;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pings).toBe(frozen);
    fault.clear();
    await vi.waitFor(() => expect(pings).toBeGreaterThan(frozen));
  });

  it("protocols can inject faults on their own connections", async () => {
    const { client } = await Client.hello(ws);
    client.send({ op: "arm", fault: { kind: "sequence", action: "skip", count: 2 } });
    expect(await client.nextJson()).toMatchObject({ type: "armed", active: 1 });
    client.send({ op: "stream", count: 4 });
    expect(await client.seqs(2)).toEqual([3, 4]);
    client.send({ op: "arm", fault: { kind: "sequence", action: "skip", count: 0 } });
    await vi.waitFor(() => expect(reported).toHaveLength(1));
    expect(reported[0]?.error).toBeInstanceOf(ValidationError);
    expect(reported[0]?.where).toBe("echo connection echo-1 onMessage");
  });

  it("delay on a venue applies to connections opened later", async () => {
    await harness.faults.delay("echo", { ms: 200 });
    const started = performance.now();
    await Client.hello(ws);
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
  });

  it("halfOpen on a venue also silences connections opened later", async () => {
    const fault = await harness.faults.halfOpen("echo");
    const late = await Client.open(ws);
    await late.expectSilence(150);
    expect(await late.pong(150)).toBe(false);
    expect(harness.faults.active("echo").map((f) => f.kind)).toEqual(["halfOpen"]);
    fault.clear();
    expect(await late.pong(1000)).toBe(true);
  });

  it("sequence skip: the client sees a gap", async () => {
    const { client, id } = await Client.hello(ws);
    await harness.faults.sequence({ venue: "echo", connection: id }, { action: "skip", fromSeq: 3 });
    client.send({ op: "stream", count: 5 });
    expect(await client.seqs(4)).toEqual([1, 2, 4, 5]);
    expect(harness.faults.active()).toEqual([]);
  });

  it("sequence duplicate: the next N messages arrive twice", async () => {
    const { client, id } = await Client.hello(ws);
    await harness.faults.sequence({ venue: "echo", connection: id }, { action: "duplicate", count: 2 });
    client.send({ op: "stream", count: 3 });
    expect(await client.seqs(5)).toEqual([1, 1, 2, 2, 3]);
  });

  it("sequence reorder: each affected message swaps with the next one", async () => {
    const { client } = await Client.hello(ws);
    await harness.faults.sequence("echo", { action: "reorder", count: 2, fromSeq: "2" });
    client.send({ op: "stream", count: 6 });
    expect(await client.seqs(6)).toEqual([1, 3, 2, 5, 4, 6]);
  });

  it("delay: frames arrive late and in order", async () => {
    const { client, id } = await Client.hello(ws);
    await harness.faults.delay({ venue: "echo", connection: id }, { ms: 200, jitterMs: 50 });
    const started = performance.now();
    client.send({ op: "stream", count: 5 });
    expect(await client.seqs(5)).toEqual([1, 2, 3, 4, 5]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
    harness.faults.clear({ venue: "echo" });
    const again = performance.now();
    client.send({ op: "echo", data: 1 });
    await client.nextJson();
    expect(performance.now() - again).toBeLessThan(150);
  });

  it("malformed: truncated, garbage and binary frames replace the next messages", async () => {
    const { client, id } = await Client.hello(ws);
    const target = { venue: "echo", connection: id };
    await harness.faults.malformed(target, { count: 2 });
    await harness.faults.malformed(target, { variant: "garbage" });
    await harness.faults.malformed(target, { variant: "binary" });
    client.send({ op: "stream", count: 5 });
    const frames = [await client.next(), await client.next(), await client.next(), await client.next()];
    expect(frames.map((f) => f.json)).toEqual([undefined, undefined, undefined, { type: "seq", seq: 4 }]);
    expect(frames[0]?.text).toBe('{"type":"se');
    expect(frames[2]?.text.startsWith("~")).toBe(true);
    expect(frames[3]?.isBinary).toBe(true);
    expect(await client.nextJson()).toEqual({ type: "seq", seq: 5 });
  });

  it("malformed invalid-utf8: a conforming client fails the frame and closes with 1007", async () => {
    const { client, id } = await Client.hello(ws);
    await harness.faults.malformed({ venue: "echo", connection: id }, { variant: "invalid-utf8" });
    client.send({ op: "echo", data: "x" });
    await client.closed;
    expect(client.errors).toEqual(["WS_ERR_INVALID_UTF8"]);
    await vi.waitFor(() => expect(calls.closeCodes).toEqual([1007]));
  });
});

describe("REST faults", () => {
  it("rateLimit: 429 with Retry-After for the next N matching requests", async () => {
    await harness.faults.rateLimit("echo", {
      count: 2,
      retryAfterSeconds: 7,
      path: "^/echo$",
      method: "get",
    });
    const first = await fetch(`${http}/echo`, { headers: { origin: "http://localhost:5173" } });
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("7");
    expect(first.headers.get("access-control-expose-headers")).toContain("retry-after");
    expect((await fetch(`${http}/private`, { headers: { "x-session": "s" } })).status).toBe(200);
    expect((await fetch(`${http}/echo`, { method: "POST" })).status).toBe(200);
    expect((await fetch(`${http}/echo`)).status).toBe(429);
    expect((await fetch(`${http}/echo`)).status).toBe(200);
  });

  it("serverError: a burst of 5xx, then normal answers; unlimited until cleared", async () => {
    await harness.faults.serverError("echo", { status: 502, count: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${http}/echo`)).status);
    expect(statuses).toEqual([502, 502, 502, 200]);

    const forever = await harness.faults.serverError("echo", { count: "unlimited" });
    for (let i = 0; i < 3; i++) expect((await fetch(`${http}/echo`)).status).toBe(503);
    expect(harness.faults.active("echo")).toMatchObject([{ id: forever.id, remaining: "unlimited" }]);
    forever.clear();
    expect((await fetch(`${http}/echo`)).status).toBe(200);
  });

  it("faultResponse lets the protocol shape the injected body", async () => {
    await harness.close();
    const echo = echoProtocol();
    harness = await startHarness({
      protocols: [
        { ...echo.protocol, faultResponse: (fault) => jsonResponse(200, { code: 23000, kind: fault.kind }) },
      ],
      admin: false,
    });
    await harness.faults.rateLimit("echo", { retryAfterSeconds: 3 });
    const response = await fetch(`${harness.urls.echo?.http}/echo`);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3");
    expect(await response.json()).toEqual({ code: 23000, kind: "rateLimit" });
  });

  it("slow: matching requests are held before being answered", async () => {
    await harness.faults.slow("echo", { ms: 250, path: "/echo" });
    let started = performance.now();
    expect((await fetch(`${http}/echo`)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(245);
    started = performance.now();
    await fetch(`${http}/echo`);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe("venue events and lifecycle", () => {
  it("expireSession: the protocol hears the event and expires the session", async () => {
    const abc = await Client.hello(`${ws}?session=abc`);
    const xyz = await Client.hello(`${ws}?session=xyz`);
    await harness.faults.expireSession("echo", { session: "abc" });
    expect(await abc.client.closed).toEqual({ code: 4005, reason: "LISTEN_KEY_EXPIRED" });
    expect((await fetch(`${http}/private`, { headers: { "x-session": "abc" } })).status).toBe(401);
    expect((await fetch(`${http}/private`, { headers: { "x-session": "xyz" } })).status).toBe(200);

    await harness.faults.expireSession({ venue: "echo", connection: xyz.id });
    expect((await xyz.client.closed).code).toBe(4005);
    expect(calls.expiries).toEqual(["abc", "xyz"]);
  });

  it("restart: closes everything, is down for downMs, comes back on the same port", async () => {
    const { client } = await Client.hello(ws);
    const restarting = harness.faults.restart("echo", { downMs: 300 });
    expect((await client.closed).code).toBe(1006);
    await expect(fetch(`${http}/echo`)).rejects.toThrow();
    const applied = await restarting;
    expect(applied.affected).toEqual(["echo-1"]);
    expect(calls).toMatchObject({ start: 1, restart: 1, stop: 0 });
    expect(harness.urls.echo?.http).toBe(http);
    expect((await fetch(`${http}/echo`)).status).toBe(200);
    const again = await Client.hello(ws);
    expect(again.id).toBe("echo-2");
  });

  it("restart with mode close sends 1012 to connected clients", async () => {
    const { client } = await Client.hello(ws);
    await harness.faults.restart("echo", { mode: "close" });
    expect((await client.closed).code).toBe(1012);
  });

  it("close() ends sockets, pending requests and timers, and calls stop", async () => {
    const { client, id } = await Client.hello(ws);
    await harness.faults.delay({ venue: "echo", connection: id }, { ms: 5000 });
    client.send({ op: "stream", count: 3 });
    await harness.faults.slow("echo", { ms: 5000 });
    const pending = fetch(`${http}/echo`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await harness.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await client.closed).code).toBe(1006);
    await expect(pending).rejects.toThrow();
    await expect(fetch(`${http}/echo`)).rejects.toThrow();
    expect(calls.stop).toBe(1);
    await harness.close();
    expect(calls.stop).toBe(1);
  });

  it("leaves no server, socket or timer handle behind", async () => {
    await harness.close();
    const echo = echoProtocol();
    const local = await startHarness({ protocols: [echo.protocol] });
    const { client, id } = await Client.hello(`${local.urls.echo?.ws}/ws`);
    await local.faults.delay({ venue: "echo", connection: id }, { ms: 10_000 });
    client.send({ op: "echo", data: 1 });
    await local.faults.slow("echo", { ms: 10_000 });
    void fetch(`${local.urls.echo?.http}/echo`).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    await local.close();
    await client.closed;
    // Nothing else in this worker keeps a ref'd timer or TCP handle for long (fetch's own timers settle
    // within a second), while the faults above armed 10 s timers: anything of ours left would show here.
    expect(await settledResources(2000)).toEqual({});
  });
});

describe("admin endpoint", () => {
  it("applies, lists and clears faults over HTTP", async () => {
    const admin = harness.adminUrl ?? "";
    expect(admin).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/__sim$/);
    const { id } = await Client.hello(`${ws}?session=k1`);

    const applied = await fetch(`${admin}/faults`, {
      method: "POST",
      body: JSON.stringify({
        venue: "echo",
        fault: { kind: "serverError", status: 500, count: "unlimited" },
      }),
    });
    expect(applied.status).toBe(200);
    const body = (await applied.json()) as { id: string; kind: string };
    expect(body).toMatchObject({ kind: "serverError", venue: "echo", affected: [] });
    expect((await fetch(`${http}/echo`)).status).toBe(500);

    const status = (await (await fetch(`${admin}/status`)).json()) as Record<string, unknown>;
    expect(status).toMatchObject({
      seed: 7,
      venues: {
        echo: {
          http,
          state: "listening",
          connections: [{ id, path: "/ws", session: "k1", halfOpen: false }],
        },
      },
      faults: [{ id: body.id, kind: "serverError", remaining: "unlimited", spec: { status: 500 } }],
    });

    const bad = await fetch(`${admin}/faults`, {
      method: "POST",
      body: JSON.stringify({ venue: "echo", connection: id, fault: { kind: "rateLimit" } }),
    });
    expect(bad.status).toBe(400);
    const typo = await fetch(`${admin}/faults`, {
      method: "POST",
      body: JSON.stringify({ venue: "echo", fault: { kind: "delay", ms: 5, jitter: 1 } }),
    });
    expect(typo.status).toBe(400);
    expect(((await typo.json()) as { issues: unknown[] }).issues.length).toBeGreaterThan(0);

    const cleared = await fetch(`${admin}/faults?venue=echo&id=${body.id}`, { method: "DELETE" });
    expect(await cleared.json()).toEqual({ cleared: 1 });
    expect((await fetch(`${http}/echo`)).status).toBe(200);
    expect((await fetch(`${admin}/nope`)).status).toBe(404);
  });
});

/** Resource counts once they stop shrinking to zero, sampled while no timer of the test itself is pending. */
async function settledResources(timeoutMs: number): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = resourceCounts();
    if (Object.keys(counts).length === 0 || Date.now() > deadline) return counts;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function resourceCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of process.getActiveResourcesInfo()) {
    if (name === "TCPServerWrap" || name === "TCPSocketWrap" || name === "Timeout")
      counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

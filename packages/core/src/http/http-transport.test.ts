import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import {
  AbortedError,
  HttpError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  VenueApiError,
} from "../errors/index.js";
import { createHttpTransport, type HttpRequestLog, type HttpResponseLog } from "./http-transport.js";
import { RateLimiter } from "./rate-limiter.js";
import { parseRetryAfter } from "./retry-after.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  at: number;
}

type Handler = (req: Seen, res: ServerResponse) => void;

let server: Server;
let baseUrl: string;
let seen: Seen[] = [];
let handler: Handler = (_req, res) => res.end();

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    req.on("end", () => {
      const entry: Seen = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body,
        at: Date.now(),
      };
      seen.push(entry);
      handler(entry, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  seen = [];
  handler = (_req, res) => res.end();
});

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(typeof body === "string" ? body : JSON.stringify(body));
}

/** Answers the i-th request with the i-th responder (the last one repeats). */
function sequence(...responders: Handler[]): Handler {
  let i = 0;
  return (req, res) => {
    const responder = responders[Math.min(i, responders.length - 1)];
    i += 1;
    responder?.(req, res);
  };
}

const fastRetry = { maxRetries: 2, baseDelayMs: 5, maxDelayMs: 20 };

describe("HttpTransport: requests", () => {
  it("joins base URL and path, repeats array query keys, sends default headers and JSON", async () => {
    handler = (_req, res) => json(res, 200, { ok: true });
    const http = createHttpTransport({ baseUrl, headers: { "user-agent": "perp-test/1" } });
    const data = await http.request({
      method: "POST",
      path: "/user/order",
      query: { market: ["BTC-USD", "ETH-USD"], limit: 5, skip: undefined },
      json: { qty: "0.1" },
    });
    expect(data).toEqual({ ok: true });
    expect(seen[0]?.url).toBe("/api/v1/user/order?market=BTC-USD&market=ETH-USD&limit=5");
    expect(seen[0]?.headers["user-agent"]).toBe("perp-test/1");
    expect(seen[0]?.headers["content-type"]).toBe("application/json");
    expect(seen[0]?.body).toBe('{"qty":"0.1"}');
  });

  it("parses with the configured exact parser so big integers survive", async () => {
    handler = (_req, res) => json(res, 200, '{"id":1811328331296018432,"small":7}');
    const parse = (text: string): unknown =>
      JSON.parse(text, (_key, value: unknown, context?: { source?: string }) =>
        typeof value === "number" && !Number.isSafeInteger(value) && context?.source !== undefined
          ? BigInt(context.source)
          : value,
      );
    const http = createHttpTransport({ baseUrl, parse });
    const data = await http.request<{ id: bigint; small: number }>({ method: "GET", path: "x" });
    expect(data.id).toBe(1811328331296018432n);
    expect(data.small).toBe(7);
  });

  it("defaults to the exact JSON parser and serializer: bigints survive both ways", async () => {
    handler = (_req, res) => json(res, 200, '{"orderId":1811328331287359488}');
    const http = createHttpTransport({ baseUrl });
    const data = await http.request<{ orderId: bigint }>({
      method: "POST",
      path: "o",
      json: { nonce: 18446744073709551615n },
    });
    expect(data.orderId).toBe(1811328331287359488n);
    expect(seen[0]?.body).toBe('{"nonce":18446744073709551615}');
  });

  it("checks the response with a zod schema", async () => {
    handler = (_req, res) => json(res, 200, { price: "1.5" });
    const http = createHttpTransport({ baseUrl });
    const ok = await http.request({ method: "GET", path: "p", schema: z.object({ price: z.string() }) });
    expect(ok.price).toBe("1.5");
    const bad = http.request({ method: "GET", path: "p", schema: z.object({ price: z.number() }) });
    await expect(bad).rejects.toBeInstanceOf(ValidationError);
    await expect(bad).rejects.toMatchObject({ issues: [{ path: ["price"] }] });
  });

  it("lets the venue map envelopes, including 200s that carry an error", async () => {
    handler = sequence(
      (_req, res) => json(res, 200, { status: "ERROR", error: { code: 1140, message: "bad order" } }),
      (_req, res) =>
        json(res, 404, { status: "ERROR", error: { code: "NOT_FOUND", message: "Market not found" } }),
      (_req, res) => json(res, 500, "<html>oops</html>"),
    );
    const http = createHttpTransport({
      baseUrl,
      venue: "testvenue",
      mapError: ({ status, body }) => {
        const envelope = body as { status?: string; error?: { code: string | number; message: string } };
        if (envelope?.status !== "ERROR" || envelope.error === undefined) return undefined;
        const Type = status === 404 ? NotFoundError : VenueApiError;
        return new Type(envelope.error.message, {
          venueCode: envelope.error.code,
          venueMessage: envelope.error.message,
          status,
          raw: body,
          venue: "testvenue",
        });
      },
    });
    await expect(http.request({ method: "POST", path: "a" })).rejects.toMatchObject({
      name: "VenueApiError",
      venueCode: 1140,
      status: 200,
    });
    await expect(http.request({ method: "POST", path: "b" })).rejects.toBeInstanceOf(NotFoundError);
    const plain = http.request({ method: "POST", path: "c" });
    await expect(plain).rejects.toBeInstanceOf(HttpError);
    await expect(plain).rejects.toMatchObject({ status: 500, method: "POST", body: "<html>oops</html>" });
  });

  it("reports a network failure as HttpError with status 0", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const http = createHttpTransport({ baseUrl: `http://127.0.0.1:${port}` });
    await expect(http.request({ method: "POST", path: "x" })).rejects.toMatchObject({
      name: "HttpError",
      status: 0,
    });
  });
});

describe("HttpTransport: retries", () => {
  it("retries a GET on 5xx with backoff and succeeds", async () => {
    handler = sequence(
      (_req, res) => json(res, 500, { e: 1 }),
      (_req, res) => json(res, 502, { e: 2 }),
      (_req, res) => json(res, 200, { ok: 3 }),
    );
    const attempts: number[] = [];
    const http = createHttpTransport({
      baseUrl,
      retry: fastRetry,
      onRequest: (log) => attempts.push(log.attempt),
    });
    await expect(http.request({ method: "GET", path: "r" })).resolves.toEqual({ ok: 3 });
    expect(seen).toHaveLength(3);
    expect(attempts).toEqual([0, 1, 2]);
  });

  it("gives up after the bounded number of attempts", async () => {
    handler = (_req, res) => json(res, 503, { down: true });
    const http = createHttpTransport({ baseUrl, retry: fastRetry });
    await expect(http.request({ method: "GET", path: "r" })).rejects.toMatchObject({ status: 503 });
    expect(seen).toHaveLength(3);
  });

  it("never retries a POST or DELETE on 5xx", async () => {
    handler = (_req, res) => json(res, 500, { e: 1 });
    const http = createHttpTransport({ baseUrl, retry: fastRetry });
    await expect(http.request({ method: "POST", path: "o", json: { a: 1 } })).rejects.toMatchObject({
      status: 500,
    });
    await expect(http.request({ method: "DELETE", path: "o" })).rejects.toMatchObject({ status: 500 });
    expect(seen.map((s) => s.method)).toEqual(["POST", "DELETE"]);
  });

  it("retries a POST explicitly marked idempotent, re-running auth on each attempt", async () => {
    handler = sequence(
      (_req, res) => json(res, 500, {}),
      (_req, res) => json(res, 200, { ok: true }),
    );
    const http = createHttpTransport({
      baseUrl,
      retry: fastRetry,
      auth: ({ headers, attempt, body }) => {
        headers.set("x-signature", `sig-${attempt}-${body}`);
      },
    });
    await http.request({ method: "POST", path: "o", json: { k: 1 }, idempotent: true, auth: true });
    expect(seen.map((s) => s.headers["x-signature"])).toEqual(['sig-0-{"k":1}', 'sig-1-{"k":1}']);
    expect(seen.map((s) => s.body)).toEqual(['{"k":1}', '{"k":1}']);
  });

  it("honors Retry-After seconds on 429 for a GET", async () => {
    handler = sequence(
      (_req, res) => json(res, 429, {}, { "retry-after": "1" }),
      (_req, res) => json(res, 200, { ok: true }),
    );
    const http = createHttpTransport({ baseUrl, retry: fastRetry });
    await http.request({ method: "GET", path: "r" });
    const [first, second] = seen;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  it("throws RateLimitError with retryAfterMs on a POST 429 without retrying, and pauses the limiter", async () => {
    handler = (_req, res) => json(res, 429, { msg: "slow down" }, { "retry-after": "3" });
    const limiter = new RateLimiter({ budget: 100, windowMs: 1000 });
    const http = createHttpTransport({ baseUrl, retry: fastRetry, rateLimiter: limiter });
    const failure = http.request({ method: "POST", path: "o" });
    await expect(failure).rejects.toBeInstanceOf(RateLimitError);
    await expect(failure).rejects.toMatchObject({ retryAfterMs: 3000 });
    expect(seen).toHaveLength(1);
    expect(limiter.tryAcquire(1)).toBe(false);
  });

  it("does not wait out a Retry-After longer than maxRetryAfterMs", async () => {
    handler = (_req, res) => json(res, 503, {}, { "retry-after": "120" });
    const http = createHttpTransport({ baseUrl, retry: { ...fastRetry, maxRetryAfterMs: 1000 } });
    const started = Date.now();
    await expect(http.request({ method: "GET", path: "r" })).rejects.toMatchObject({ status: 503 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(seen).toHaveLength(1);
  });

  it("parses Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("Wed, 21 Oct 2015 07:28:00 GMT");
    expect(parseRetryAfter("2", now)).toBe(2000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:27:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("1.5", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("HttpTransport: timeouts and aborts", () => {
  it("times out a slow response with TimeoutError", async () => {
    handler = (_req, res) => setTimeout(() => json(res, 200, {}), 400);
    const http = createHttpTransport({ baseUrl, retry: false });
    const failure = http.request({ method: "GET", path: "slow", timeoutMs: 100 });
    await expect(failure).rejects.toBeInstanceOf(TimeoutError);
    await expect(failure).rejects.toMatchObject({ code: "TRANSPORT_TIMEOUT", method: "GET" });
  });

  it("aborts an in-flight request with AbortedError", async () => {
    handler = (_req, res) => setTimeout(() => json(res, 200, {}), 400);
    const http = createHttpTransport({ baseUrl });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(
      http.request({ method: "GET", path: "slow", signal: controller.signal }),
    ).rejects.toBeInstanceOf(AbortedError);
  });

  it("aborts while waiting for rate-limit capacity, before anything is sent", async () => {
    handler = (_req, res) => json(res, 200, {});
    const limiter = new RateLimiter({ budget: 10, windowMs: 60_000 });
    const http = createHttpTransport({ baseUrl, rateLimiter: limiter });
    await http.request({ method: "GET", path: "a", weight: 10 });
    const controller = new AbortController();
    const waiting = http.request({ method: "GET", path: "b", weight: 5, signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(waiting).rejects.toBeInstanceOf(AbortedError);
    expect(seen.map((s) => s.url)).toEqual(["/api/v1/a"]);
  });

  it("sends in limiter order with per-request weights", async () => {
    handler = (_req, res) => json(res, 200, {});
    const limiter = new RateLimiter({ budget: 10, windowMs: 500 });
    const http = createHttpTransport({ baseUrl, rateLimiter: limiter });
    const started = Date.now();
    await Promise.all([
      http.request({ method: "GET", path: "heavy", weight: 10 }),
      http.request({ method: "GET", path: "second", weight: 4 }),
      http.request({ method: "GET", path: "third", weight: 1 }),
    ]);
    expect(seen.map((s) => s.url)).toEqual(["/api/v1/heavy", "/api/v1/second", "/api/v1/third"]);
    // 4 units refill in 200 ms, the fifth after another 50 ms.
    expect(seen[1]!.at - started).toBeGreaterThanOrEqual(180);
    expect(seen[2]!.at - started).toBeGreaterThanOrEqual(230);
  });
});

describe("HttpTransport: hooks", () => {
  it("turns a failing auth hook into SigningError before anything is sent", async () => {
    const http = createHttpTransport({
      baseUrl,
      auth: () => {
        throw new Error("key not loaded");
      },
    });
    await expect(http.request({ method: "POST", path: "o", auth: true })).rejects.toMatchObject({
      name: "SigningError",
    });
    expect(seen).toHaveLength(0);
  });

  it("does not fail a request because a logging hook threw", async () => {
    handler = (_req, res) => json(res, 200, { ok: true });
    const http = createHttpTransport({
      baseUrl,
      onRequest: () => {
        throw new Error("logger down");
      },
      onResponse: () => {
        throw new Error("logger down");
      },
    });
    await expect(http.request({ method: "GET", path: "x" })).resolves.toEqual({ ok: true });
  });
});

describe("HttpTransport: redaction", () => {
  const apiKey = "k-7d1f0c9e55aa4b0e9c3f";
  const signature = "s-0f9e8d7c6b5a49382716";
  const customSecret = "c-1a2b3c4d5e6f7a8b9c0d";

  it("keeps auth headers and parameters out of hooks and errors", async () => {
    handler = (_req, res) => json(res, 401, { error: "unauthorized", echo: "no secrets here" });
    const requests: HttpRequestLog[] = [];
    const responses: HttpResponseLog[] = [];
    const http = createHttpTransport({
      baseUrl,
      auth: ({ headers, url }) => {
        headers.set("X-Api-Key", apiKey);
        headers.set("X-Venue-Stamp", customSecret);
        url.searchParams.set("sig", signature);
      },
      onRequest: (log) => requests.push(log),
      onResponse: (log) => responses.push(log),
    });
    const failure = http.request({ method: "POST", path: "private", json: { apiKey, qty: "1" }, auth: true });
    const error = await failure.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);

    // The server did receive the credentials.
    expect(seen[0]?.headers["x-api-key"]).toBe(apiKey);
    expect(seen[0]?.headers["x-venue-stamp"]).toBe(customSecret);
    expect(seen[0]?.url).toContain(`sig=${signature}`);

    const exposed = JSON.stringify([requests, responses, error, (error as Error).message, String(error)]);
    for (const secret of [apiKey, signature, customSecret]) expect(exposed).not.toContain(secret);
    expect(requests[0]?.headers["x-api-key"]).toBe("[redacted]");
    expect(requests[0]?.headers["x-venue-stamp"]).toBe("[redacted]");
    expect(requests[0]?.url).toContain("sig=[redacted]");
    expect(requests[0]?.body).toEqual({ apiKey: "[redacted]", qty: "1" });
    expect(responses[0]?.status).toBe(401);
  });
});

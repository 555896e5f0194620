import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll } from "vitest";
import { VestRestClient, type VestRestClientConfig } from "../client.js";

/** A request as the loopback server saw it. */
export interface RecordedRequest {
  method: string;
  /** Path without the query, e.g. "/v2/orders/cancel". */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Raw body text ("" when none). */
  body: string;
}

export interface Reply {
  status?: number;
  /** Sent verbatim, so large integers and long decimals reach the client exactly as written. */
  body?: string;
  headers?: Record<string, string>;
}

/** Text of a recorded payload in test/payloads/ (served byte for byte). */
export function payload(name: string): string {
  return readFileSync(new URL(`../../../test/payloads/${name}.json`, import.meta.url), "utf8");
}

/** Parsed recorded payload, for building expectations. */
export function payloadJson(name: string): unknown {
  return JSON.parse(payload(name));
}

/**
 * A real node:http server on 127.0.0.1 (ephemeral port) that answers each "METHOD /path" with
 * queued replies and records every request. Unrouted requests get a 404 with a FastAPI body.
 */
export class PayloadServer {
  readonly requests: RecordedRequest[] = [];
  readonly #routes = new Map<string, Reply[]>();
  #server: Server | undefined;
  #port = 0;

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const url = new URL(req.url ?? "/", "http://127.0.0.1");
        this.requests.push({
          method: req.method ?? "",
          path: url.pathname,
          query: Object.fromEntries(url.searchParams.entries()),
          headers: req.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        });
        const queue = this.#routes.get(`${req.method} ${url.pathname}`);
        const reply = queue !== undefined && queue.length > 1 ? queue.shift() : queue?.[0];
        const status = reply?.status ?? (reply === undefined ? 404 : 200);
        const body = reply?.body ?? (reply === undefined ? '{"detail":"Not Found"}' : "");
        res.writeHead(status, { "content-type": "application/json", ...reply?.headers });
        res.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.#server = server;
    this.#port = (server.address() as AddressInfo).port;
  }

  /** Base URL including the venue's `/v2` prefix, so path joining is exercised too. */
  get url(): string {
    return `http://127.0.0.1:${this.#port}/v2`;
  }

  /** Queues replies for "METHOD /v2/path"; the last one repeats. */
  on(route: string, ...replies: Reply[]): void {
    this.#routes.set(route, replies);
  }

  /** The only request recorded so far (fails the test when there were several or none). */
  single(): RecordedRequest {
    if (this.requests.length !== 1) throw new Error(`expected one request, got ${this.requests.length}`);
    return this.requests[0] as RecordedRequest;
  }

  reset(): void {
    this.requests.length = 0;
    this.#routes.clear();
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  }
}

/** Fixed clock of every test client. */
export const TEST_NOW = 1_713_593_340_000;
export const TEST_API_KEY = "vest-test-api-key-5f1c2d9e";

/** Starts a server for the file's tests, resets it after each, closes it at the end. */
export function usePayloadServer(): PayloadServer {
  const server = new PayloadServer();
  beforeAll(() => server.start());
  afterEach(() => server.reset());
  afterAll(() => server.close());
  return server;
}

/** A client pointed at the server: fixed clock, no retries, API key and account group 3 set. */
export function testClient(server: PayloadServer, config: VestRestClientConfig = {}): VestRestClient {
  return new VestRestClient({
    restUrl: server.url,
    apiKey: TEST_API_KEY,
    accountGroup: 3,
    retry: false,
    now: () => TEST_NOW,
    ...config,
  });
}

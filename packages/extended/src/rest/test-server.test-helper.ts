import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { ExtendedRestClient, type ExtendedRestClientConfig } from "./client.js";

/* A real HTTP server on 127.0.0.1 (ephemeral port) that records requests and serves payload text verbatim. */

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** Raw body text (payload files are served byte for byte so 64-bit ids stay exact). */
  body?: string;
}

export type Handler = (request: RecordedRequest, index: number) => Reply;

export interface TestServer {
  /** Origin, e.g. http://127.0.0.1:54321 */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const PAYLOADS = new URL("../../test/payloads/", import.meta.url);

/** Text of test/payloads/<name>.json. */
export function payload(name: string): string {
  return readFileSync(new URL(`${name}.json`, PAYLOADS), "utf8");
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const recorded: RecordedRequest = {
        method: req.method ?? "",
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const reply = handler(recorded, requests.length - 1);
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
      res.end(reply.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export const TEST_API_KEY = "ak_9c1e5f3b7d2a4e6f8a0b1c2d3e4f5a6b";

/** A client pointed at the test server, with fast retries. */
export function testClient(server: TestServer, config: ExtendedRestClientConfig = {}): ExtendedRestClient {
  return new ExtendedRestClient({
    baseUrl: server.url,
    apiKey: TEST_API_KEY,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...config,
  });
}

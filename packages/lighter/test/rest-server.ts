/**
 * A real node:http server on 127.0.0.1 (ephemeral port) that answers each path with a recorded
 * payload from test/payloads and records every request it receives.
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  /** Raw body text, sent verbatim (so 64-bit integers reach the client exactly). */
  body: string;
  headers?: Record<string, string>;
}

export type Route = Reply | ((request: RecordedRequest) => Reply);

export interface TestServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** The text of test/payloads/<name>.json. */
export function payload(name: string): string {
  return readFileSync(new URL(`./payloads/${name}.json`, import.meta.url), "utf8");
}

/** Serves `routes` keyed by "METHOD /path"; anything else is a 404 with a Lighter-style body. */
export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
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
      const route = routes[`${recorded.method} ${recorded.path}`];
      const reply: Reply =
        route === undefined
          ? { status: 404, body: '{"code":404,"message":"no route in test server"}' }
          : typeof route === "function"
            ? route(recorded)
            : route;
      res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** A tiny loopback server for the test page and its bundle; everything else is 404. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

// The data: favicon keeps Chromium from requesting /favicon.ico (a 404 it would log as an error).
const PAGE = `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>perp browser test</title>
    <script type="module" src="/app.js"></script>
  </head>
  <body></body>
</html>
`;

export async function serveApp(bundle: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    if (request.method === "GET" && path === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    } else if (request.method === "GET" && path === "/app.js") {
      response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(bundle);
    } else {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

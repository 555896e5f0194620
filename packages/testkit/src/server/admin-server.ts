import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { isPerpError, PerpError, ValidationError } from "@perp/core";
import type { FaultController } from "./fault-controller.js";
import { jsonResponse, preflightHeaders, readBody, writeResponse } from "./http-io.js";
import { LOOPBACK } from "./venue-server.js";

export const ADMIN_PREFIX = "/__sim";

export interface AdminServerOptions {
  /** 0 for an ephemeral port. */
  readonly port: number;
  readonly faults: FaultController;
  readonly status: () => unknown;
  readonly reportError: (error: unknown, where: string) => void;
}

export interface AdminServer {
  /** Base URL, e.g. "http://127.0.0.1:7000/__sim". */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The control plane for people and scripts driving a running simulator (CLI, browser tests):
 *   GET    /__sim/status            venues, URLs, connections and active faults
 *   GET    /__sim/faults            active faults
 *   POST   /__sim/faults            apply one fault: {"venue","connection"?,"fault":{"kind",...}}
 *   DELETE /__sim/faults[?venue=&id=]  clear faults
 */
export async function startAdminServer(options: AdminServerOptions): Promise<AdminServer> {
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    void handle(request, response, options);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, LOOPBACK, () => {
      server.off("error", reject);
      resolve();
    });
  }).catch((error: unknown) => {
    throw new PerpError(`admin endpoint could not listen on ${LOOPBACK}:${options.port}`, { cause: error });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${LOOPBACK}:${port}${ADMIN_PREFIX}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: AdminServerOptions,
): Promise<void> {
  if (request.method === "OPTIONS") {
    writeResponse(request, response, { status: 204 }, preflightHeaders(request));
    return;
  }
  const url = new URL(request.url ?? "/", `http://${LOOPBACK}`);
  const route = `${request.method} ${url.pathname}`;
  try {
    if (route === `GET ${ADMIN_PREFIX}/status`) {
      writeResponse(request, response, jsonResponse(200, options.status()));
    } else if (route === `GET ${ADMIN_PREFIX}/faults`) {
      writeResponse(
        request,
        response,
        jsonResponse(200, options.faults.active(url.searchParams.get("venue") ?? undefined)),
      );
    } else if (route === `POST ${ADMIN_PREFIX}/faults`) {
      const body = new TextDecoder().decode(await readBody(request));
      let input: unknown;
      try {
        input = JSON.parse(body);
      } catch {
        throw new ValidationError("fault request body is not JSON");
      }
      const { id, kind, venue, connection, affected } = await options.faults.applyJson(input);
      writeResponse(request, response, jsonResponse(200, { id, kind, venue, connection, affected }));
    } else if (route === `DELETE ${ADMIN_PREFIX}/faults`) {
      const venue = url.searchParams.get("venue") ?? undefined;
      const id = url.searchParams.get("id") ?? undefined;
      const filter = { ...(venue === undefined ? {} : { venue }), ...(id === undefined ? {} : { id }) };
      writeResponse(request, response, jsonResponse(200, { cleared: options.faults.clear(filter) }));
    } else {
      writeResponse(request, response, jsonResponse(404, { error: `no admin route for ${route}` }));
    }
  } catch (error) {
    if (error instanceof ValidationError) {
      writeResponse(request, response, jsonResponse(400, { error: error.message, issues: error.issues }));
      return;
    }
    options.reportError(error, `admin ${route}`);
    const message = isPerpError(error) || error instanceof Error ? error.message : String(error);
    writeResponse(request, response, jsonResponse(500, { error: message }));
  }
}

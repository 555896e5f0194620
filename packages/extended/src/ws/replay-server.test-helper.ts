import { readFileSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/* A real `ws` server on 127.0.0.1 replaying recorded frames (test/frames). */

const FRAMES_DIR = new URL("../../test/frames/", import.meta.url);

/** The frames of a recording, one per line, verbatim (comment lines dropped). */
export function loadFrames(name: string): string[] {
  return readFileSync(new URL(`${name}.ndjson`, FRAMES_DIR), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("//"));
}

export interface ReplayConnection {
  readonly socket: WebSocket;
  /** Request path with query, relative to the stream base. */
  readonly path: string;
  readonly headers: IncomingMessage["headers"];
  send(frames: readonly string[]): void;
}

export const STREAM_PREFIX = "/stream.extended.exchange/v1";

export class ReplayServer {
  readonly connections: ReplayConnection[] = [];
  /** Called for every accepted connection; default: nothing is sent. */
  onConnection: (connection: ReplayConnection, index: number) => void = () => {};
  readonly #server: WebSocketServer;

  private constructor(server: WebSocketServer) {
    this.#server = server;
    server.on("connection", (socket, request) => {
      const url = request.url ?? "";
      const connection: ReplayConnection = {
        socket,
        path: url.startsWith(STREAM_PREFIX) ? url.slice(STREAM_PREFIX.length) : url,
        headers: request.headers,
        send: (frames) => {
          for (const frame of frames) if (socket.readyState === 1) socket.send(frame);
        },
      };
      this.connections.push(connection);
      this.onConnection(connection, this.connections.length - 1);
    });
  }

  static async start(
    options: { autoPong?: boolean; reject?: (request: IncomingMessage) => number | undefined } = {},
  ): Promise<ReplayServer> {
    const reject = options.reject;
    const server = new WebSocketServer({
      host: "127.0.0.1",
      port: 0,
      ...(options.autoPong === undefined ? {} : { autoPong: options.autoPong }),
      ...(reject
        ? {
            verifyClient: (info, done) => {
              const status = reject(info.req);
              if (status === undefined) done(true);
              else done(false, status, "Unauthorized");
            },
          }
        : {}),
    });
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    return new ReplayServer(server);
  }

  /** Stream v1 base to give the client (`streamUrl`). */
  get streamUrl(): string {
    return `ws://127.0.0.1:${(this.#server.address() as AddressInfo).port}${STREAM_PREFIX}`;
  }

  async close(): Promise<void> {
    for (const socket of this.#server.clients) socket.terminate();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

/** Polls until `predicate` holds; throws after `timeoutMs`. */
export async function until(predicate: () => boolean, timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not reached in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

/*
 * A real WebSocket server on 127.0.0.1 (ephemeral port) that answers Vest's control frames and
 * replays the recorded frames of this folder.
 */

type ServerSocket = WebSocket;
type Server = WebSocketServer;

export type FrameFile = { frames: Record<string, unknown> } & Record<string, unknown>;

export function loadFrames(name: "public" | "account"): FrameFile {
  return JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), "utf8")) as FrameFile;
}

/** A frame by name: recorded text as is, anything else as JSON. */
export function frameText(file: FrameFile, name: string): string {
  const frame = file.frames[name];
  if (frame === undefined) throw new Error(`No frame "${name}"`);
  return typeof frame === "string" ? frame : JSON.stringify(frame);
}

export interface ClientFrame {
  method?: string;
  params?: string[];
  id?: number;
}

export class ServerConnection {
  readonly socket: ServerSocket;
  /** Request path and query, e.g. "/ws-api?version=1.0&…". */
  readonly url: string;
  readonly received: ClientFrame[] = [];
  /** Half-open: inbound frames are ignored and nothing is answered. */
  halfOpen = false;
  /** Answer SUBSCRIBE/UNSUBSCRIBE with `{"result":null,"id"}`. */
  autoAck = true;
  #closed = false;

  constructor(socket: ServerSocket, url: string) {
    this.socket = socket;
    this.url = url;
    socket.on("close", () => {
      this.#closed = true;
    });
  }

  get closed(): boolean {
    return this.#closed;
  }

  get query(): URLSearchParams {
    return new URL(this.url, "ws://127.0.0.1").searchParams;
  }

  send(frame: string | object): void {
    if (this.socket.readyState === 1)
      this.socket.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  /** Channels subscribed on this connection (SUBSCRIBE minus UNSUBSCRIBE, in order). */
  subscriptions(): string[] {
    const active: string[] = [];
    for (const frame of this.received) {
      for (const channel of frame.params ?? []) {
        if (frame.method === "SUBSCRIBE" && !active.includes(channel)) active.push(channel);
        if (frame.method === "UNSUBSCRIBE") active.splice(active.indexOf(channel) >>> 0, 1);
      }
    }
    return active;
  }
}

export class ReplayServer {
  readonly url: string;
  readonly connections: ServerConnection[] = [];
  /** Called for each SUBSCRIBE after it was acknowledged. */
  onSubscribe: (connection: ServerConnection, channel: string, frame: ClientFrame) => void = () => {};
  onConnection: (connection: ServerConnection) => void = () => {};
  readonly #server: Server;

  private constructor(server: Server) {
    this.#server = server;
    const address = server.address() as AddressInfo;
    this.url = `ws://127.0.0.1:${address.port}/ws-api?version=1.0`;
    server.on("connection", (socket, request) => {
      const connection = new ServerConnection(socket, request.url ?? "/");
      this.connections.push(connection);
      socket.on("message", (data) => this.#onFrame(connection, String(data)));
      this.onConnection(connection);
    });
  }

  static async start(): Promise<ReplayServer> {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => {
      const check = (): void => {
        if (server.address() !== null) resolve();
        else setTimeout(check, 1);
      };
      check();
    });
    return new ReplayServer(server);
  }

  get last(): ServerConnection {
    const connection = this.connections.at(-1);
    if (connection === undefined) throw new Error("No connection yet");
    return connection;
  }

  /** Frames of `method` received on every connection. */
  received(method: string): ClientFrame[] {
    return this.connections.flatMap((c) => c.received.filter((f) => f.method === method));
  }

  async close(): Promise<void> {
    for (const socket of this.#server.clients) socket.terminate();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #onFrame(connection: ServerConnection, data: Uint8Array | string): void {
    if (connection.halfOpen) return;
    const text = typeof data === "string" ? data : new TextDecoder().decode(data);
    const frame = JSON.parse(text) as ClientFrame;
    connection.received.push(frame);
    if (frame.method === "PING") {
      connection.send({ data: "PONG" });
      return;
    }
    if ((frame.method === "SUBSCRIBE" || frame.method === "UNSUBSCRIBE") && connection.autoAck) {
      connection.send({ result: null, id: frame.id });
      if (frame.method === "SUBSCRIBE") {
        for (const channel of frame.params ?? []) this.onSubscribe(connection, channel, frame);
      }
    }
  }
}

/** Resolves once `predicate` holds, polling every 5 ms; rejects after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, timeoutMs = 2000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

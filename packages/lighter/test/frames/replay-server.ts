/**
 * A loopback Lighter stream server for tests: real `ws` WebSocketServer on 127.0.0.1 (ephemeral
 * port) that sends `{"type":"connected"}`, answers pings, records client frames and replays the
 * recorded frames of this folder.
 */
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { parseJson, stringifyJson } from "@perp/core";
import { type WebSocket, WebSocketServer } from "ws";

type ServerSocket = WebSocket;
type WsServer = WebSocketServer;

export type Frame = Record<string, unknown>;

/** A recorded JSON file of this folder, 64-bit integers kept exact (as bigint). */
export function loadFrames<T = Frame[]>(name: string): T {
  return parseJson(readFileSync(new URL(`./${name}`, import.meta.url), "utf8")) as T;
}

export class ReplayServer {
  readonly url: string;
  readonly received: Frame[] = [];
  readonly rawReceived: string[] = [];
  readonly sockets: ServerSocket[] = [];
  /** Answers a subscribe frame; default: nothing (tests send snapshots themselves). */
  onSubscribe: (frame: Frame, socket: ServerSocket) => void = () => {};
  /** Stop answering pings (with a paused socket this makes the connection half-open). */
  silent = false;
  readonly #wss: WsServer;

  private constructor(wss: WsServer) {
    this.#wss = wss;
    this.url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/stream`;
    wss.on("connection", (socket) => {
      this.sockets.push(socket);
      socket.on("message", (data) => {
        const text = String(data);
        this.rawReceived.push(text);
        const frame = JSON.parse(text) as Frame;
        this.received.push(frame);
        if (frame.type === "ping" && !this.silent) socket.send(JSON.stringify({ type: "pong" }));
        if (frame.type === "subscribe") this.onSubscribe(frame, socket);
      });
      socket.send(JSON.stringify({ type: "connected", session_id: `session-${this.sockets.length}` }));
    });
  }

  static async start(): Promise<ReplayServer> {
    const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => wss.once("listening", resolve));
    return new ReplayServer(wss);
  }

  get live(): ServerSocket {
    const socket = this.sockets.filter((s) => s.readyState === 1).at(-1);
    if (socket === undefined) throw new Error("no live client socket");
    return socket;
  }

  send(frame: Frame | string): void {
    this.live.send(typeof frame === "string" ? frame : stringifyJson(frame));
  }

  subscribes(channel: string): Frame[] {
    return this.received.filter((f) => f.type === "subscribe" && f.channel === channel);
  }

  unsubscribes(channel: string): Frame[] {
    return this.received.filter((f) => f.type === "unsubscribe" && f.channel === channel);
  }

  /** Drops every client connection abruptly (the client sees 1006). */
  dropAll(): void {
    for (const socket of this.#wss.clients) socket.terminate();
  }

  async close(): Promise<void> {
    for (const socket of this.#wss.clients) socket.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }
}

/** Polls until the predicate holds (fails the test after `timeoutMs`). */
export async function until(predicate: () => boolean, timeoutMs = 3000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Duplex } from "node:stream";
import { PerpError, ValidationError } from "@perp/core";
import { WebSocketServer } from "ws";
import { type ConnectionHost, type DelayMode, WsConnection } from "./connection.js";
import { type ActiveFault, isConnectionFault, type NormalizedFault } from "./fault-spec.js";
import { headerRecord, jsonResponse, preflightHeaders, readBody, writeResponse } from "./http-io.js";
import type {
  CancelTimer,
  InjectedHttpFault,
  SessionExpiry,
  SimConnection,
  SimHttpRequest,
  SimHttpResponse,
  VenueContext,
  VenueEvents,
  VenueProtocol,
  VenueUrls,
  WebSocketDecision,
} from "./protocol.js";
import { RestFaults } from "./rest-faults.js";
import { TimerSet } from "./timers.js";

export const LOOPBACK = "127.0.0.1";

export type VenueState = "idle" | "listening" | "restarting" | "closed";

export interface VenueServerOptions {
  readonly protocol: VenueProtocol;
  /** 0 for an ephemeral port. */
  readonly port: number;
  readonly seed: number;
  readonly random: () => number;
  readonly nextFaultId: () => string;
  readonly reportError: (error: unknown, where: string) => void;
}

export interface RestartOptions {
  readonly downMs: number;
  readonly mode: "terminate" | "close";
}

type VenueMode = { readonly kind: "halfOpen" } | ({ readonly kind: "delay" } & DelayMode);
type Listener = (payload: never) => void;

const decoder = new TextDecoder();

/**
 * One venue on its own loopback port: REST and WebSocket on the same port, its connections, its
 * venue-wide faults, and the lifecycle (start, restart on the same port, close).
 */
export class VenueServer {
  readonly venue: string;
  readonly ctx: VenueContext;
  readonly #protocol: VenueProtocol;
  readonly #options: VenueServerOptions;
  readonly #wss = new WebSocketServer({ noServer: true, autoPong: false, clientTracking: false });
  readonly #connections = new Map<string, WsConnection>();
  readonly #sockets = new Set<Socket>();
  readonly #timers = new TimerSet();
  readonly #listeners = new Map<keyof VenueEvents, Set<Listener>>();
  readonly #modes = new Map<string, VenueMode>();
  readonly #rest = new RestFaults();
  readonly #host: ConnectionHost;
  #server: Server | undefined;
  #port: number;
  #state: VenueState = "idle";
  #connectionCount = 0;
  #allClosed: (() => void) | undefined;
  #endDowntime: (() => void) | undefined;

  constructor(options: VenueServerOptions) {
    this.venue = options.protocol.venue;
    this.#protocol = options.protocol;
    this.#options = options;
    this.#port = options.port;
    this.ctx = this.#createContext();
    this.#host = this.#createHost();
  }

  get state(): VenueState {
    return this.#state;
  }

  get urls(): VenueUrls {
    return { http: `http://${LOOPBACK}:${this.#port}`, ws: `ws://${LOOPBACK}:${this.#port}` };
  }

  connections(): WsConnection[] {
    return [...this.#connections.values()];
  }

  async start(): Promise<void> {
    await this.#listen();
    this.#state = "listening";
    await this.#protocol.start?.(this.ctx);
  }

  /** Close every socket, clear timers, run the protocol's restart hook, wait `downMs`, listen on the same port. */
  async restart(options: RestartOptions): Promise<void> {
    if (this.#state !== "listening") {
      throw new ValidationError(`venue ${this.venue} cannot restart while ${this.#state}`);
    }
    this.#state = "restarting";
    await this.#shutdown(options.mode);
    this.#timers.clear();
    try {
      await this.#protocol.restart?.(this.ctx);
    } catch (error) {
      // The venue still comes back: a broken hook is reported, not turned into a dead port.
      this.#options.reportError(error, `${this.venue} restart hook`);
    }
    if (options.downMs > 0) {
      await new Promise<void>((resolve) => {
        const cancel = this.#timers.setTimeout(resolve, options.downMs);
        this.#endDowntime = () => {
          cancel();
          resolve();
        };
      });
      this.#endDowntime = undefined;
    }
    if (this.#state !== "restarting") return;
    await this.#listen();
    this.#state = "listening";
  }

  async close(): Promise<void> {
    if (this.#state === "closed") return;
    const wasStarted = this.#state !== "idle";
    this.#state = "closed";
    this.#endDowntime?.();
    await this.#shutdown("terminate");
    this.#timers.clear();
    this.#listeners.clear();
    this.#wss.close();
    if (wasStarted) await this.#protocol.stop?.(this.ctx);
  }

  /** Apply a validated fault to the venue or one of its connections; returns the affected connection ids. */
  async applyFault(fault: NormalizedFault, connectionId: string | undefined, id: string): Promise<string[]> {
    if (fault.kind === "expireSession" && this.#listenerCount("sessionExpired") === 0) {
      throw new ValidationError(
        `venue ${this.venue} does not handle session expiry (no sessionExpired listener)`,
      );
    }
    if (connectionId !== undefined) {
      if (!isConnectionFault(fault)) {
        throw new ValidationError(`fault "${fault.kind}" applies to a venue, not to one connection`);
      }
      const connection = this.#connections.get(connectionId);
      if (connection === undefined) {
        throw new ValidationError(`venue ${this.venue} has no open connection "${connectionId}"`, {
          issues: [
            { path: ["connection"], message: `open: ${[...this.#connections.keys()].join(", ") || "none"}` },
          ],
        });
      }
      connection.arm(fault, id);
      return [connection.id];
    }
    const open = this.connections();
    switch (fault.kind) {
      case "drop":
        for (const connection of open) connection.arm(fault, id);
        return open.map((c) => c.id);
      case "halfOpen":
        this.#modes.set(id, { kind: "halfOpen" });
        return open.map((c) => c.id);
      case "delay":
        this.#modes.set(id, { kind: "delay", ms: fault.ms, jitterMs: fault.jitterMs });
        return open.map((c) => c.id);
      case "sequence":
      case "malformed":
        // Counted faults arm the sockets open now, each with its own count, so a reconnecting client
        // is not caught in the same fault forever.
        if (open.length === 0) {
          throw new ValidationError(`venue ${this.venue} has no open connection to arm "${fault.kind}" on`);
        }
        for (const connection of open) connection.arm(fault, id);
        return open.map((c) => c.id);
      case "expireSession":
        this.#emit("sessionExpired", { venue: this.venue, session: fault.session, connectionId: undefined });
        return [];
      case "rateLimit":
      case "serverError":
      case "slow":
        this.#rest.arm(id, fault);
        return [];
      case "restart":
        await this.restart({ downMs: fault.downMs, mode: fault.mode });
        return open.map((c) => c.id);
    }
  }

  clearFaults(id?: string): number {
    let cleared = this.#rest.clear(id);
    for (const key of [...this.#modes.keys()]) {
      if (id === undefined || key === id) {
        this.#modes.delete(key);
        cleared++;
      }
    }
    for (const connection of this.#connections.values()) cleared += connection.clearFaults(id);
    return cleared;
  }

  activeFaults(): ActiveFault[] {
    const out: ActiveFault[] = [];
    for (const [id, mode] of this.#modes) {
      out.push({
        id,
        venue: this.venue,
        connection: undefined,
        kind: mode.kind,
        remaining: "unlimited",
        spec: { ...mode },
      });
    }
    out.push(...this.#rest.active(this.venue));
    for (const connection of this.#connections.values()) out.push(...connection.activeFaults());
    return out;
  }

  async #listen(): Promise<void> {
    const server = createServer((request, response) => {
      void this.#handleRequest(request, response);
    });
    server.on("connection", (socket) => {
      this.#sockets.add(socket);
      socket.once("close", () => this.#sockets.delete(socket));
    });
    server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      void this.#handleUpgrade(request, socket, head);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.#port, LOOPBACK, () => {
        server.off("error", reject);
        resolve();
      });
    }).catch((error: unknown) => {
      throw new PerpError(`venue ${this.venue} could not listen on ${LOOPBACK}:${this.#port}`, {
        cause: error,
        venue: this.venue,
      });
    });
    this.#port = (server.address() as AddressInfo).port;
    this.#server = server;
  }

  async #shutdown(mode: "terminate" | "close"): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    const closed =
      server === undefined ? Promise.resolve() : new Promise<void>((r) => server.close(() => r()));
    if (mode === "close" && this.#connections.size > 0) {
      const allClosed = new Promise<void>((resolve) => {
        this.#allClosed = resolve;
      });
      for (const connection of this.#connections.values()) connection.close(1012, "service restart");
      // Give clients a moment to answer the close handshake; whoever has not is cut below.
      const cancel = this.#timers.setTimeout(() => this.#allClosed?.(), 1000);
      await allClosed;
      cancel();
      this.#allClosed = undefined;
    }
    for (const connection of this.#connections.values()) connection.terminate();
    for (const socket of this.#sockets) socket.destroy();
    await closed;
  }

  async #handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      if (request.method === "OPTIONS") {
        writeResponse(request, response, { status: 204 }, preflightHeaders(request));
        return;
      }
      const url = new URL(request.url ?? "/", this.urls.http);
      const body = await readBody(request);
      const simRequest: SimHttpRequest = {
        method: request.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        headers: headerRecord(request.headers),
        body,
        text: decoder.decode(body),
      };
      const decision = this.#rest.decide(simRequest.method, simRequest.path);
      if (decision.slowMs > 0) await this.#timers.sleep(decision.slowMs);
      const answer =
        decision.answer === undefined
          ? await this.#askProtocol(simRequest)
          : this.#injectedAnswer(decision.answer, simRequest);
      writeResponse(request, response, answer);
    } catch (error) {
      this.#options.reportError(error, `${this.venue} ${request.method} ${request.url}`);
      writeResponse(request, response, jsonResponse(500, { error: errorMessage(error) }));
    }
  }

  async #askProtocol(request: SimHttpRequest): Promise<SimHttpResponse> {
    const answer = await this.#protocol.http?.(request, this.ctx);
    return answer ?? jsonResponse(404, { error: `no route for ${request.method} ${request.path}` });
  }

  #injectedAnswer(fault: InjectedHttpFault, request: SimHttpRequest): SimHttpResponse {
    const shaped =
      this.#protocol.faultResponse?.(fault, request) ??
      jsonResponse(fault.status, { error: `${STATUS_CODES[fault.status] ?? "Error"} (simulated)` });
    if (fault.retryAfterSeconds === undefined) return { ...shaped, status: fault.status };
    return {
      ...shaped,
      status: fault.status,
      headers: { ...shaped.headers, "retry-after": String(fault.retryAfterSeconds) },
    };
  }

  async #handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on("error", () => socket.destroy());
    const url = new URL(request.url ?? "/", this.urls.http);
    let decision: WebSocketDecision;
    try {
      decision =
        this.#state === "listening"
          ? await this.#protocol.webSocket?.(
              { path: url.pathname, query: url.searchParams, headers: headerRecord(request.headers) },
              this.ctx,
            )
          : { reject: 503, message: "venue restarting" };
    } catch (error) {
      this.#options.reportError(error, `${this.venue} upgrade ${request.url}`);
      decision = { reject: 500, message: errorMessage(error) };
    }
    if (decision === undefined) decision = { reject: 404, message: `no WebSocket route for ${url.pathname}` };
    if ("reject" in decision) {
      rejectUpgrade(socket, decision.reject, decision.message ?? "");
      return;
    }
    if (socket.destroyed) return;
    const handlers = decision;
    this.#wss.handleUpgrade(request, socket, head, (ws) => {
      if (this.#state !== "listening") {
        ws.terminate();
        return;
      }
      this.#connectionCount++;
      const id = `${this.venue}-${this.#connectionCount}`;
      const init = {
        id,
        path: url.pathname,
        query: url.searchParams,
        headers: headerRecord(request.headers),
      };
      const connection = new WsConnection(ws, init, this.#host, handlers);
      this.#connections.set(id, connection);
      connection.open();
    });
  }

  #createHost(): ConnectionHost {
    return {
      venue: this.venue,
      nextFaultId: this.#options.nextFaultId,
      random: this.#options.random,
      reportError: this.#options.reportError,
      venueHalfOpen: () => [...this.#modes.values()].some((m) => m.kind === "halfOpen"),
      venueDelay: () => {
        let delay: DelayMode | undefined;
        for (const mode of this.#modes.values()) {
          if (
            mode.kind === "delay" &&
            (delay === undefined || mode.ms + mode.jitterMs > delay.ms + delay.jitterMs)
          ) {
            delay = mode;
          }
        }
        return delay;
      },
      expireSession: (connectionId, session) =>
        this.#emit("sessionExpired", { venue: this.venue, session, connectionId }),
      closed: (connection) => {
        this.#connections.delete(connection.id);
        if (this.#connections.size === 0) this.#allClosed?.();
      },
    };
  }

  #createContext(): VenueContext {
    const server = this;
    return {
      venue: this.venue,
      seed: this.#options.seed,
      get urls() {
        return server.urls;
      },
      connections: (): SimConnection[] => this.connections(),
      connection: (id: string): SimConnection | undefined => this.#connections.get(id),
      random: this.#options.random,
      setTimeout: (fn: () => void, ms: number): CancelTimer =>
        this.#timers.setTimeout(() => this.#guard(fn), ms),
      setInterval: (fn: () => void, ms: number): CancelTimer =>
        this.#timers.setInterval(() => this.#guard(fn), ms),
      on: <K extends keyof VenueEvents>(event: K, listener: (payload: VenueEvents[K]) => void) => {
        let set = this.#listeners.get(event);
        if (set === undefined) {
          set = new Set();
          this.#listeners.set(event, set);
        }
        set.add(listener as Listener);
        return () => {
          set.delete(listener as Listener);
        };
      },
    };
  }

  #listenerCount(event: keyof VenueEvents): number {
    return this.#listeners.get(event)?.size ?? 0;
  }

  #emit(event: "sessionExpired", payload: SessionExpiry): number {
    const listeners = [...(this.#listeners.get(event) ?? [])] as ((payload: SessionExpiry) => void)[];
    for (const listener of listeners) this.#guard(() => listener(payload));
    return listeners.length;
  }

  #guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.#options.reportError(error, `${this.venue} protocol callback`);
    }
  }
}

function rejectUpgrade(socket: Duplex, status: number, message: string): void {
  if (socket.destroyed) return;
  const body = Buffer.from(message, "utf8");
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}\r\nConnection: close\r\n` +
      `Content-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n${message}`,
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

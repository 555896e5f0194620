import type { WebSocket } from "ws";
import {
  type ActiveFault,
  type AppliedFault,
  type ConnectionFault,
  describeFault,
  type MalformedVariant,
  type NormalizedConnectionFault,
  parseConnectionFault,
} from "./fault-spec.js";
import { corruptFrame } from "./malformed.js";
import { encodeMessage, type OutboundFrame } from "./outbound-frame.js";
import type {
  CancelTimer,
  ConnectionFaultControls,
  InboundFrame,
  OutboundMessage,
  SimConnection,
  WebSocketHandlers,
} from "./protocol.js";
import { SequenceFaults } from "./sequence-faults.js";
import { TimerSet } from "./timers.js";

/** What a connection needs from its venue: venue-wide modes, ids, randomness and event delivery. */
export interface ConnectionHost {
  readonly venue: string;
  nextFaultId(): string;
  venueHalfOpen(): boolean;
  venueDelay(): DelayMode | undefined;
  random(): number;
  /** Emit sessionExpired for this connection; returns how many listeners received it. */
  expireSession(connectionId: string, session: string | undefined): number;
  reportError(error: unknown, where: string): void;
  closed(connection: WsConnection): void;
}

export interface DelayMode {
  readonly ms: number;
  readonly jitterMs: number;
}

export interface ConnectionInit {
  readonly id: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
}

type Mode = { readonly kind: "halfOpen" } | ({ readonly kind: "delay" } & DelayMode);

interface MalformedRule {
  readonly id: string;
  readonly variant: MalformedVariant;
  remaining: number;
}

const OPEN = 1;
const decoder = new TextDecoder();

/** One accepted WebSocket and its fault pipeline (see SimConnection for the order of stages). */
export class WsConnection implements SimConnection {
  readonly id: string;
  readonly venue: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
  readonly openedAt = Date.now();
  session: string | undefined;
  readonly faults: ConnectionFaultControls;

  readonly #ws: WebSocket;
  readonly #host: ConnectionHost;
  readonly #handlers: WebSocketHandlers;
  readonly #timers = new TimerSet();
  readonly #modes = new Map<string, Mode>();
  readonly #sequence = new SequenceFaults<OutboundFrame>();
  readonly #malformed: MalformedRule[] = [];
  readonly #delayed: { readonly at: number; readonly frame: OutboundFrame }[] = [];
  #lastReleaseAt = 0;
  #cancelDelayTimer: CancelTimer | undefined;

  constructor(ws: WebSocket, init: ConnectionInit, host: ConnectionHost, handlers: WebSocketHandlers) {
    this.id = init.id;
    this.venue = host.venue;
    this.path = init.path;
    this.query = init.query;
    this.headers = init.headers;
    this.#ws = ws;
    this.#host = host;
    this.#handlers = handlers;
    this.faults = this.#createFaultControls();
    ws.on("message", (data, isBinary) => this.#receive(toBytes(data), isBinary));
    ws.on("ping", (data) => {
      if (!this.faults.halfOpen && this.isOpen) ws.pong(data);
    });
    ws.on("error", () => {
      // A socket error is always followed by "close"; that is where the connection is torn down.
    });
    ws.on("close", (code, reason) => this.#closed(code, reason.toString("utf8")));
  }

  get isOpen(): boolean {
    return this.#ws.readyState === OPEN;
  }

  /** Called by the venue once the handshake completed and the connection is registered. */
  open(): void {
    this.#invoke("onOpen", () => this.#handlers.onOpen?.(this));
  }

  send(message: OutboundMessage): void {
    if (!this.isOpen) return;
    this.#emit(encodeMessage(message));
  }

  sendSequenced(message: OutboundMessage, seq: number | bigint): void {
    if (!this.isOpen) return;
    for (const frame of this.#sequence.process(encodeMessage(message), BigInt(seq))) this.#emit(frame);
  }

  ping(data?: Uint8Array): void {
    if (this.isOpen && !this.faults.halfOpen) this.#ws.ping(data);
  }

  close(code?: number, reason?: string): void {
    this.#ws.close(code, reason);
  }

  terminate(): void {
    this.#ws.terminate();
  }

  setTimeout(fn: () => void, ms: number): CancelTimer {
    return this.#timers.setTimeout(() => this.#invoke("timer", fn), ms);
  }

  setInterval(fn: () => void, ms: number): CancelTimer {
    return this.#timers.setInterval(() => this.#invoke("timer", fn), ms);
  }

  /** Install an already validated fault under `id` (venue-scoped faults share one id across connections). */
  arm(fault: NormalizedConnectionFault, id: string): void {
    switch (fault.kind) {
      case "drop":
        if (fault.mode === "close") this.close(fault.code, fault.reason);
        else this.terminate();
        return;
      case "halfOpen":
        this.#modes.set(id, { kind: "halfOpen" });
        return;
      case "delay":
        this.#modes.set(id, { kind: "delay", ms: fault.ms, jitterMs: fault.jitterMs });
        return;
      case "sequence":
        this.#sequence.arm(id, fault.action, fault.count, fault.fromSeq);
        return;
      case "malformed":
        this.#malformed.push({ id, variant: fault.variant, remaining: fault.count });
        return;
      case "expireSession":
        this.#host.expireSession(this.id, fault.session ?? this.session);
        return;
    }
  }

  clearFaults(id?: string): number {
    let cleared = 0;
    for (const key of [...this.#modes.keys()]) {
      if (id === undefined || key === id) {
        this.#modes.delete(key);
        cleared++;
      }
    }
    for (let i = this.#malformed.length - 1; i >= 0; i--) {
      if (id === undefined || this.#malformed[i]?.id === id) {
        this.#malformed.splice(i, 1);
        cleared++;
      }
    }
    const sequence = this.#sequence.clear(id);
    for (const frame of sequence.release) this.#emit(frame);
    return cleared + sequence.cleared;
  }

  activeFaults(): ActiveFault[] {
    const base = { venue: this.venue, connection: this.id };
    const out: ActiveFault[] = [];
    for (const [id, mode] of this.#modes) {
      out.push({ ...base, id, kind: mode.kind, remaining: "unlimited", spec: { ...mode } });
    }
    for (const rule of this.#sequence.active()) {
      const spec = describeFault({
        kind: "sequence",
        action: rule.action,
        count: rule.remaining,
        fromSeq: rule.fromSeq,
      });
      out.push({ ...base, id: rule.id, kind: "sequence", remaining: rule.remaining, spec });
    }
    for (const rule of this.#malformed) {
      const spec = { kind: "malformed", variant: rule.variant, count: rule.remaining };
      out.push({ ...base, id: rule.id, kind: "malformed", remaining: rule.remaining, spec });
    }
    return out;
  }

  #createFaultControls(): ConnectionFaultControls {
    const connection = this;
    return {
      apply(input: ConnectionFault): AppliedFault {
        const fault = parseConnectionFault(input);
        const id = connection.#host.nextFaultId();
        connection.arm(fault, id);
        return {
          id,
          kind: fault.kind,
          venue: connection.venue,
          connection: connection.id,
          affected: [connection.id],
          clear: () => {
            connection.clearFaults(id);
          },
        };
      },
      clear: (id?: string) => connection.clearFaults(id),
      active: () => connection.activeFaults(),
      get halfOpen(): boolean {
        if (connection.#host.venueHalfOpen()) return true;
        for (const mode of connection.#modes.values()) if (mode.kind === "halfOpen") return true;
        return false;
      },
    };
  }

  #delay(): DelayMode | undefined {
    let delay = this.#host.venueDelay();
    for (const mode of this.#modes.values()) {
      if (
        mode.kind === "delay" &&
        (delay === undefined || mode.ms + mode.jitterMs > delay.ms + delay.jitterMs)
      ) {
        delay = mode;
      }
    }
    return delay;
  }

  #emit(frame: OutboundFrame): void {
    if (!this.isOpen || this.faults.halfOpen) return;
    const malformed = this.#malformed[0];
    if (malformed !== undefined) {
      frame = corruptFrame(frame, malformed.variant, this.#host.random);
      malformed.remaining--;
      if (malformed.remaining <= 0) this.#malformed.shift();
    }
    const delay = this.#delay();
    if (delay === undefined && this.#delayed.length === 0) {
      this.#write(frame);
      return;
    }
    const jitter = delay === undefined ? 0 : Math.floor(this.#host.random() * (delay.jitterMs + 1));
    // Release times never decrease, so a delayed stream keeps its order (reordering is its own fault).
    const at = Math.max(this.#lastReleaseAt, Date.now() + (delay?.ms ?? 0) + jitter);
    this.#lastReleaseAt = at;
    this.#delayed.push({ at, frame });
    if (this.#delayed.length === 1) this.#scheduleRelease();
  }

  #scheduleRelease(): void {
    const head = this.#delayed[0];
    if (head === undefined) return;
    this.#cancelDelayTimer = this.#timers.setTimeout(
      () => {
        this.#cancelDelayTimer = undefined;
        const now = Date.now();
        while (this.#delayed.length > 0 && (this.#delayed[0]?.at ?? 0) <= now) {
          const next = this.#delayed.shift();
          if (next !== undefined) this.#write(next.frame);
        }
        this.#scheduleRelease();
      },
      Math.max(0, head.at - Date.now()),
    );
  }

  #write(frame: OutboundFrame): void {
    // Frames delayed before the connection went half-open are lost too, as on a dead link.
    if (!this.isOpen || this.faults.halfOpen) return;
    this.#ws.send(frame.data, { binary: frame.binary });
  }

  #receive(data: Uint8Array, isBinary: boolean): void {
    if (this.faults.halfOpen) return;
    const text = decoder.decode(data);
    let json: InboundFrame["json"];
    try {
      json = { ok: true, value: JSON.parse(text) };
    } catch (error) {
      json = { ok: false, error: (error as Error).message };
    }
    const frame: InboundFrame = { isBinary, text, data, json };
    this.#invoke("onMessage", () => this.#handlers.onMessage?.(frame, this));
  }

  #closed(code: number, reason: string): void {
    this.#cancelDelayTimer?.();
    this.#timers.clear();
    this.#delayed.length = 0;
    this.#host.closed(this);
    this.#invoke("onClose", () => this.#handlers.onClose?.({ code, reason }, this));
  }

  #invoke(where: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.#host.reportError(error, `${this.venue} connection ${this.id} ${where}`);
    }
  }
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}

import {
  Emitter,
  type PerpError,
  type ReadinessComponent,
  type ReadinessEvidence,
  type ReadinessTracker,
  WebSocketError,
} from "@perp/core";
import type { ExtendedStreamConnection } from "./connection/stream-connection.js";
import type { StreamEnvelope } from "./messages/envelope.js";
import { applyReadinessSignal, type ReadinessSignal, type ResyncNotice } from "./readiness.js";

export interface BaseStreamEvents {
  /** Readiness evidence for the adapter (also applied to the tracker given in the options). */
  readiness: [signal: ReadinessSignal];
  /** Continuity lost (`started`: socket dropped or sequence gap) and regained (`completed`). */
  resync: [notice: ResyncNotice];
  /** A problem the stream recovers from by itself (bad frame, failed upgrade, stale socket). */
  error: [error: PerpError];
  /** The venue refused the stream (error frame, e.g. unknown market): it is closed for good. */
  failed: [error: PerpError];
}

export interface ConnectedStreamOptions {
  component: ReadinessComponent;
  part: string | undefined;
  readiness?: ReadinessTracker | undefined;
}

/**
 * Plumbing shared by every stream: connection events in, readiness and resync notices out. A
 * stream is `ready` after its evidence (a snapshot, or the open socket for snapshot-less streams),
 * `stale` from a lost socket or a gap until fresh evidence arrives.
 */
export abstract class ConnectedStream<E extends BaseStreamEvents & { [K in keyof E]: unknown[] }> {
  protected readonly connection: ExtendedStreamConnection;
  protected readonly events: Emitter<E>;
  readonly #base: Emitter<BaseStreamEvents>;
  readonly #options: ConnectedStreamOptions;
  #resyncReason: string | undefined;
  #ready = false;
  #failure: PerpError | undefined;

  protected constructor(connection: ExtendedStreamConnection, options: ConnectedStreamOptions) {
    this.connection = connection;
    this.#options = options;
    this.events = new Emitter<E>((cause, event) => {
      if (event !== "error") {
        this.emitError(
          new WebSocketError(`A "${String(event)}" listener threw`, { venue: "extended", cause }),
        );
      }
    });
    this.#base = this.events as unknown as Emitter<BaseStreamEvents>;
    connection.on("connected", (epoch) => this.onConnected(epoch));
    connection.on("disconnected", (reason) => {
      this.beginResync(reason);
      this.onDisconnected();
    });
    connection.on("message", (envelope, epoch) => this.onEnvelope(envelope, epoch));
    connection.on("venueError", (error) => this.fail(error));
    connection.on("unrecognized", (reason, raw) => this.onUnrecognized(reason, raw));
    connection.on("error", (error) => this.emitError(error));
  }

  on<K extends keyof E>(event: K, listener: (...args: E[K]) => void): () => void {
    return this.events.on(event, listener);
  }

  /** Whether the stream's data is current (evidence received, no resync under way). */
  get ready(): boolean {
    return this.#ready;
  }

  /** The error the venue refused the stream with, once it did. */
  get failure(): PerpError | undefined {
    return this.#failure;
  }

  /** Opens the socket; resolves once it is open (the venue has no subscription acks). */
  start(): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    return this.connection.start();
  }

  async close(): Promise<void> {
    await this.connection.close();
    this.events.removeAll();
  }

  protected abstract onEnvelope(envelope: StreamEnvelope, epoch: number): void;

  /** A new socket; `seq` restarted. */
  protected onConnected(_epoch: number): void {}

  protected onDisconnected(): void {}

  protected onUnrecognized(reason: string, raw: unknown): void {
    this.emitError(
      new WebSocketError(`Stream "${this.connection.name}": ${reason}`, {
        venue: "extended",
        details: { preview: preview(raw) },
      }),
    );
  }

  protected markReady(evidence: ReadinessEvidence): void {
    if (this.#resyncReason !== undefined) {
      const reason = this.#resyncReason;
      this.#resyncReason = undefined;
      this.#base.emit("resync", { phase: "completed", reason });
    }
    if (this.#ready) return;
    this.#ready = true;
    this.signal({ state: "ready", component: this.#options.component, part: this.#options.part, evidence });
  }

  protected beginResync(reason: string): void {
    if (this.#failure || this.connection.closed) return;
    this.#ready = false;
    if (this.#resyncReason !== undefined) return;
    this.#resyncReason = reason;
    this.#base.emit("resync", { phase: "started", reason });
    this.signal({ state: "stale", component: this.#options.component, part: this.#options.part, reason });
  }

  protected emitError(error: PerpError): void {
    this.#base.emit("error", error);
  }

  /** Ends the stream: the venue will not serve it, reconnecting would only repeat the refusal. */
  protected fail(error: PerpError): void {
    if (this.#failure) return;
    this.#failure = error;
    this.#ready = false;
    this.signal({ state: "failed", component: this.#options.component, part: this.#options.part, error });
    this.#base.emit("failed", error);
    void this.connection.close();
  }

  /** Emits readiness evidence and applies it to the tracker, when one was given. */
  protected signal(signal: ReadinessSignal): void {
    if (this.#options.readiness) {
      try {
        applyReadinessSignal(this.#options.readiness, signal);
      } catch (cause) {
        this.emitError(new WebSocketError("The readiness tracker threw", { venue: "extended", cause }));
      }
    }
    this.#base.emit("readiness", signal);
  }
}

function preview(raw: unknown): string {
  try {
    const text =
      typeof raw === "string"
        ? raw
        : JSON.stringify(raw, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    return (text ?? String(raw)).slice(0, 200);
  } catch {
    return String(raw).slice(0, 200);
  }
}

import {
  Emitter,
  OrderBook,
  type OrderBookSnapshot,
  type PerpError,
  type SequencedStatus,
  SequencedStream,
  WebSocketError,
} from "@perp/core";
import { depthFrame, parsePayload, type VestDepthFrame } from "../messages/public.js";
import type { BookResyncEvent, BookResyncReason } from "./types.js";

interface DepthMessage {
  frame: VestDepthFrame;
  /** Local arrival order: v2 depth frames carry no sequence of their own. */
  sequence: bigint;
  receivedAt: number;
}

export interface VestOrderBookStreamEvents {
  /** A full snapshot was applied (readiness evidence: "snapshot"); a copy of the whole book. */
  book: [snapshot: OrderBookSnapshot];
  resync: [event: BookResyncEvent];
  status: [status: SequencedStatus];
  /** A frame could not be read; the book keeps its last good state and the feed goes on. */
  error: [error: PerpError];
}

export interface VestOrderBookStreamOptions {
  now?: () => number;
}

/**
 * One market's book. Vest sends the whole book in every `@depth` frame, without sequence numbers
 * (§5.6), so each frame replaces the book; the sequencing rule is "every message is a snapshot",
 * ordered by arrival. v3-era frames carry `tsMs`: a frame not newer than the last applied one is a
 * duplicate or arrived late, and is dropped. Continuity can only be lost by a reconnect or a silent
 * feed; both start a resync that the next frame completes.
 */
export class VestOrderBookStream {
  readonly symbol: string;
  readonly #book: OrderBook;
  readonly #stream: SequencedStream<OrderBook, DepthMessage>;
  readonly #events: Emitter<VestOrderBookStreamEvents>;
  readonly #now: () => number;
  #arrivals = 0n;
  #lastVenueTime: number | undefined;
  #lastFrameAt: number;
  #resync: BookResyncReason | undefined;
  #applied = false;
  #dropped = 0;

  constructor(symbol: string, options: VestOrderBookStreamOptions = {}) {
    this.symbol = symbol;
    this.#now = options.now ?? Date.now;
    this.#lastFrameAt = this.#now();
    this.#book = new OrderBook(symbol, { now: this.#now });
    this.#events = new Emitter<VestOrderBookStreamEvents>((cause, event) => {
      if (event !== "error") this.#fail(new WebSocketError(`A "${String(event)}" listener threw`, { cause }));
    });
    this.#stream = new SequencedStream<OrderBook, DepthMessage>({
      name: `${symbol}@depth`,
      rule: { sequence: (m) => m.sequence, isSnapshot: () => true },
      fromSnapshot: (m) => {
        this.#book.applySnapshot({
          bids: m.frame.bids,
          asks: m.frame.asks,
          timestamp: m.frame.tsMs ?? m.receivedAt,
        });
        return this.#book;
      },
      applyUpdate: () => {
        throw new WebSocketError("Vest depth frames are snapshots; there is no update to apply");
      },
      // Nothing to request: the venue re-sends the whole book several times a second.
      resync: () => {},
    });
    this.#stream.on("snapshot", () => this.#onApplied());
    this.#stream.on("status", (status) => this.#events.emit("status", status));
    this.#stream.on("error", (error) => this.#fail(error));
  }

  on<K extends keyof VestOrderBookStreamEvents>(
    event: K,
    listener: (...args: VestOrderBookStreamEvents[K]) => void,
  ): () => void {
    return this.#events.on(event, listener);
  }

  get status(): SequencedStatus {
    return this.#stream.status;
  }

  /** Whether a resync is in progress (the book may be out of date). */
  get resyncing(): boolean {
    return this.#resync !== undefined;
  }

  /** Frames dropped as duplicates or late arrivals. */
  get droppedFrames(): number {
    return this.#dropped;
  }

  /** Local time of the last frame, applied or not (the feed's liveness). */
  get lastFrameAt(): number {
    return this.#lastFrameAt;
  }

  /** A copy of the book; undefined before the first snapshot. */
  snapshot(): OrderBookSnapshot | undefined {
    return this.#applied ? this.#book.snapshot() : undefined;
  }

  /** The live book (read-only use: best levels, depth, crossed checks). */
  get book(): OrderBook {
    return this.#book;
  }

  /** Feeds one `@depth` payload. Unreadable frames are reported and leave the book unchanged. */
  push(data: unknown, receivedAt: number = this.#now()): void {
    this.#lastFrameAt = receivedAt;
    let frame: VestDepthFrame;
    try {
      frame = parsePayload(depthFrame, data, `${this.symbol}@depth`);
    } catch (error) {
      this.#fail(error as PerpError);
      return;
    }
    if (frame.tsMs !== undefined) {
      if (this.#lastVenueTime !== undefined && frame.tsMs <= this.#lastVenueTime) {
        this.#dropped += 1;
        return;
      }
      this.#lastVenueTime = frame.tsMs;
    }
    this.#arrivals += 1n;
    this.#stream.push({ frame, sequence: this.#arrivals, receivedAt });
  }

  /** Marks the book out of date until the next frame replaces it. */
  beginResync(reason: BookResyncReason): void {
    if (reason === "reconnect") this.#lastVenueTime = undefined;
    if (this.#resync !== undefined) return;
    this.#resync = reason;
    this.#stream.reset();
    this.#events.emit("resync", { symbol: this.symbol, phase: "started", reason, at: this.#now() });
  }

  #onApplied(): void {
    this.#applied = true;
    const reason = this.#resync;
    this.#resync = undefined;
    if (reason !== undefined) {
      this.#events.emit("resync", { symbol: this.symbol, phase: "completed", reason, at: this.#now() });
    }
    if (this.#events.listenerCount("book") > 0) this.#events.emit("book", this.#book.snapshot());
  }

  #fail(error: PerpError): void {
    this.#events.emit("error", error);
  }
}

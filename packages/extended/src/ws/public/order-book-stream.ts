import {
  type CrossedBook,
  OrderBook,
  type OrderBookSnapshot,
  type PerpError,
  type ReadinessTracker,
  SequencedStream,
  type SequenceGapError,
  ValidationError,
} from "@perp/core";
import { type BaseStreamEvents, ConnectedStream } from "../connected-stream.js";
import type { ExtendedStreamConnection } from "../connection/stream-connection.js";
import type { StreamEnvelope } from "../messages/envelope.js";
import { type OrderBookData, orderBookData } from "../messages/public.js";
import { type DeltaSizeRule, LevelSizes } from "./level-sizes.js";

/** `full`: every level, a DELTA per 100 ms and a fresh SNAPSHOT every minute; `1`: best bid/ask, all SNAPSHOTs. */
export type OrderBookDepth = "full" | 1;

export interface OrderBookStreamEvents extends BaseStreamEvents {
  /** The whole book (a copy) after every applied message. */
  book: [book: OrderBookSnapshot];
  /** A SNAPSHOT replaced the book: readiness evidence. */
  snapshot: [book: OrderBookSnapshot];
  /** A `seq` was skipped; the stream reconnects for a fresh snapshot. */
  gap: [error: SequenceGapError];
  /** Best bid at or above best ask after a delta; the stream resyncs (unless disabled). */
  crossed: [levels: CrossedBook];
}

export interface OrderBookStreamOptions {
  market: string;
  depth?: OrderBookDepth | undefined;
  /** Default "absolute" (see DeltaSizeRule). */
  deltaSizeRule?: DeltaSizeRule | undefined;
  /** Reconnect when a delta leaves the book crossed. Default true. */
  resyncOnCrossed?: boolean | undefined;
  readiness?: ReadinessTracker | undefined;
}

interface BookMessage {
  seq: bigint;
  ts: number;
  snapshot: boolean;
  data: OrderBookData;
}

/**
 * One market's order book from `/orderbooks/{market}`: SNAPSHOT then DELTAs, kept in `seq` order
 * by core's SequencedStream (duplicates dropped). Any gap drops the book and reconnects: a new
 * socket starts with a snapshot, and REST books carry no sequence to stitch with (§8.2).
 */
export class ExtendedOrderBookStream extends ConnectedStream<OrderBookStreamEvents> {
  readonly market: string;
  readonly depth: OrderBookDepth;
  readonly #book: OrderBook;
  readonly #sizes = new LevelSizes();
  readonly #rule: DeltaSizeRule;
  readonly #resyncOnCrossed: boolean;
  readonly #sequenced: SequencedStream<OrderBook, BookMessage>;
  #hasSnapshot = false;

  constructor(connection: ExtendedStreamConnection, options: OrderBookStreamOptions) {
    const depth = options.depth ?? "full";
    super(connection, {
      component: "orderBooks",
      part: depth === "full" ? options.market : `${options.market}@1`,
      readiness: options.readiness,
    });
    this.market = options.market;
    this.depth = depth;
    this.#book = new OrderBook(options.market);
    this.#rule = options.deltaSizeRule ?? "absolute";
    this.#resyncOnCrossed = options.resyncOnCrossed ?? true;
    this.#sequenced = new SequencedStream<OrderBook, BookMessage>({
      name: connection.name,
      rule: { sequence: (m) => m.seq, isSnapshot: (m) => m.snapshot },
      fromSnapshot: (m) => this.#applySnapshot(m),
      applyUpdate: (book, m) => this.#applyDelta(book, m),
      resync: () => this.connection.reconnect("order book sequence gap"),
    });
    this.#sequenced.on("snapshot", () => {
      this.#hasSnapshot = true;
      const copy = this.#book.snapshot();
      this.events.emit("snapshot", copy);
      this.markReady("snapshot");
      this.events.emit("book", copy);
    });
    this.#sequenced.on("update", () => this.events.emit("book", this.#book.snapshot()));
    this.#sequenced.on("gap", (error) => {
      this.beginResync(error.message);
      this.events.emit("gap", error);
    });
    this.#sequenced.on("error", (error: PerpError) => this.emitError(error));
  }

  /** The live book (read it, do not mutate it); empty until the first snapshot. */
  get orderBook(): OrderBook {
    return this.#book;
  }

  /** A copy of the book, or undefined before the first snapshot and while resyncing. */
  snapshot(): OrderBookSnapshot | undefined {
    return this.#hasSnapshot && this.ready ? this.#book.snapshot() : undefined;
  }

  protected override onConnected(): void {
    // seq restarts with the socket: only its first SNAPSHOT may start the book again.
    this.#sequenced.reset();
  }

  protected override onDisconnected(): void {
    this.#hasSnapshot = false;
  }

  protected onEnvelope(envelope: StreamEnvelope): void {
    const parsed = orderBookData.safeParse(envelope.data);
    if (!parsed.success) {
      this.emitError(
        new ValidationError(
          `Stream "${this.connection.name}": unreadable order book message ${envelope.seq}`,
          {
            venue: "extended",
            cause: parsed.error,
          },
        ),
      );
      // A skipped update leaves the book wrong; a new socket brings a snapshot.
      this.beginResync("unreadable order book message");
      this.connection.reconnect("unreadable order book message");
      return;
    }
    const kind = envelope.type ?? parsed.data.t;
    const snapshot = kind === undefined ? this.depth === 1 : kind.toUpperCase() === "SNAPSHOT";
    this.#sequenced.push({ seq: envelope.seq, ts: envelope.ts, snapshot, data: parsed.data });
  }

  #applySnapshot(message: BookMessage): OrderBook {
    this.#sizes.reset();
    const bids = message.data.b.map((l) => ({ price: l.p, size: this.#sizes.snapshotSize("bid", l) }));
    const asks = message.data.a.map((l) => ({ price: l.p, size: this.#sizes.snapshotSize("ask", l) }));
    const outcome = this.#book.applySnapshot({ bids, asks, sequence: message.seq, timestamp: message.ts });
    if (outcome === "crossed") {
      const crossed = this.#book.crossed();
      // Reconnecting would bring the same snapshot back: report it and keep the venue's view.
      if (crossed) this.events.emit("crossed", crossed);
    }
    return this.#book;
  }

  #applyDelta(book: OrderBook, message: BookMessage): OrderBook {
    const bids = message.data.b.map((l) => ({
      price: l.p,
      size: this.#sizes.deltaSize("bid", l, this.#rule),
    }));
    const asks = message.data.a.map((l) => ({
      price: l.p,
      size: this.#sizes.deltaSize("ask", l, this.#rule),
    }));
    const outcome = book.applyDelta({ bids, asks, sequence: message.seq, timestamp: message.ts });
    if (outcome === "crossed") {
      const crossed = book.crossed();
      if (crossed) this.events.emit("crossed", crossed);
      if (this.#resyncOnCrossed) {
        this.beginResync("crossed order book");
        this.connection.reconnect("crossed order book");
      }
    }
    return book;
  }
}

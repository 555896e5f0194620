import {
  type ReadinessComponent,
  type ReadinessTracker,
  SequenceGapError,
  ValidationError,
} from "@perp/core";
import { type BaseStreamEvents, ConnectedStream } from "../connected-stream.js";
import { SequenceGuard } from "../connection/sequence-guard.js";
import type { ExtendedStreamConnection } from "../connection/stream-connection.js";
import type { StreamEnvelope } from "../messages/envelope.js";

/**
 * What a skipped `seq` means for a stream: `skip` for streams of independent events (trades,
 * funding: a gap loses nothing later messages need, stale ones are dropped); `reconnect` where the
 * docs ask for it (candles, prices).
 */
export type GapPolicy = "skip" | "reconnect";

export interface MarketDataStreamEvents<T> extends BaseStreamEvents {
  /** One decoded item (a trade, a funding rate, a candle, a price). */
  data: [item: T];
  gap: [error: SequenceGapError];
}

export interface MarketDataStreamOptions<T> {
  component: ReadinessComponent;
  part: string | undefined;
  gapPolicy: GapPolicy;
  /** Decodes one message's data into items; throws (zod or ValidationError) on a bad payload. */
  decode(envelope: StreamEnvelope): T[];
  readiness?: ReadinessTracker | undefined;
}

/**
 * A snapshot-less public stream. Without subscription acks, the open socket is its readiness
 * evidence; a lost socket marks it stale until the next one opens.
 */
export class ExtendedMarketDataStream<T> extends ConnectedStream<MarketDataStreamEvents<T>> {
  readonly #options: MarketDataStreamOptions<T>;
  readonly #guard = new SequenceGuard();

  constructor(connection: ExtendedStreamConnection, options: MarketDataStreamOptions<T>) {
    super(connection, { component: options.component, part: options.part, readiness: options.readiness });
    this.#options = options;
  }

  protected override onConnected(): void {
    this.#guard.reset();
    this.markReady("subscription-ack");
  }

  protected onEnvelope(envelope: StreamEnvelope, epoch: number): void {
    const previous = this.#guard.last;
    const verdict = this.#guard.check(envelope.seq, epoch);
    if (verdict === "stale") return;
    if (verdict === "gap") {
      const error = new SequenceGapError(
        `Stream "${this.connection.name}" skipped: expected sequence ${(previous ?? 0n) + 1n}, received ${envelope.seq}`,
        {
          venue: "extended",
          stream: this.connection.name,
          expected: (previous ?? 0n) + 1n,
          received: envelope.seq,
        },
      );
      this.events.emit("gap", error);
      if (this.#options.gapPolicy === "reconnect") {
        this.beginResync(error.message);
        this.connection.reconnect(error.message);
        return;
      }
    }
    let items: T[];
    try {
      items = this.#options.decode(envelope);
    } catch (cause) {
      this.emitError(
        new ValidationError(`Stream "${this.connection.name}": unreadable message ${envelope.seq}`, {
          venue: "extended",
          cause,
        }),
      );
      return;
    }
    for (const item of items) this.events.emit("data", item);
  }
}

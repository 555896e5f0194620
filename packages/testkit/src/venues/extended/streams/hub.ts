import type { SimConnection } from "../../../server/index.js";
import { stringifyJson } from "../../shared/json.js";
import type { Candle } from "../candles.js";
import type { ExtendedAccountConfig } from "../credentials.js";
import {
  renderAccountTrade,
  renderBalance,
  renderOrder,
  renderPosition,
  renderPublicTrade,
} from "../render.js";
import { balanceData, positionsData } from "../rest/account.js";
import type { AccountUpdate, ExtendedVenue, PublicUpdate } from "../venue.js";
import { type BookDelta, BookPublisher } from "./book-publisher.js";
import type { StreamSpec } from "./paths.js";

export interface StreamTimings {
  /** A fresh full-book SNAPSHOT per connection every this many ms (Extended: every minute). */
  bookSnapshotIntervalMs: number;
  /** Server WebSocket ping frames (Extended: every 15 s); false disables them. */
  pingIntervalMs: number | false;
}

interface Subscriber {
  connection: SimConnection;
  spec: StreamSpec;
  /** Last seq sent: Extended numbers every message of a connection from 1. */
  seq: number;
  lastBest: Map<string, string>;
  lastCandle: string | undefined;
  release: (() => void) | undefined;
}

/**
 * Serves the v1 streams: one stream per connection, every data message stamped with `ts` and a
 * per-connection `seq` and sent through the harness's sequenced path so sequence faults apply.
 */
export class StreamHub {
  readonly #venue: ExtendedVenue;
  readonly #timings: StreamTimings;
  readonly #subscribers = new Map<string, Subscriber>();
  readonly books: BookPublisher;

  constructor(venue: ExtendedVenue, timings: StreamTimings) {
    this.#venue = venue;
    this.#timings = timings;
    this.books = new BookPublisher(venue.engine, venue.markets.keys());
    venue.onPublic((update) => this.#onPublic(update));
  }

  open(connection: SimConnection, spec: StreamSpec, account: ExtendedAccountConfig | undefined): void {
    const sub: Subscriber = {
      connection,
      spec,
      seq: 0,
      lastBest: new Map(),
      lastCandle: undefined,
      release: undefined,
    };
    this.#subscribers.set(connection.id, sub);
    if (this.#timings.pingIntervalMs !== false) {
      connection.setInterval(() => connection.ping(), this.#timings.pingIntervalMs);
    }
    switch (spec.kind) {
      case "orderbook":
        for (const market of this.#markets(spec.market)) {
          if (spec.bestOnly) this.#sendBest(sub, market);
          else this.#sendBook(sub, market, "SNAPSHOT");
        }
        if (!spec.bestOnly) {
          connection.setInterval(() => {
            for (const market of this.#markets(spec.market)) this.#sendBook(sub, market, "SNAPSHOT");
          }, this.#timings.bookSnapshotIntervalMs);
        }
        break;
      case "candles":
        this.#sendCandle(sub);
        break;
      case "account":
        if (account !== undefined) this.#openAccount(sub, account);
        break;
      default:
        break;
    }
  }

  close(connection: SimConnection): void {
    const sub = this.#subscribers.get(connection.id);
    sub?.release?.();
    this.#subscribers.delete(connection.id);
  }

  /** Pushes book deltas (and best bid/ask, candles) accumulated since the last flush. */
  flush(): void {
    const deltas = new Map<string, BookDelta | undefined>();
    for (const market of this.#venue.markets.keys()) deltas.set(market, this.books.advance(market));
    for (const sub of this.#subscribers.values()) {
      if (!sub.connection.isOpen) continue;
      if (sub.spec.kind === "orderbook") {
        for (const market of this.#markets(sub.spec.market)) {
          if (sub.spec.bestOnly) this.#sendBest(sub, market);
          else {
            const delta = deltas.get(market);
            if (delta !== undefined)
              this.#send(sub, { type: "DELTA", data: { t: "DELTA", m: market, ...delta } });
          }
        }
      } else if (sub.spec.kind === "candles") {
        this.#sendCandle(sub);
      }
    }
  }

  #markets(market: string | undefined): string[] {
    return market === undefined ? [...this.#venue.markets.keys()] : [market];
  }

  #send(sub: Subscriber, message: { type?: string; data: unknown; [key: string]: unknown }): void {
    if (!sub.connection.isOpen) return;
    sub.seq += 1;
    const { type, data, ...extra } = message;
    const text = stringifyJson({ type, data, ...extra, ts: this.#venue.clock.now(), seq: sub.seq });
    sub.connection.sendSequenced(text, sub.seq);
  }

  #sendBook(sub: Subscriber, market: string, type: "SNAPSHOT"): void {
    const book = this.books.snapshot(market);
    this.#send(sub, { type, data: { t: type, m: market, ...book } });
  }

  #sendBest(sub: Subscriber, market: string): void {
    const best = this.books.best(market);
    const key = JSON.stringify(best);
    if (sub.lastBest.get(market) === key) return;
    sub.lastBest.set(market, key);
    this.#send(sub, { type: "SNAPSHOT", data: { t: "SNAPSHOT", m: market, d: "1", ...best } });
  }

  #sendCandle(sub: Subscriber): void {
    if (sub.spec.kind !== "candles") return;
    const candle: Candle | undefined = this.#venue.candles
      .get(sub.spec.market)
      ?.series(sub.spec.candleType)
      .latest(sub.spec.intervalMs);
    if (candle === undefined) return;
    const key = JSON.stringify(candle);
    if (key === sub.lastCandle) return;
    sub.lastCandle = key;
    this.#send(sub, { data: [candle] });
  }

  #openAccount(sub: Subscriber, account: ExtendedAccountConfig): void {
    const venue = this.#venue;
    const id = account.accountId;
    const open = venue
      .orders(id)
      .filter(
        (r) =>
          r.view.status === "untriggered" || r.view.status === "open" || r.view.status === "partially-filled",
      )
      .map((r) => renderOrder(r, "stream"));
    this.#send(sub, { type: "ORDER", data: { isSnapshot: true, orders: open } });
    this.#send(sub, { type: "BALANCE", data: { isSnapshot: true, balance: balanceData({ venue }, id) } });
    this.#send(sub, {
      type: "POSITION",
      data: { isSnapshot: true, positions: positionsData({ venue }, id, "stream") },
    });
    sub.release = venue.onAccount(id, (update) => this.#onAccount(sub, id, update));
  }

  #onAccount(sub: Subscriber, accountId: number, update: AccountUpdate): void {
    const venue = this.#venue;
    switch (update.kind) {
      case "order":
        this.#send(sub, {
          type: "ORDER",
          data: { isSnapshot: false, orders: [renderOrder(update.order, "stream")] },
        });
        break;
      case "trade":
        this.#send(sub, { type: "TRADE", data: { trades: [renderAccountTrade(update.trade, "stream")] } });
        break;
      case "position": {
        if (update.position.side === "flat" && update.lifecycle === undefined) return;
        const equity = venue.engine.balance(String(accountId))!.equity;
        const position = renderPosition(update.position, update.lifecycle, equity, "stream");
        this.#send(sub, { type: "POSITION", data: { isSnapshot: false, positions: [position] } });
        break;
      }
      case "balance": {
        const id = String(accountId);
        const balance = renderBalance(
          venue.engine.balance(id)!,
          venue.engine.positions(id),
          venue.clock.now(),
        );
        this.#send(sub, { type: "BALANCE", data: { isSnapshot: false, balance } });
        break;
      }
    }
  }

  #onPublic(update: PublicUpdate): void {
    for (const sub of this.#subscribers.values()) {
      const spec = sub.spec;
      switch (update.kind) {
        case "trade":
          if (spec.kind === "trades" && (spec.market === undefined || spec.market === update.trade.market)) {
            this.#send(sub, { data: [renderPublicTrade(update.trade)] });
          }
          break;
        case "mark":
          if (spec.kind === "prices" && (spec.market === undefined || spec.market === update.market)) {
            const mark = spec.priceType === "mark";
            this.#send(sub, {
              type: mark ? "MP" : "IP",
              data: { m: update.market, p: mark ? update.markPrice : update.indexPrice, ts: update.time },
              sourceEventId: null,
            });
          }
          break;
        case "funding":
          if (
            spec.kind === "funding" &&
            (spec.market === undefined || spec.market === update.funding.market)
          ) {
            this.#send(sub, {
              data: { m: update.funding.market, T: update.funding.time, f: update.funding.rate },
            });
          }
          break;
      }
    }
  }
}

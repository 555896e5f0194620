import { addDecimal, parseDecimal, signDecimal, ValidationError } from "@perp/core";
import type { WireLevel } from "../messages/public.js";

/** How a DELTA level becomes an absolute size (§8.2: `q` is the signed change, `c` the new size). */
export type DeltaSizeRule =
  /** `c` when present (CCXT's reading of the docs), else current + `q`. The default. */
  | "absolute"
  /** Always current + `q` (the official Python SDK's reading). */
  | "additive";

/**
 * Mirror of the level sizes per side, keyed by normalized price, so that the additive rule can
 * read the current size. OrderBook keeps levels by the text it was given; this map normalizes so
 * "100.50" and "100.5" are one level here as well.
 */
export class LevelSizes {
  readonly #bids = new Map<string, string>();
  readonly #asks = new Map<string, string>();

  reset(): void {
    this.#bids.clear();
    this.#asks.clear();
  }

  /** Snapshot level: `c` (when sent) and `q` are both absolute. */
  snapshotSize(side: "bid" | "ask", level: WireLevel): string {
    const size = level.c ?? level.q;
    this.#record(side, level.p, size);
    return size;
  }

  /** Delta level: the level's size after the change; throws ValidationError when it would be negative. */
  deltaSize(side: "bid" | "ask", level: WireLevel, rule: DeltaSizeRule): string {
    let size: string;
    if (rule === "absolute" && level.c !== undefined) {
      size = level.c;
    } else {
      const current = this.#map(side).get(parseDecimal(level.p, "p")) ?? "0";
      size = addDecimal(current, level.q);
      if (signDecimal(size) < 0) {
        throw new ValidationError(
          `Level ${level.p} would go negative (${current} + ${level.q}): the book is out of sync`,
          { issues: [{ path: ["q"], message: "size change below zero" }] },
        );
      }
    }
    this.#record(side, level.p, size);
    return size;
  }

  #record(side: "bid" | "ask", price: string, size: string): void {
    const key = parseDecimal(price, "p");
    if (signDecimal(size) === 0) this.#map(side).delete(key);
    else this.#map(side).set(key, size);
  }

  #map(side: "bid" | "ask"): Map<string, string> {
    return side === "bid" ? this.#bids : this.#asks;
  }
}

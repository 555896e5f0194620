import type { MarketSpec } from "./market.js";

export interface Ladder {
  /** Best first. */
  bids: bigint[];
  asks: bigint[];
}

/**
 * Quote prices of the built-in market maker: the first bid is the nearest tick strictly below the mark
 * and the first ask the nearest tick strictly above it; further levels step `spacingTicks` ticks outward.
 * Bids that would be zero or negative are left out.
 */
export function ladderPrices(spec: MarketSpec, mark: bigint, levels: number, spacingTicks: bigint): Ladder {
  const tick = spec.tick;
  const below = mark % tick === 0n ? mark - tick : mark - (mark % tick);
  const above = mark - (mark % tick) + tick;
  const spacing = spacingTicks * tick;
  const bids: bigint[] = [];
  const asks: bigint[] = [];
  for (let level = 0; level < levels; level += 1) {
    const offset = BigInt(level) * spacing;
    if (below - offset > 0n) bids.push(below - offset);
    asks.push(above + offset);
  }
  return { bids, asks };
}

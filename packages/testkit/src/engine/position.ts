import { abs, divRound } from "./decimal.js";
import { type MarketSpec, notional } from "./market.js";
import type { PositionState } from "./state.js";
import type { Side } from "./types.js";

/**
 * Applies a fill to a position with average-cost accounting and returns the PnL it realized.
 * The closed part takes its share of the cost basis (rounded; a full close takes all of it), so
 * realized PnL + cost basis always moves by exactly the traded value and no money is created or lost.
 */
export function applyFill(
  position: PositionState,
  spec: MarketSpec,
  side: Side,
  size: bigint,
  price: bigint,
): bigint {
  const direction = side === "buy" ? 1n : -1n;
  let realized = 0n;
  let opening = size;
  if (position.size !== 0n && position.size > 0n !== direction > 0n) {
    const open = abs(position.size);
    const closing = size < open ? size : open;
    const releasedCost = closing === open ? position.cost : divRound(position.cost * closing, open, "trunc");
    const signedClose = direction * closing;
    realized = -(signedClose * price * spec.notionalFactor) - releasedCost;
    position.cost -= releasedCost;
    position.size += signedClose;
    opening = size - closing;
  }
  if (opening > 0n) {
    position.size += direction * opening;
    position.cost += direction * notional(spec, price, opening);
  }
  position.realizedPnl += realized;
  return realized;
}

/** Mark-to-market PnL of the open position, exact in quote atoms. */
export function unrealizedPnl(position: PositionState, spec: MarketSpec, mark: bigint): bigint {
  return position.size * mark * spec.notionalFactor - position.cost;
}

/** How much of `size` on `side` would reduce (never flip) the position. */
export function reducibleSize(position: PositionState | undefined, side: Side): bigint {
  if (position === undefined || position.size === 0n) return 0n;
  const reduces = side === "buy" ? position.size < 0n : position.size > 0n;
  return reduces ? abs(position.size) : 0n;
}

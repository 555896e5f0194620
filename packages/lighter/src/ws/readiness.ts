import type { ReadinessTracker } from "@perp/core";

/** The marking side of core's ReadinessTracker; streams call it when given one. */
export type ReadinessSink = Pick<ReadinessTracker, "markReady" | "markStale" | "markFailed">;

/** A stream lost continuity (`started`) or rebuilt its state from fresh snapshots (`completed`). */
export interface StreamResyncEvent {
  phase: "started" | "completed";
  /** "reconnect", "sequence gap", "crossed book", "malformed frame", … */
  reason: string;
}

import type { PerpError, ReadinessComponent, ReadinessEvidence, ReadinessTracker } from "@perp/core";

/**
 * Evidence for the adapter's readiness tracker. `ready` comes only from a venue confirmation: a
 * snapshot (books, account), or for streams without snapshots the accepted upgrade of their socket
 * (the v1 API has no subscription acks, so an open socket is the nearest confirmation).
 */
export type ReadinessSignal =
  | { state: "ready"; component: ReadinessComponent; part: string | undefined; evidence: ReadinessEvidence }
  | { state: "stale"; component: ReadinessComponent; part: string | undefined; reason: string }
  | { state: "failed"; component: ReadinessComponent; part: string | undefined; error: PerpError };

/**
 * Applies a signal to a tracker: the mapping the adapter would otherwise write itself. Components
 * the tracker does not know are skipped: the adapter decides which streams readiness requires by
 * registering them (trades or candles usually are not).
 */
export function applyReadinessSignal(tracker: ReadinessTracker, signal: ReadinessSignal): void {
  const { component, part } = signal;
  if (!(component in tracker.status().components)) return;
  if (signal.state === "ready") {
    if (part === undefined) tracker.markReady(component, { evidence: signal.evidence });
    else tracker.markReady(component, part, { evidence: signal.evidence });
  } else if (signal.state === "stale") {
    tracker.markStale(component, signal.reason, part);
  } else {
    tracker.markFailed(component, signal.error, part);
  }
}

/** A resync of a stream: `started` when continuity was lost, `completed` when fresh snapshots arrived. */
export interface ResyncNotice {
  phase: "started" | "completed";
  reason: string;
}

/** Readiness components every venue knows about; venues may add their own names. */
export type KnownComponent =
  | "markets"
  | "orderBooks"
  | "funding"
  | "balances"
  | "positions"
  | "openOrders"
  | "accountStream";

/** A known component or a venue-specific one (the `string & {}` keeps editor completion for the known names). */
export type ReadinessComponent = KnownComponent | (string & {});

/** Components that need an account; in read-only mode they are not required. */
export const ACCOUNT_COMPONENTS: readonly KnownComponent[] = [
  "balances",
  "positions",
  "openOrders",
  "accountStream",
];

/**
 * - `pending`: never confirmed (or confirmation lost before it was ever ready).
 * - `ready`: confirmed by the venue.
 * - `stale`: was ready, is being resynchronized (reconnect, sequence gap); not ready.
 * - `failed`: the last attempt failed with an error; not ready until confirmed again.
 */
export type ComponentState = "pending" | "ready" | "stale" | "failed";

/**
 * What confirmed a component: a full snapshot, the venue's acknowledgement of a subscription,
 * or a successful REST response. Never "some message arrived".
 */
export type ReadinessEvidence = "snapshot" | "subscription-ack" | "rest-response";

export interface ReadyConfirmation {
  evidence: ReadinessEvidence;
}

/** One tracked part of a component (for example the order book of one market). */
export interface PartStatus {
  part: string;
  state: ComponentState;
  /** Milliseconds (tracker clock) since the part entered `state`. */
  since: number;
  /** Why it is not ready; undefined when ready. */
  reason: string | undefined;
  lastError: string | undefined;
  /** Whether it has been ready at least once (sticky across `stale`). */
  initialized: boolean;
  evidence: ReadinessEvidence | undefined;
}

export interface ComponentStatus {
  component: ReadinessComponent;
  state: ComponentState;
  /** False when declared not required (read-only mode): then it counts as satisfied. */
  required: boolean;
  /** Whether it counts as satisfied: ready, or not required. */
  satisfied: boolean;
  since: number;
  reason: string | undefined;
  lastError: string | undefined;
  initialized: boolean;
  evidence: ReadinessEvidence | undefined;
  /** Registered parts, in registration order; empty when the component is tracked as a whole. */
  parts: PartStatus[];
}

/** A plain, JSON-serializable snapshot of every registered component. */
export interface ReadinessStatus {
  ready: boolean;
  /** Required components that are not ready, in registration order. */
  missing: ReadinessComponent[];
  components: Record<string, ComponentStatus>;
  /** Tracker clock time of the snapshot. */
  at: number;
}

export interface ReadinessChange {
  component: ReadinessComponent;
  /** The part that changed, when the change was to one part. */
  part: string | undefined;
  status: ComponentStatus;
  /** Overall readiness after the change. */
  ready: boolean;
}

export type ReadinessListener = (change: ReadinessChange) => void;

export interface ReadyOptions {
  /** Components to wait for; default: every registered component. */
  components?: readonly ReadinessComponent[];
  /** Give up after this many milliseconds with a NotReadyError; default: wait indefinitely. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /**
   * Reject with a NotReadyError as soon as an awaited component is `failed`, instead of waiting for
   * the venue adapter to recover it. Default false: adapters retry, and a failure may be transient.
   */
  failFast?: boolean;
}

/** What a venue exposes to users: observe and await readiness, never mark it. */
export interface Readiness {
  status(): ReadinessStatus;
  isReady(components?: readonly ReadinessComponent[]): boolean;
  ready(options?: ReadyOptions): Promise<void>;
  on(event: "change", listener: ReadinessListener): () => void;
}

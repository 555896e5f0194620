import { AbortedError, NotReadyError, PerpError, redactText, ValidationError } from "../errors/index.js";
import {
  defaultComponentReason,
  defaultPartReason,
  describeMissing,
  errorText,
  partsReason,
  toNotReadyComponent,
} from "./messages.js";
import {
  ACCOUNT_COMPONENTS,
  type ComponentState,
  type ComponentStatus,
  type PartStatus,
  type Readiness,
  type ReadinessChange,
  type ReadinessComponent,
  type ReadinessEvidence,
  type ReadinessListener,
  type ReadinessStatus,
  type ReadyConfirmation,
  type ReadyOptions,
} from "./types.js";

export interface ReadinessTrackerOptions {
  /** Milliseconds clock for `since`; default Date.now. */
  clock?: () => number;
  /** Components registered at construction, all pending. */
  components?: readonly ReadinessComponent[];
  /** Read-only mode: the account components (balances, positions, openOrders, accountStream) are not required. */
  readOnly?: boolean;
  /** Venue id put on the errors this tracker throws. */
  venue?: string;
  /** Called when a change listener throws; default: rethrown from a microtask, like EventTarget does. */
  onListenerError?: (error: unknown) => void;
}

export interface RegisterOptions {
  /** Not-required components count as satisfied (read-only users do not need account data). */
  required?: boolean;
  /** Why it is not ready yet; a default naming the component is used otherwise. */
  reason?: string;
  /**
   * Track the component by parts (even an empty list): it is ready only when every registered part
   * is, and with no parts there is nothing to wait for, so it is ready.
   */
  parts?: readonly string[];
}

interface Entry {
  state: ComponentState;
  since: number;
  reason: string | undefined;
  lastError: string | undefined;
  initialized: boolean;
  evidence: ReadinessEvidence | undefined;
}

interface ComponentRecord {
  name: ReadinessComponent;
  explicitRequired: boolean | undefined;
  self: Entry;
  /** Whether readiness is the conjunction of `parts` instead of `self`. */
  byParts: boolean;
  parts: Map<string, Entry>;
  /** The derived state last reported and when it was entered, so `since` follows the aggregate. */
  reportedState: ComponentState;
  reportedSince: number;
  lastError: string | undefined;
}

/**
 * Tracks named readiness components for one venue connection.
 *
 * Venue adapters call `markReady` only on a venue confirmation: a snapshot, an acknowledged
 * subscription or a successful REST response, never because "some message arrived" (a quiet
 * account never sends one). While a stream resyncs they call `markStale` (the component keeps the
 * fact that it was initialized but is not ready); on errors `markFailed`. Users get the read-only
 * `Readiness` view: `status()`, `ready()` and change events.
 */
export class ReadinessTracker implements Readiness {
  readonly #clock: () => number;
  readonly #venue: string | undefined;
  readonly #onListenerError: (error: unknown) => void;
  readonly #components = new Map<string, ComponentRecord>();
  readonly #listeners = new Set<ReadinessListener>();
  /** Internal re-checks for pending `ready()` calls; separate from user listeners so those cannot break them. */
  readonly #waiters = new Set<() => void>();
  #readOnly: boolean;

  constructor(options: ReadinessTrackerOptions = {}) {
    this.#clock = options.clock ?? Date.now;
    this.#venue = options.venue;
    this.#readOnly = options.readOnly ?? false;
    this.#onListenerError =
      options.onListenerError ??
      ((error) =>
        queueMicrotask(() => {
          throw error;
        }));
    for (const component of options.components ?? []) this.register(component);
  }

  /** Registers a component as pending; registering again only applies the given options. */
  register(component: ReadinessComponent, options: RegisterOptions = {}): void {
    let record = this.#components.get(component);
    if (record === undefined) {
      const now = this.#clock();
      record = {
        name: component,
        explicitRequired: options.required,
        self: pendingEntry(now, options.reason ?? defaultComponentReason(component)),
        byParts: options.parts !== undefined,
        parts: new Map(),
        reportedState: "pending",
        reportedSince: now,
        lastError: undefined,
      };
      this.#components.set(component, record);
    } else {
      if (options.required !== undefined) record.explicitRequired = options.required;
      if (options.reason !== undefined && record.self.state !== "ready") record.self.reason = options.reason;
      if (options.parts !== undefined) record.byParts = true;
    }
    for (const part of options.parts ?? []) this.#ensurePart(record, part, undefined);
    this.#changed(record, undefined);
  }

  /** Removes a component (a venue stopped tracking it); pending waits re-evaluate. */
  unregister(component: ReadinessComponent): void {
    if (this.#components.delete(component)) this.#notifyWaiters();
  }

  /**
   * Adds a pending part (for example `orderBooks` for one market) unless it is already tracked; the
   * component is from then on tracked by parts.
   */
  registerPart(component: ReadinessComponent, part: string, reason?: string): void {
    const record = this.#record(component);
    if (record.parts.has(part)) return;
    record.byParts = true;
    this.#ensurePart(record, part, reason);
    this.#changed(record, part);
  }

  /** Stops tracking a part (for example after unsubscribing a market's book). */
  removePart(component: ReadinessComponent, part: string): void {
    const record = this.#record(component);
    if (record.parts.delete(part)) this.#changed(record, part);
  }

  /** Declares a component required or not; not-required components count as satisfied. */
  setRequired(component: ReadinessComponent, required: boolean): void {
    const record = this.#record(component);
    record.explicitRequired = required;
    this.#changed(record, undefined);
  }

  /** Read-only mode: account components stop being required (unless set explicitly per component). */
  setReadOnly(readOnly: boolean): void {
    this.#readOnly = readOnly;
    for (const record of this.#components.values()) {
      if (isAccountComponent(record.name)) this.#changed(record, undefined);
    }
  }

  /**
   * Marks a component, or one part of it, ready. Call it only on a venue confirmation (the
   * `evidence`): a snapshot, an acknowledged subscription or a REST response. Without a part, every
   * registered part is marked too. An unknown part is registered first.
   */
  markReady(component: ReadinessComponent, confirmation: ReadyConfirmation): void;
  markReady(component: ReadinessComponent, part: string, confirmation: ReadyConfirmation): void;
  markReady(
    component: ReadinessComponent,
    partOrConfirmation: string | ReadyConfirmation,
    maybeConfirmation?: ReadyConfirmation,
  ): void {
    const part = typeof partOrConfirmation === "string" ? partOrConfirmation : undefined;
    const confirmation = typeof partOrConfirmation === "string" ? maybeConfirmation : partOrConfirmation;
    if (confirmation === undefined || !isEvidence(confirmation.evidence)) {
      throw new PerpError(
        `markReady(${component}) needs { evidence: "snapshot" | "subscription-ack" | "rest-response" }`,
        this.#errorOptions(),
      );
    }
    const now = this.#clock();
    this.#mutate(component, part, (entry) => {
      const changed = entry.state !== "ready" || entry.evidence !== confirmation.evidence;
      if (entry.state !== "ready") entry.since = now;
      entry.state = "ready";
      entry.reason = undefined;
      entry.initialized = true;
      entry.evidence = confirmation.evidence;
      return changed;
    });
  }

  /**
   * Marks a component (or a part) not ready while its data is being resynchronized, for example
   * "account stream reconnecting (attempt 3)". A component that was ready becomes `stale` and stays
   * initialized; one that never was stays `pending` with the new reason.
   */
  markStale(component: ReadinessComponent, reason: string, part?: string): void {
    const now = this.#clock();
    const text = redactText(reason);
    this.#mutate(component, part, (entry) => {
      const state: ComponentState = entry.initialized ? "stale" : "pending";
      const changed = entry.state !== state || entry.reason !== text;
      if (entry.state !== state) entry.since = now;
      entry.state = state;
      entry.reason = text;
      return changed;
    });
  }

  /** Marks a component (or a part) failed with the error that caused it; `markReady` recovers it. */
  markFailed(component: ReadinessComponent, error: unknown, part?: string): void {
    const now = this.#clock();
    const text = redactText(errorText(error));
    this.#mutate(
      component,
      part,
      (entry) => {
        const changed = entry.state !== "failed" || entry.lastError !== text;
        if (entry.state !== "failed") entry.since = now;
        entry.state = "failed";
        entry.reason = text;
        entry.lastError = text;
        return changed;
      },
      text,
    );
  }

  status(): ReadinessStatus {
    const components: Record<string, ComponentStatus> = {};
    const missing: ReadinessComponent[] = [];
    for (const record of this.#components.values()) {
      const status = this.#componentStatus(record);
      components[record.name] = status;
      if (!status.satisfied) missing.push(record.name);
    }
    return { ready: missing.length === 0, missing, components, at: this.#clock() };
  }

  /** The status of one component, or undefined when it is not registered. */
  component(component: ReadinessComponent): ComponentStatus | undefined {
    const record = this.#components.get(component);
    return record === undefined ? undefined : this.#componentStatus(record);
  }

  /** Whether the named (default: all registered) components are satisfied; unknown names are not. */
  isReady(components?: readonly ReadinessComponent[]): boolean {
    const names = components ?? [...this.#components.keys()];
    return names.every((name) => {
      const record = this.#components.get(name);
      return record !== undefined && this.#componentStatus(record).satisfied;
    });
  }

  /**
   * Resolves once every named (default: every registered) component is ready or not required.
   * Rejects with NotReadyError after `timeoutMs`, listing each missing component with its state,
   * reason and last error; with AbortedError when `signal` aborts; with ValidationError for a
   * component that is not registered. Driven by change events: no polling, no timer left behind.
   */
  ready(options: ReadyOptions = {}): Promise<void> {
    const { signal, timeoutMs, failFast = false } = options;
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(this.#aborted(signal));
        return;
      }
      if (timeoutMs !== undefined && !(Number.isFinite(timeoutMs) && timeoutMs >= 0)) {
        reject(
          new ValidationError(
            `timeoutMs must be a finite number >= 0, got ${timeoutMs}`,
            this.#errorOptions(),
          ),
        );
        return;
      }
      const unknown = (options.components ?? []).filter((name) => !this.#components.has(name));
      if (unknown.length > 0) {
        const registered = [...this.#components.keys()].join(", ") || "none";
        reject(
          new ValidationError(
            `unknown readiness component(s): ${unknown.join(", ")}; registered: ${registered}`,
            {
              ...this.#errorOptions(),
              issues: unknown.map((name) => ({
                path: ["components"],
                message: `unknown component: ${name}`,
              })),
            },
          ),
        );
        return;
      }

      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = (outcome: () => void) => {
        this.#waiters.delete(check);
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        outcome();
      };
      const check = () => {
        const names = options.components ?? [...this.#components.keys()];
        const missing = this.#missing(names);
        if (missing.length === 0) {
          settle(resolve);
          return;
        }
        const failed = missing.filter((m) => m.state === "failed");
        if (failFast && failed.length > 0) {
          const list = failed.map(toNotReadyComponent);
          settle(() => reject(this.#notReady(`not ready: ${list.map(describeMissing).join(", ")}`, list)));
        }
      };
      const onAbort = () => settle(() => reject(this.#aborted(signal)));

      this.#waiters.add(check);
      signal?.addEventListener("abort", onAbort, { once: true });
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          const names = options.components ?? [...this.#components.keys()];
          const list = this.#missing(names).map(toNotReadyComponent);
          settle(() =>
            reject(
              this.#notReady(
                `not ready after ${timeoutMs} ms: ${list.map(describeMissing).join(", ")}`,
                list,
              ),
            ),
          );
        }, timeoutMs);
      }
      check();
    });
  }

  /** Subscribes to every change; returns the unsubscribe function. */
  on(event: "change", listener: ReadinessListener): () => void {
    if (event !== "change")
      throw new PerpError(`unknown readiness event "${String(event)}"`, this.#errorOptions());
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #record(component: ReadinessComponent): ComponentRecord {
    const record = this.#components.get(component);
    if (record === undefined) {
      throw new PerpError(`readiness component "${component}" is not registered`, this.#errorOptions());
    }
    return record;
  }

  #ensurePart(record: ComponentRecord, part: string, reason: string | undefined): Entry {
    let entry = record.parts.get(part);
    if (entry === undefined) {
      entry = pendingEntry(this.#clock(), reason ?? defaultPartReason(record.name, part));
      record.parts.set(part, entry);
    }
    return entry;
  }

  /** Applies `update` to one part, or to the component and every part; emits when anything changed. */
  #mutate(
    component: ReadinessComponent,
    part: string | undefined,
    update: (entry: Entry) => boolean,
    error?: string,
  ): void {
    const record = this.#record(component);
    let changed = false;
    if (part !== undefined) {
      const isNew = !record.parts.has(part);
      record.byParts = true;
      changed = update(this.#ensurePart(record, part, undefined)) || isNew;
    } else {
      changed = update(record.self);
      for (const entry of record.parts.values()) changed = update(entry) || changed;
    }
    if (error !== undefined) record.lastError = error;
    if (changed) this.#changed(record, part);
  }

  #changed(record: ComponentRecord, part: string | undefined): void {
    const state = derivedState(record);
    if (state !== record.reportedState) {
      record.reportedState = state;
      record.reportedSince = this.#clock();
    }
    this.#notifyWaiters();
    if (this.#listeners.size === 0) return;
    const change: ReadinessChange = {
      component: record.name,
      part,
      status: this.#componentStatus(record),
      ready: this.isReady(),
    };
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        this.#onListenerError(error);
      }
    }
  }

  #notifyWaiters(): void {
    for (const check of [...this.#waiters]) check();
  }

  #componentStatus(record: ComponentRecord): ComponentStatus {
    const required = record.explicitRequired ?? !(this.#readOnly && isAccountComponent(record.name));
    const parts: PartStatus[] = [...record.parts].map(([part, entry]) => ({ part, ...entry }));
    const state = record.reportedState;
    const byParts = record.byParts;
    const reason = state === "ready" ? undefined : byParts ? partsReason(parts) : record.self.reason;
    return {
      component: record.name,
      state,
      required,
      satisfied: state === "ready" || !required,
      since: record.reportedSince,
      reason,
      lastError: record.lastError,
      initialized: byParts ? parts.every((p) => p.initialized) : record.self.initialized,
      evidence: state === "ready" ? (byParts ? commonEvidence(parts) : record.self.evidence) : undefined,
      parts,
    };
  }

  #missing(names: readonly ReadinessComponent[]): ComponentStatus[] {
    const missing: ComponentStatus[] = [];
    for (const name of names) {
      const record = this.#components.get(name);
      // A component unregistered while awaited can never become ready: report it as missing.
      if (record === undefined) {
        missing.push(unregisteredStatus(name, this.#clock()));
        continue;
      }
      const status = this.#componentStatus(record);
      if (!status.satisfied) missing.push(status);
    }
    return missing;
  }

  #notReady(message: string, missing: ReturnType<typeof toNotReadyComponent>[]): NotReadyError {
    return new NotReadyError(message, { ...this.#errorOptions(), missing });
  }

  #aborted(signal: AbortSignal | undefined): AbortedError {
    return new AbortedError("waiting for readiness was aborted", {
      ...this.#errorOptions(),
      cause: signal?.reason,
    });
  }

  #errorOptions(): { venue?: string } {
    return this.#venue === undefined ? {} : { venue: this.#venue };
  }
}

function pendingEntry(now: number, reason: string): Entry {
  return {
    state: "pending",
    since: now,
    reason,
    lastError: undefined,
    initialized: false,
    evidence: undefined,
  };
}

function derivedState(record: ComponentRecord): ComponentState {
  if (!record.byParts) return record.self.state;
  let allReady = true;
  let anyStale = false;
  for (const entry of record.parts.values()) {
    if (entry.state === "failed") return "failed";
    if (entry.state !== "ready") allReady = false;
    if (entry.state === "stale") anyStale = true;
  }
  if (allReady) return "ready";
  return anyStale ? "stale" : "pending";
}

function commonEvidence(parts: readonly PartStatus[]): ReadinessEvidence | undefined {
  const first = parts[0]?.evidence;
  return parts.every((p) => p.evidence === first) ? first : undefined;
}

function unregisteredStatus(name: ReadinessComponent, now: number): ComponentStatus {
  return {
    component: name,
    state: "pending",
    required: true,
    satisfied: false,
    since: now,
    reason: "no longer registered",
    lastError: undefined,
    initialized: false,
    evidence: undefined,
    parts: [],
  };
}

function isAccountComponent(name: string): boolean {
  return (ACCOUNT_COMPONENTS as readonly string[]).includes(name);
}

function isEvidence(value: unknown): value is ReadinessEvidence {
  return value === "snapshot" || value === "subscription-ack" || value === "rest-response";
}

import type { ReadinessTracker } from "../readiness/index.js";

/** The readiness components that need an account, in the order adapters register them. */
export type AccountComponent = "balances" | "positions" | "openOrders" | "accountStream";

/** What each account component waits for, in the venue's words (shown while it is pending). */
export type AccountReadinessReasons = Readonly<Record<AccountComponent, string>>;

const ACCOUNT_COMPONENT_ORDER = [
  "balances",
  "positions",
  "openOrders",
  "accountStream",
] as const satisfies readonly AccountComponent[];

/** The pending reason of every account component when an adapter has no credentials. */
export const READ_ONLY_REASON = "read-only: no credentials were given";

export interface RegisterAccountComponentsOptions {
  /** Without credentials every account component names `readOnlyReason` instead. */
  readOnly: boolean;
  reasons: AccountReadinessReasons;
  /** Default "read-only: no credentials were given". */
  readOnlyReason?: string;
}

/**
 * Registers balances, positions, openOrders and accountStream as pending, each with the venue's
 * reason (or, read-only, with why it will never be ready); the tracker's own readOnly flag makes
 * them not required.
 */
export function registerAccountComponents(
  tracker: ReadinessTracker,
  options: RegisterAccountComponentsOptions,
): void {
  const readOnlyReason = options.readOnlyReason ?? READ_ONLY_REASON;
  for (const component of ACCOUNT_COMPONENT_ORDER) {
    tracker.register(component, { reason: options.readOnly ? readOnlyReason : options.reasons[component] });
  }
}

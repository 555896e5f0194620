import type { NotReadyComponent } from "../errors/index.js";
import type { ComponentStatus, PartStatus } from "./types.js";

/** How many not-ready parts a component reason names before summarizing the rest. */
const MAX_PARTS_NAMED = 5;

export function defaultComponentReason(component: string): string {
  switch (component) {
    case "markets":
      return "waiting for markets and trading rules";
    case "orderBooks":
      return "waiting for order book snapshots";
    case "funding":
      return "waiting for funding rates";
    case "balances":
      return "waiting for account balances snapshot";
    case "positions":
      return "waiting for positions snapshot";
    case "openOrders":
      return "waiting for open orders snapshot";
    case "accountStream":
      return "waiting for account stream subscription";
    default:
      return `waiting for ${component}`;
  }
}

export function defaultPartReason(component: string, part: string): string {
  return component === "orderBooks"
    ? `waiting for order book snapshot for ${part}`
    : `waiting for ${component} ${part}`;
}

/** The reason of a component tracked by parts: names the parts still missing and why. */
export function partsReason(parts: readonly PartStatus[]): string {
  const notReady = parts.filter((p) => p.state !== "ready");
  const named = notReady
    .slice(0, MAX_PARTS_NAMED)
    .map((p) => `${p.part} (${p.state}: ${p.reason ?? "no reason"})`);
  const rest = notReady.length - named.length;
  const list = rest > 0 ? `${named.join(", ")} and ${rest} more` : named.join(", ");
  return `${notReady.length} of ${parts.length} not ready: ${list}`;
}

export function toNotReadyComponent(status: ComponentStatus): NotReadyComponent {
  return {
    component: status.component,
    state: status.state,
    reason: status.reason,
    since: status.since,
    lastError: status.lastError,
  };
}

/** One component in a NotReadyError message: `balances (pending: waiting for account snapshot)`. */
export function describeMissing(missing: NotReadyComponent): string {
  const error =
    missing.lastError === undefined || missing.lastError === missing.reason
      ? ""
      : `; last error: ${missing.lastError}`;
  return `${missing.component} (${missing.state}: ${missing.reason ?? "no reason given"}${error})`;
}

/** Text of an error given to markFailed, without assuming it is an Error. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message === "" ? error.name : `${error.name}: ${error.message}`;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

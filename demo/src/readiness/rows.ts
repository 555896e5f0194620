import type { ComponentState, ReadinessStatus } from "@perp/core";
import type { VenueName } from "../venues/names.js";

/** One venue's component, as the readiness view shows it. */
export interface ReadinessRow {
  readonly venue: VenueName;
  readonly component: string;
  readonly state: ComponentState;
  /** Why it is not ready; undefined once ready. */
  readonly reason: string | undefined;
}

export function readinessRows(venue: VenueName, status: ReadinessStatus): ReadinessRow[] {
  return Object.values(status.components).map((component) => ({
    venue,
    component: component.component,
    state: component.state,
    reason: component.state === "ready" ? undefined : component.reason,
  }));
}

const COLORS: Readonly<Record<ComponentState, string>> = {
  ready: "\x1b[32m",
  pending: "\x1b[33m",
  stale: "\x1b[35m",
  failed: "\x1b[31m",
};
const RESET = "\x1b[0m";

/**
 * The live table: a header and one line per row, each cut to `width` so no line wraps (the
 * redraw moves the cursor up by the number of lines drawn). Colors only add zero-width codes.
 */
export function formatReadinessTable(
  rows: readonly ReadinessRow[],
  options: { width: number; color: boolean },
): string[] {
  const venueWidth = Math.max(5, ...rows.map((row) => row.venue.length));
  const componentWidth = Math.max(9, ...rows.map((row) => row.component.length));
  const stateWidth = 7;
  const cell = (venue: string, component: string, state: string) =>
    `${venue.padEnd(venueWidth)}  ${component.padEnd(componentWidth)}  ${state.padEnd(stateWidth)}  `;
  const header = cut(`${cell("venue", "component", "state")}reason`, options.width);
  const lines = rows.map((row) => {
    const text = cut(`${cell(row.venue, row.component, row.state)}${row.reason ?? ""}`, options.width);
    if (!options.color) return text;
    const at = venueWidth + 2 + componentWidth + 2;
    return `${text.slice(0, at)}${COLORS[row.state]}${text.slice(at, at + stateWidth)}${RESET}${text.slice(at + stateWidth)}`;
  });
  const ready = rows.filter((row) => row.state === "ready").length;
  return [header, ...lines, cut(`${ready} of ${rows.length} ready`, options.width)];
}

/** A readiness change as one line of text. */
export function formatReadinessLine(row: ReadinessRow): string {
  return `readiness ${row.component} ${row.state}${row.reason === undefined ? "" : `: ${row.reason}`}`;
}

function cut(text: string, width: number): string {
  const trimmed = text.trimEnd();
  return trimmed.length <= width ? trimmed : `${trimmed.slice(0, Math.max(0, width - 1)).trimEnd()}…`;
}

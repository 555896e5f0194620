import type { Readiness } from "@perp/core";
import type { Reporter } from "../output/reporter.js";
import type { VenueName } from "../venues/names.js";
import { formatReadinessLine, formatReadinessTable, type ReadinessRow, readinessRows } from "./rows.js";

/**
 * Shows the readiness of every venue as it changes: a live table redrawn in place on a terminal,
 * otherwise one line (or JSON object) per component change.
 */
export interface ReadinessView {
  watch(venue: VenueName, readiness: Readiness): void;
  /** Leaves the live table on screen as it is; from now on changes print as lines. */
  settle(): void;
  /** Stops watching every venue. */
  close(): void;
}

export function createReadinessView(reporter: Reporter): ReadinessView {
  const writer = reporter.writer;
  let live = writer.isTTY && !reporter.json;
  const rows = new Map<string, ReadinessRow>();
  const unsubscribes: (() => void)[] = [];
  let drawn = 0;

  const redraw = () => {
    const width = Math.max(20, (writer.columns ?? 100) - 1);
    const lines = formatReadinessTable([...rows.values()], { width, color: true });
    // Up to the table's first line, clear to the end of the screen, draw again.
    const rewind = drawn > 0 ? `\x1b[${drawn}A\r\x1b[J` : "";
    writer.write(`${rewind}${lines.join("\n")}\n`);
    drawn = lines.length;
  };

  /** Shows the rows that differ from what is shown: one redraw for all of them, or one line each. */
  const update = (changed: readonly ReadinessRow[]) => {
    const fresh = changed.filter((row) => {
      const previous = rows.get(`${row.venue}/${row.component}`);
      return previous === undefined || previous.state !== row.state || previous.reason !== row.reason;
    });
    if (fresh.length === 0) return;
    for (const row of fresh) rows.set(`${row.venue}/${row.component}`, row);
    if (live) {
      redraw();
      return;
    }
    for (const row of fresh) {
      reporter.step("readiness", row.venue, formatReadinessLine(row), {
        component: row.component,
        state: row.state,
        reason: row.reason ?? null,
      });
    }
  };

  return {
    watch(venue, readiness) {
      update(readinessRows(venue, readiness.status()));
      unsubscribes.push(
        readiness.on("change", (change) => {
          const status = change.status;
          update([
            {
              venue,
              component: status.component,
              state: status.state,
              reason: status.state === "ready" ? undefined : status.reason,
            },
          ]);
        }),
      );
    },
    settle() {
      live = false;
    },
    close() {
      for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
    },
  };
}

import type { ReadinessStatus } from "@perp/core";
import { describe, expect, it } from "vitest";
import { formatReadinessLine, formatReadinessTable, readinessRows } from "./rows.js";

const status = {
  ready: false,
  missing: ["orderBooks"],
  at: 0,
  components: {
    markets: { component: "markets", state: "ready", reason: undefined },
    orderBooks: { component: "orderBooks", state: "pending", reason: "waiting for the BTC-USD snapshot" },
  },
} as unknown as ReadinessStatus;

describe("readiness rows", () => {
  it("has one row per component, with a reason only while not ready", () => {
    expect(readinessRows("extended", status)).toEqual([
      { venue: "extended", component: "markets", state: "ready", reason: undefined },
      {
        venue: "extended",
        component: "orderBooks",
        state: "pending",
        reason: "waiting for the BTC-USD snapshot",
      },
    ]);
  });

  it("formats a table with a header and a count, every line cut to the width", () => {
    const rows = readinessRows("extended", status);
    expect(formatReadinessTable(rows, { width: 200, color: false })).toEqual([
      "venue     component   state    reason",
      "extended  markets     ready",
      "extended  orderBooks  pending  waiting for the BTC-USD snapshot",
      "1 of 2 ready",
    ]);
    const narrow = formatReadinessTable(rows, { width: 40, color: false });
    expect(narrow[2]).toBe("extended  orderBooks  pending  waiting…");
    expect(narrow.every((line) => line.length <= 40)).toBe(true);
  });

  it("colors only the state cell", () => {
    const [, , pending] = formatReadinessTable(readinessRows("vest", status), { width: 200, color: true });
    expect(pending).toBe("vest   orderBooks  \x1b[33mpending\x1b[0m  waiting for the BTC-USD snapshot");
  });

  it("formats one change as a line", () => {
    const [, row] = readinessRows("extended", status);
    expect(row && formatReadinessLine(row)).toBe(
      "readiness orderBooks pending: waiting for the BTC-USD snapshot",
    );
  });
});

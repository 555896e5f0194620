import { ReadinessTracker } from "@perp/core";
import { describe, expect, it } from "vitest";
import { MemoryWriter } from "../output/memory-writer.js";
import { createReporter } from "../output/reporter.js";
import { createReadinessView } from "./view.js";

function tracker() {
  const readiness = new ReadinessTracker({ venue: "vest" });
  readiness.register("markets", { reason: "waiting for markets" });
  readiness.register("accountStream", { reason: "waiting for the stream" });
  return readiness;
}

describe("readiness view", () => {
  it("without a terminal: one line per component change, repeats left out", () => {
    const writer = new MemoryWriter();
    const view = createReadinessView(createReporter(writer, { json: false, now: () => 0 }));
    const readiness = tracker();
    view.watch("vest", readiness);
    readiness.markReady("markets", { evidence: "rest-response" });
    readiness.markReady("markets", { evidence: "rest-response" });
    readiness.markReady("accountStream", { evidence: "snapshot" });
    readiness.markStale("accountStream", "socket closed");
    readiness.markReady("accountStream", { evidence: "snapshot" });
    view.close();
    readiness.markStale("markets", "after close");
    expect(writer.lines().map((line) => line.slice(19))).toEqual([
      "readiness markets pending: waiting for markets",
      "readiness accountStream pending: waiting for the stream",
      "readiness markets ready",
      "readiness accountStream ready",
      "readiness accountStream stale: socket closed",
      "readiness accountStream ready",
    ]);
  });

  it("with --json: one object per change", () => {
    const writer = new MemoryWriter();
    const view = createReadinessView(createReporter(writer, { json: true, now: () => 0 }));
    const readiness = tracker();
    view.watch("vest", readiness);
    readiness.markReady("markets", { evidence: "rest-response" });
    expect(writer.lines().map((line) => JSON.parse(line))).toContainEqual({
      step: "readiness",
      venue: "vest",
      t: 0,
      component: "markets",
      state: "ready",
      reason: null,
    });
  });

  it("on a terminal: redraws the table in place, then prints lines once settled", () => {
    const writer = new MemoryWriter({ isTTY: true, columns: 80 });
    const view = createReadinessView(createReporter(writer, { json: false, now: () => 0 }));
    const readiness = tracker();
    view.watch("vest", readiness);
    const first = writer.text;
    expect(first).toBe(
      "venue  component      state    reason\n" +
        "vest   markets        \x1b[33mpending\x1b[0m  waiting for markets\n" +
        "vest   accountStream  \x1b[33mpending\x1b[0m  waiting for the stream\n" +
        "0 of 2 ready\n",
    );
    readiness.markReady("markets", { evidence: "rest-response" });
    const redraw = writer.text.slice(first.length);
    expect(redraw.startsWith("\x1b[4A\r\x1b[J")).toBe(true);
    expect(redraw).toContain("1 of 2 ready\n");
    view.settle();
    readiness.markReady("accountStream", { evidence: "snapshot" });
    expect(writer.lines().at(-1)).toBe("  0.00s  vest      readiness accountStream ready");
    view.close();
  });
});

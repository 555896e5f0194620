import { describe, expect, it } from "vitest";
import { EventLog } from "./events.js";

const mark = (market: string) =>
  ({ type: "mark-price-changed", market, markPrice: "1", indexPrice: "1" }) as const;

describe("EventLog", () => {
  it("numbers events globally and per market, and keeps the most recent ones", () => {
    const log = new EventLog(() => 42, 3);
    for (let i = 0; i < 10; i += 1) log.emit(mark(i % 2 === 0 ? "A" : "B"));
    expect(log.since(0).map((e) => [e.seq, e.marketSeq, e.market])).toEqual([
      [8, 4, "B"],
      [9, 5, "A"],
      [10, 5, "B"],
    ]);
    expect(log.since(8).map((e) => e.seq)).toEqual([9, 10]);
    expect(log.since(10)).toEqual([]);
    expect(log.marketSeq("A")).toBe(5);
    expect(log.since(0)[0]?.time).toBe(42);
  });

  it("delivers only on flush, in order, across re-entrant emits", () => {
    const log = new EventLog(() => 0, 100);
    const seen: number[] = [];
    log.subscribe((event) => {
      seen.push(event.seq);
      if (event.seq === 1) {
        log.emit(mark("A"));
        log.flush();
      }
    });
    log.emit(mark("A"));
    log.emit(mark("A"));
    expect(seen).toEqual([]);
    log.flush();
    expect(seen).toEqual([1, 2, 3]);
  });
});

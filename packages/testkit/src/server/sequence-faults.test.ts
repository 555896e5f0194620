import { describe, expect, it } from "vitest";
import { SequenceFaults } from "./sequence-faults.js";

function run(faults: SequenceFaults<number>, from: number, to: number): number[] {
  const out: number[] = [];
  for (let seq = from; seq <= to; seq++) out.push(...faults.process(seq, BigInt(seq)));
  return out;
}

describe("SequenceFaults", () => {
  it("passes messages through when no rule is armed", () => {
    expect(run(new SequenceFaults<number>(), 1, 4)).toEqual([1, 2, 3, 4]);
  });

  it("skips the next N messages", () => {
    const faults = new SequenceFaults<number>();
    faults.arm("f1", "skip", 2, undefined);
    expect(run(faults, 1, 5)).toEqual([3, 4, 5]);
    expect(faults.active()).toEqual([]);
  });

  it("duplicates from a given sequence number on", () => {
    const faults = new SequenceFaults<number>();
    faults.arm("f1", "duplicate", 1, 3n);
    expect(run(faults, 1, 4)).toEqual([1, 2, 3, 3, 4]);
  });

  it("reorders by swapping each held message with the next one", () => {
    const faults = new SequenceFaults<number>();
    faults.arm("f1", "reorder", 2, undefined);
    expect(run(faults, 1, 5)).toEqual([2, 1, 4, 3, 5]);
  });

  it("applies rules first-in first-out", () => {
    const faults = new SequenceFaults<number>();
    faults.arm("f1", "skip", 1, undefined);
    faults.arm("f2", "duplicate", 1, undefined);
    expect(run(faults, 1, 3)).toEqual([2, 2, 3]);
  });

  it("compares sequence numbers beyond 2^53 exactly", () => {
    const faults = new SequenceFaults<string>();
    const big = 2n ** 60n;
    faults.arm("f1", "skip", 1, big + 1n);
    expect(faults.process("a", big)).toEqual(["a"]);
    expect(faults.process("b", big + 1n)).toEqual([]);
  });

  it("releases a held message when its rule is cleared", () => {
    const faults = new SequenceFaults<number>();
    faults.arm("f1", "reorder", 1, undefined);
    faults.arm("f2", "skip", 5, 100n);
    expect(faults.process(1, 1n)).toEqual([]);
    expect(faults.clear("f1")).toEqual({ cleared: 1, release: [1] });
    expect(faults.active().map((r) => r.id)).toEqual(["f2"]);
    expect(faults.clear()).toEqual({ cleared: 1, release: [] });
  });
});

import { describe, expect, it } from "vitest";
import { ManualClock } from "./clock.js";
import { SeededRandom } from "./prng.js";

describe("ManualClock", () => {
  it("runs interval callbacks at their due times while advancing", () => {
    const clock = new ManualClock(1000);
    const seen: [string, number][] = [];
    const stopA = clock.every(300, () => seen.push(["a", clock.now()]));
    clock.every(500, () => seen.push(["b", clock.now()]));
    clock.advance(1000);
    expect(seen).toEqual([
      ["a", 1300],
      ["b", 1500],
      ["a", 1600],
      ["a", 1900],
      ["b", 2000],
    ]);
    expect(clock.now()).toBe(2000);
    stopA();
    expect(clock.pendingTimers).toBe(1);
    clock.advance(300);
    expect(seen.at(-1)).toEqual(["b", 2000]);
  });
});

describe("SeededRandom", () => {
  it("replays the same sequence for the same seed and stays in range", () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const fromA = Array.from({ length: 200 }, () => a.nextInt(-3, 3));
    expect(Array.from({ length: 200 }, () => b.nextInt(-3, 3))).toEqual(fromA);
    expect(Array.from({ length: 200 }, () => c.nextInt(-3, 3))).not.toEqual(fromA);
    expect(fromA.every((value) => value >= -3 && value <= 3)).toBe(true);
    expect(new Set(fromA).size).toBe(7);
  });
});

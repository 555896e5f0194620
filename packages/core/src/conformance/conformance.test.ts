import { describe, expect, it } from "vitest";
import { conformanceEqual, diffExpected } from "./compare.js";
import { runConformance } from "./run.js";
import type { ConformanceFile } from "./types.js";

describe("conformanceEqual", () => {
  it("compares 0x hex as integers and other strings exactly", () => {
    expect(conformanceEqual("0x00ab", "0xab")).toBe(true);
    expect(conformanceEqual("0xAB", "0xab")).toBe(true);
    expect(conformanceEqual("0xab", "0xac")).toBe(false);
    expect(conformanceEqual("1.10", "1.1")).toBe(false);
    expect(conformanceEqual(12n, "12")).toBe(true);
    expect(conformanceEqual(["1", ["2"]], ["1", ["2"]])).toBe(true);
    expect(conformanceEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(conformanceEqual(null, null)).toBe(true);
  });

  it("names missing and differing fields", () => {
    expect(diffExpected({ a: "1" }, { a: "2", b: "3" })).toEqual([
      'a: expected "2", got "1"',
      "b: not produced",
    ]);
  });
});

describe("runConformance", () => {
  const file: ConformanceFile = {
    venue: "demo",
    format: 1,
    cases: [
      { id: "sum-ok", kind: "sum", input: { a: 1, b: 2 }, expected: { sum: 3 } },
      { id: "sum-bad", kind: "sum", input: { a: 1, b: 2 }, expected: { sum: 4 } },
      { id: "unknown-kind", kind: "product", input: {}, expected: {} },
      { id: "throws", kind: "boom", input: {}, expected: { x: 1 } },
    ],
  };
  const suite = {
    venue: "demo",
    handlers: {
      sum: (input: Record<string, unknown>) => ({ sum: (input.a as number) + (input.b as number) }),
      boom: () => {
        throw new Error("kaput");
      },
    },
  };

  it("passes, fails, and counts unsupported kinds and throws as failures", async () => {
    const results = await runConformance([{ name: "demo.json", content: file }], [suite]);
    expect(results.map((r) => [r.id, r.passed])).toEqual([
      ["sum-ok", true],
      ["sum-bad", false],
      ["unknown-kind", false],
      ["throws", false],
    ]);
    expect(results[2]?.failure).toContain("not supported");
    expect(results[3]?.failure).toContain("kaput");
  });

  it("fails every case of a venue without a suite", async () => {
    const results = await runConformance([{ name: "demo.json", content: file }], []);
    expect(results.every((r) => !r.passed)).toBe(true);
  });
});

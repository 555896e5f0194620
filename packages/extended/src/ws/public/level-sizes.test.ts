import { describe, expect, it } from "vitest";
import { LevelSizes } from "./level-sizes.js";

describe("LevelSizes", () => {
  it("uses c when present and adds q otherwise", () => {
    const sizes = new LevelSizes();
    expect(sizes.snapshotSize("bid", { p: "100.50", q: "2", c: undefined })).toBe("2");
    expect(sizes.deltaSize("bid", { p: "100.5", q: "1.25", c: undefined }, "absolute")).toBe("3.25");
    expect(sizes.deltaSize("bid", { p: "100.5", q: "-9", c: "0.5" }, "absolute")).toBe("0.5");
    expect(sizes.deltaSize("bid", { p: "100.5", q: "-0.5", c: "7" }, "additive")).toBe("0");
    expect(sizes.deltaSize("ask", { p: "101", q: "0.1", c: undefined }, "additive")).toBe("0.1");
  });

  it("refuses a change that would take a level below zero", () => {
    const sizes = new LevelSizes();
    sizes.snapshotSize("ask", { p: "101", q: "1", c: undefined });
    expect(() => sizes.deltaSize("ask", { p: "101", q: "-2", c: undefined }, "additive")).toThrow(
      /out of sync/,
    );
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { type ConformanceFile, runConformance } from "@perp/core";
import { describe, expect, it } from "vitest";
import { lighterConformance } from "../src/conformance.js";

describe("lighterConformance", () => {
  it("passes every vendored Lighter vector", async () => {
    const dir = new URL("./fixtures/", import.meta.url);
    const files = readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .map((name) => ({
        name,
        content: JSON.parse(readFileSync(new URL(name, dir), "utf8")) as ConformanceFile,
      }));
    const results = await runConformance(files, [lighterConformance]);
    expect(results.length).toBeGreaterThanOrEqual(121);
    expect(results.filter((r) => !r.passed)).toEqual([]);
  });
});

import { runConformance } from "@perp/core";
import { describe, expect, it } from "vitest";
import { extendedConformance } from "../conformance.js";
import { loadFixture } from "./fixtures.test-helper.js";

describe("extended known-answer vectors (copied fixtures)", () => {
  for (const name of ["primitives", "orders", "transfers", "onboarding"] as const) {
    it(`passes every case of ${name}.json`, async () => {
      const cases = loadFixture(name);
      expect(cases.length).toBeGreaterThan(0);
      const results = await runConformance(
        [{ name, content: { venue: "extended", format: 1, cases } }],
        [extendedConformance],
      );
      expect(results.filter((r) => !r.passed)).toEqual([]);
      expect(results).toHaveLength(cases.length);
    });
  }
});

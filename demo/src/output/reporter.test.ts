import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { DemoStepError } from "../steps/step-error.js";
import { MemoryWriter } from "./memory-writer.js";
import { createReporter } from "./reporter.js";

function clock(...times: number[]) {
  return () => times.shift() ?? 0;
}

describe("reporter", () => {
  it("prints human lines with the elapsed time and the venue, continuation lines indented", () => {
    const writer = new MemoryWriter();
    const reporter = createReporter(writer, { json: false, now: clock(1000, 2500, 3000) });
    reporter.step("quote", "vest", "BTC-PERP bid 1 ask 2", { bid: "1" });
    reporter.step("final", "extended", "final: no position\nbalance USD 1");
    expect(writer.lines()).toEqual([
      "  1.50s  vest      BTC-PERP bid 1 ask 2",
      "  2.00s  extended  final: no position",
      "                   balance USD 1",
    ]);
  });

  it("prints one JSON object per step, a summary and a failure", () => {
    const writer = new MemoryWriter();
    const reporter = createReporter(writer, { json: true, now: clock(1000, 1010, 1020, 1030) });
    reporter.step("quote", "vest", "ignored in JSON", { bid: "1" });
    reporter.summary("done", { venues: {} });
    reporter.failure(new DemoStepError("fill", "timed out", { venue: "lighter" }));
    expect(writer.lines().map((line) => JSON.parse(line))).toEqual([
      { step: "quote", venue: "vest", t: 10, bid: "1" },
      { step: "summary", ok: true, t: 20, venues: {} },
      {
        step: "error",
        ok: false,
        t: 30,
        message: "timed out",
        name: "DemoStepError",
        code: "PERP_ERROR",
        venue: "lighter",
        failedStep: "fill",
      },
    ]);
  });

  it("names the step and venue of a failure for people", () => {
    const writer = new MemoryWriter();
    const reporter = createReporter(writer, { json: false, now: clock(0, 0, 0) });
    reporter.failure(new DemoStepError("resync", "the account changed", { venue: "extended" }));
    reporter.failure(new ValidationError("--live needs VEST_API_KEY"));
    expect(writer.lines()).toEqual([
      "  0.00s  extended  FAILED (resync): the account changed",
      "  0.00s            FAILED: --live needs VEST_API_KEY",
    ]);
  });
});

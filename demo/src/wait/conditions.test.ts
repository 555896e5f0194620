import { describe, expect, it } from "vitest";
import { DemoStepError } from "../steps/step-error.js";
import { Conditions } from "./conditions.js";

const options = { step: "test", timeoutMs: 200 };

describe("Conditions", () => {
  it("resolves at once when the condition already holds", async () => {
    await expect(new Conditions().until("x", () => 1, options)).resolves.toBe(1);
  });

  it("resolves on the notify that makes the condition true", async () => {
    const conditions = new Conditions();
    let value: string | undefined;
    const waiting = conditions.until("a value", () => value, options);
    conditions.notify();
    value = "set";
    conditions.notify();
    await expect(waiting).resolves.toBe("set");
  });

  it("times out with a DemoStepError naming what it waited for", async () => {
    const waiting = new Conditions().until("the moon", () => undefined, { ...options, timeoutMs: 10 });
    await expect(waiting).rejects.toBeInstanceOf(DemoStepError);
    await expect(waiting).rejects.toThrow("timed out after 10 ms waiting for the moon");
  });

  it("rejects with the abort reason, and when the check throws", async () => {
    const controller = new AbortController();
    const conditions = new Conditions();
    const waiting = conditions.until("x", () => undefined, { ...options, signal: controller.signal });
    controller.abort(new Error("interrupted"));
    await expect(waiting).rejects.toThrow("interrupted");
    const failing = conditions.until(
      "y",
      () => {
        throw new Error("bad state");
      },
      options,
    );
    await expect(failing).rejects.toThrow("bad state");
  });
});

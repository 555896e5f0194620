import { describe, expect, it } from "vitest";
import { launchChromium } from "./chromium.js";

describe("launchChromium", () => {
  it("fails, naming the install script, when the browser binary is missing", async () => {
    await expect(launchChromium("/nonexistent/chromium")).rejects.toThrow(
      "/nonexistent/chromium is missing: run .ci/chromium.sh",
    );
  });
});

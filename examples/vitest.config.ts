import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "examples", include: ["run-examples.test.ts"], testTimeout: 60_000 },
});

import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@perp/source"] },
  ssr: { resolve: { conditions: ["@perp/source"] } },
  test: { name: "demo", include: ["src/**/*.test.ts"], testTimeout: 120_000 },
});

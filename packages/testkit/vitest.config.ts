import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@perp/source"] },
  ssr: { resolve: { conditions: ["@perp/source"] } },
  test: { name: "testkit", include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
});

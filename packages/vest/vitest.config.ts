import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { conditions: ["@perp/source"] },
  ssr: { resolve: { conditions: ["@perp/source"] } },
  test: { name: "vest", include: ["src/**/*.test.ts", "test/**/*.test.ts"] },
});

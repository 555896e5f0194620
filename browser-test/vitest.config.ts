import { defineProject } from "vitest/config";

// The Node side (simulator, assertions) runs the workspace sources; the page gets the built dist
// files through esbuild (test/bundle.ts), which does not read these conditions.
export default defineProject({
  resolve: { conditions: ["@perp/source"] },
  ssr: { resolve: { conditions: ["@perp/source"] } },
  test: {
    name: "browser",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "bin/perp-sim": "src/bin/perp-sim.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "node",
  treeshake: true,
});

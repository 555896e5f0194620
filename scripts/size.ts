/**
 * Size budgets per entry point. Each entry of size-budgets.json is bundled from the built ESM
 * output with its dependencies (what a browser app pays), minified and gzipped, and compared
 * with its limit. Exceeding any budget fails.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

interface Budget {
  name: string;
  /** Built ESM file, relative to the repository root. */
  path: string;
  /** Only these named exports are imported (tree-shaken); all exports when absent. */
  import?: string[];
  /** Limit on the minified + gzipped bundle, in bytes. */
  limitBytes: number;
}

const root = join(import.meta.dirname, "..");
const budgets = JSON.parse(readFileSync(join(root, "size-budgets.json"), "utf8")) as Budget[];
const report: { name: string; bytes: number; limitBytes: number; ok: boolean }[] = [];

for (const budget of budgets) {
  const target = join(root, budget.path);
  const contents = budget.import
    ? `export { ${budget.import.join(", ")} } from ${JSON.stringify(target)};`
    : `export * from ${JSON.stringify(target)};`;
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const bytes = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
  report.push({ name: budget.name, bytes, limitBytes: budget.limitBytes, ok: bytes <= budget.limitBytes });
}

const width = Math.max(...report.map((r) => r.name.length));
for (const r of report) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(
    `${r.ok ? "ok  " : "OVER"} ${r.name.padEnd(width)}  ${kb(r.bytes).padStart(9)} / ${kb(r.limitBytes)}`,
  );
}
if (report.some((r) => !r.ok)) {
  console.error("size budgets exceeded");
  process.exit(1);
}

/**
 * Package checks for every publishable package: publint (package.json and exports against the
 * packed files) and are-the-types-wrong (types resolve for ESM and CJS consumers). Run after build.
 * Node 10 resolution is not checked: every package requires Node >= 22, which reads `exports`.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const packagesDir = join(root, "packages");
const failures: string[] = [];

for (const dir of readdirSync(packagesDir).sort()) {
  const pkgDir = join(packagesDir, dir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as {
    name: string;
    private?: boolean;
  };
  if (pkg.private) continue;
  for (const [tool, args] of [
    ["publint", ["exec", "publint", "--strict"]],
    ["attw", ["exec", "attw", "--pack", ".", "--profile", "node16", "--format", "ascii"]],
  ] as const) {
    const run = spawnSync("pnpm", args, { cwd: pkgDir, encoding: "utf8" });
    const output = `${run.stdout}${run.stderr}`.trim();
    if (run.status === 0) {
      console.log(`ok   ${tool} ${pkg.name}`);
    } else {
      console.log(`FAIL ${tool} ${pkg.name}\n${output}`);
      failures.push(`${tool} ${pkg.name}`);
    }
  }
}

if (failures.length > 0) {
  console.error(`package checks failed: ${failures.join(", ")}`);
  process.exit(1);
}

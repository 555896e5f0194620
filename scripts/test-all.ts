/**
 * Every test in one run: vitest over all packages, then the known-answer vectors each venue
 * package ships in test/fixtures through the conformance runner. Ends with one closing line
 * "N passed, N failed" that counts both.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "perp-test-"));
const vitestReport = join(work, "vitest.json");

const vitest = spawnSync(
  "pnpm",
  [
    "exec",
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestReport}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: "inherit" },
);
let vitestPassed = 0;
let vitestFailed = vitest.status === 0 ? 0 : 1;
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numFailedTestSuites: number;
  };
  vitestPassed = report.numPassedTests;
  vitestFailed = Math.max(report.numFailedTests + report.numFailedTestSuites, vitest.status === 0 ? 0 : 1);
}

const vectorFiles = ["extended", "lighter", "vest"].flatMap((venue) => {
  const dir = join(root, "packages", venue, "test", "fixtures");
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => join(dir, f))
        .filter((f) => (JSON.parse(readFileSync(f, "utf8")) as { cases?: unknown }).cases !== undefined)
    : [];
});
let conformancePassed = 0;
let conformanceFailed = 0;
if (vectorFiles.length > 0) {
  const run = spawnSync("pnpm", ["-s", "conformance", ...vectorFiles], { cwd: root, encoding: "utf8" });
  process.stdout.write(
    run.stdout
      .split("\n")
      .filter((l) => l.startsWith("FAIL"))
      .join("\n"),
  );
  const closing = /(\d+) passed, (\d+) failed/.exec(run.stdout);
  conformancePassed = closing ? Number(closing[1]) : 0;
  conformanceFailed = closing ? Number(closing[2]) : 1;
  console.log(
    `\nconformance vectors: ${conformancePassed} passed, ${conformanceFailed} failed (${vectorFiles.length} files)`,
  );
}
rmSync(work, { recursive: true, force: true });

const passed = vitestPassed + conformancePassed;
const failed = vitestFailed + conformanceFailed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

/**
 * pnpm conformance <file...>: runs known-answer vector files against the venue signers and
 * prints "N passed, N failed". Exit code 1 on any failure.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { type ConformanceFile, runConformance } from "@perp/core";
import { extendedConformance } from "@perp/extended/conformance";
import { lighterConformance } from "@perp/lighter/conformance";
import { vestConformance } from "@perp/vest/conformance";

const paths = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");
if (paths.length === 0) {
  console.error("usage: pnpm conformance [--verbose] <vector-file.json...>");
  process.exit(2);
}

const files = await Promise.all(
  paths.map(async (path) => ({
    name: basename(path),
    content: JSON.parse(await readFile(path, "utf8")) as ConformanceFile,
  })),
);
const results = await runConformance(files, [extendedConformance, lighterConformance, vestConformance]);

for (const r of results) {
  if (!r.passed) console.log(`FAIL ${r.file} ${r.id} (${r.kind}): ${r.failure}`);
  else if (verbose) console.log(`ok   ${r.file} ${r.id} (${r.kind})`);
}
const passed = results.filter((r) => r.passed).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.length > 0 ? 0 : 1);

import { diffExpected } from "./compare.js";
import type { ConformanceFile, ConformanceResult, ConformanceSuite } from "./types.js";

/**
 * Runs every case of the given vector files against the suites, dispatching by the file's venue.
 * A case whose kind no handler supports is a failure, never a skip.
 */
export async function runConformance(
  files: { name: string; content: ConformanceFile }[],
  suites: readonly ConformanceSuite[],
): Promise<ConformanceResult[]> {
  const results: ConformanceResult[] = [];
  for (const { name, content } of files) {
    const suite = suites.find((s) => s.venue === content.venue);
    for (const testCase of content.cases) {
      const base = { file: name, id: testCase.id, kind: testCase.kind };
      const handler = suite?.handlers[testCase.kind];
      if (!suite) {
        results.push({
          ...base,
          passed: false,
          failure: `no conformance suite for venue "${content.venue}"`,
        });
        continue;
      }
      if (!handler) {
        results.push({ ...base, passed: false, failure: `kind "${testCase.kind}" is not supported` });
        continue;
      }
      try {
        const actual = await handler(testCase.input);
        const problems = diffExpected(actual, testCase.expected);
        results.push(
          problems.length === 0
            ? { ...base, passed: true }
            : { ...base, passed: false, failure: problems.join("; ") },
        );
      } catch (error) {
        results.push({
          ...base,
          passed: false,
          failure: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
        });
      }
    }
  }
  return results;
}

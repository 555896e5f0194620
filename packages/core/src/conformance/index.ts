export { conformanceEqual, diffExpected } from "./compare.js";
export { runConformance } from "./run.js";
export type {
  ConformanceCase,
  ConformanceFile,
  ConformanceHandler,
  ConformanceResult,
  ConformanceSuite,
} from "./types.js";

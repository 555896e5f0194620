/** One known-answer case, as stored in a vector file (see the vectors README). */
export interface ConformanceCase {
  id: string;
  kind: string;
  source?: string;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
}

export interface ConformanceFile {
  venue: string;
  format: number;
  description?: string;
  cases: ConformanceCase[];
}

/**
 * Computes a case's outputs from its input. It returns every field the case's `expected` pins,
 * in the file's encodings; the runner compares them.
 */
export type ConformanceHandler = (
  input: Record<string, unknown>,
) => Record<string, unknown> | Promise<Record<string, unknown>>;

/** A venue package's handlers, keyed by vector kind. */
export interface ConformanceSuite {
  venue: string;
  handlers: Readonly<Record<string, ConformanceHandler>>;
}

export interface ConformanceResult {
  file: string;
  id: string;
  kind: string;
  passed: boolean;
  /** Why it failed: unsupported kind, a thrown error, or the fields that differ. */
  failure?: string;
}

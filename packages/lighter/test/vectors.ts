/** Loads the vendored known-answer vector files (copied from the shared vectors, format 1). */
import { readFileSync } from "node:fs";

export interface VectorCase {
  id: string;
  kind: string;
  input: Record<string, unknown>;
  expected: Record<string, unknown>;
}

export type VectorFile = "attributes" | "auth" | "curve" | "field" | "l1" | "poseidon2" | "schnorr" | "tx";

export function loadVectors(file: VectorFile, kind?: string): VectorCase[] {
  const url = new URL(`./fixtures/${file}.json`, import.meta.url);
  const content = JSON.parse(readFileSync(url, "utf8")) as { cases: VectorCase[] };
  return kind === undefined ? content.cases : content.cases.filter((c) => c.kind === kind);
}

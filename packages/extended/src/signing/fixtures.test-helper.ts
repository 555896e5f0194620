import { readFileSync } from "node:fs";
import type { ConformanceCase, ConformanceFile } from "@perp/core";

/** Cases of a vector file copied into packages/extended/test/fixtures. */
export function loadFixture(name: "primitives" | "orders" | "transfers" | "onboarding"): ConformanceCase[] {
  const url = new URL(`../../test/fixtures/${name}.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as ConformanceFile).cases;
}

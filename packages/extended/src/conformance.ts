import type { ConformanceSuite } from "@perp/core";

/** Known-answer vector handlers for `pnpm conformance`, keyed by vector kind. */
export const extendedConformance: ConformanceSuite = {
  venue: "extended",
  handlers: {},
};

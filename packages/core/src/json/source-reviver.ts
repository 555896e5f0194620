import { convertNumber } from "./numbers.js";
import type { JsonValue, ParseJsonOptions } from "./types.js";

// The reviver's third argument (TC39 "JSON.parse source text access"); not in TypeScript's lib yet.
interface ReviverContext {
  source?: string;
}
type SourceReviver = (this: unknown, key: string, value: unknown, context?: ReviverContext) => unknown;
const parseWithReviver = JSON.parse as (text: string, reviver: SourceReviver) => unknown;

let supported: boolean | undefined;

/** Whether this runtime passes number literals' source text to JSON.parse revivers (Node >= 21). */
export function supportsJsonSourceText(): boolean {
  if (supported === undefined) {
    let seen: string | undefined;
    parseWithReviver("12345678901234567890", (_key, value, context) => {
      seen = context?.source;
      return value;
    });
    supported = seen === "12345678901234567890";
  }
  return supported;
}

/** JSON.parse with each number rebuilt from its source text; needs supportsJsonSourceText(). Throws SyntaxError. */
export function parseWithSourceText(text: string, options: ParseJsonOptions): JsonValue {
  return parseWithReviver(text, (_key, value, context) =>
    typeof value === "number" && context?.source !== undefined
      ? convertNumber(context.source, value, options)
      : value,
  ) as JsonValue;
}

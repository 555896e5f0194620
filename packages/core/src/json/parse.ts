import { ValidationError } from "../errors/errors.js";
import { parseJsonByHand } from "./hand-parser.js";
import { mayHoldLargeInteger } from "./numbers.js";
import { parseWithSourceText, supportsJsonSourceText } from "./source-reviver.js";
import type { JsonValue, ParseJsonOptions } from "./types.js";

/**
 * JSON.parse that never loses an integer: literals beyond Number's safe range come back as bigint
 * (or their exact text), and `numbersAsStrings` keeps every number as its source text. Text with
 * no run of 16+ digits goes straight to JSON.parse. Throws ValidationError on malformed JSON.
 */
export function parseJson(text: string, options: ParseJsonOptions = {}): JsonValue {
  if (typeof text !== "string") {
    throw new ValidationError(`parseJson expects a string, got ${text === null ? "null" : typeof text}`, {
      issues: [{ path: [], message: "expected a string" }],
    });
  }
  try {
    if (options.numbersAsStrings !== true && !mayHoldLargeInteger(text)) return JSON.parse(text) as JsonValue;
    return supportsJsonSourceText() ? parseWithSourceText(text, options) : parseJsonByHand(text, options);
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof RangeError) {
      throw new ValidationError(`Invalid JSON: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

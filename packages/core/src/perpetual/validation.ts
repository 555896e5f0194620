import * as z from "zod/mini";
import { isDecimalString, parseDecimal, signDecimal } from "../decimal/index.js";
import { ValidationError, type ValidationIssue } from "../errors/index.js";

/*
 * Building blocks for the request schemas. They use zod/mini (no locale bundle), so every
 * schema here carries its own message and `toValidationError` words the generic issues.
 */

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return `${typeof value} ${String(value)}`;
  }
  return Array.isArray(value) ? "array" : typeof value;
}

function decimalMessage(input: unknown): string {
  if (input === undefined) return "is required";
  if (typeof input === "number") {
    return `must be a decimal string such as "${String(input)}", not a number: floats lose precision`;
  }
  return `must be a decimal string such as "0.1", got ${describeValue(input)}`;
}

/** A decimal string greater than zero, normalized ("1.50" → "1.5"); numbers are refused. */
export function positiveDecimal() {
  return z.pipe(
    z.string({ error: (issue) => decimalMessage(issue.input) }).check(
      z.refine(isDecimalString, { error: (issue) => decimalMessage(issue.input), abort: true }),
      z.refine((value) => signDecimal(parseDecimal(value)) > 0, "must be greater than zero"),
    ),
    z.transform((value: string) => parseDecimal(value)),
  );
}

export function nonEmptyString(what: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? "is required" : `must be ${what}`) })
    .check(z.minLength(1, `must be ${what}`));
}

/** Client order ids: 1–64 printable ASCII characters without spaces; venues may narrow this further. */
export function clientOrderIdString() {
  return z
    .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
    .check(z.regex(/^[\x21-\x7e]{1,64}$/, "must be 1 to 64 printable ASCII characters without spaces"));
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const list = values.map((v) => JSON.stringify(v)).join(", ");
  return z.enum(values as unknown as [T[number], ...T[number][]], {
    error: (issue) => (issue.input === undefined ? "is required" : `must be one of ${list}`),
  });
}

export function flag() {
  return z.boolean({ error: "must be true or false" });
}

/** A millisecond timestamp or duration: a positive safe integer. */
export function positiveMillis() {
  return z
    .int({ error: "must be a whole number of milliseconds" })
    .check(z.positive("must be greater than zero"));
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.message !== "Invalid input" && issue.message !== "") return issue.message;
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`;
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return issue.code;
  }
}

/** Converts zod's issues into a ValidationError whose message lists every problem with its field. */
export function toValidationError(what: string, error: z.core.$ZodError): ValidationError {
  const issues: ValidationIssue[] = error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "number" ? key : String(key))),
    message: issueMessage(issue),
  }));
  const text = issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join(".")} ${issue.message}` : issue.message,
  );
  return new ValidationError(`invalid ${what}: ${text.join("; ")}`, { issues });
}

/** Parses with a schema and throws a ValidationError listing every issue. */
export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (!result.success) throw toValidationError(what, result.error);
  return result.data;
}

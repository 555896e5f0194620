import { ValidationError } from "@perp/core";
import type * as z from "zod/mini";

/** Parses with a zod schema, turning failures into one ValidationError that lists every issue. */
export function parseInput<T extends z.ZodMiniType>(schema: T, input: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
    message: issue.code === "unrecognized_keys" ? `unknown field(s) ${issue.keys.join(", ")}` : issue.message,
  }));
  const summary = issues.map((issue) => `${issue.path.join(".") || "(input)"}: ${issue.message}`).join("; ");
  throw new ValidationError(`Invalid ${what}: ${summary}`, { venue: "vest", issues });
}

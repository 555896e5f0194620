import { ValidationError, type ValidationIssue } from "@perp/core";
import type * as z from "zod/mini";

function issuesOf(error: z.core.$ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
    message: issue.code === "unrecognized_keys" ? `unknown field(s) ${issue.keys.join(", ")}` : issue.message,
  }));
}

function summary(issues: ValidationIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => `${issue.path.join(".") || "(input)"}: ${issue.message}`);
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : "";
  return shown.join("; ") + more;
}

/** Validates caller input; throws one ValidationError listing every issue, before anything is sent. */
export function parseParams<T extends z.ZodMiniType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  throw new ValidationError(`Invalid ${what}: ${summary(issues)}`, { venue: "vest", issues });
}

/** Validates a venue response; a mismatch is a ValidationError tagged with the endpoint and stage "response". */
export function parseResponse<T extends z.ZodMiniType>(
  schema: T,
  data: unknown,
  endpoint: string,
): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  throw new ValidationError(`${endpoint} returned an unexpected response shape: ${summary(issues)}`, {
    venue: "vest",
    issues,
    details: { endpoint, stage: "response" },
  });
}

import { type HttpMethod, type Query, ValidationError, type ValidationIssue } from "@perp/core";
import type * as z from "zod";
import { envelope, looksLikeEnvelope, type Pagination } from "../schemas/envelope.js";
import type { ExtendedRestContext, RequestOptions } from "./context.js";

function issuesOf(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }));
}

function describeIssues(issues: ValidationIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? i.path.join(".") : "(root)"}: ${i.message}`)
    .join("; ");
}

/** Validates an action's parameters; a ValidationError (nothing is sent) on bad input. */
export function validateParams<S extends z.ZodType>(schema: S, params: unknown, action: string): z.output<S> {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  const issues = issuesOf(result.error);
  throw new ValidationError(`Invalid ${action} parameters: ${describeIssues(issues)}`, {
    venue: "extended",
    issues,
    details: { action, stage: "request" },
  });
}

export interface ApiCall<S extends z.ZodType> {
  /** Action name, for messages. */
  action: string;
  method: HttpMethod;
  path: string;
  query?: Query;
  json?: unknown;
  headers?: Record<string, string>;
  /** Needs the API key (X-Api-Key). */
  private: boolean;
  /** Schema of `data` (or of the whole body when the endpoint answers without an envelope). */
  schema: S;
  /** Use the onboarding host instead of the REST base. */
  onboarding?: boolean;
}

export interface ApiResult<T> {
  data: T;
  pagination: Pagination | undefined;
  status: number;
}

/**
 * Sends one request and returns its typed `data`. Errors in the envelope were already raised by
 * the transport's mapError; here the envelope is unwrapped (bodies without one, documented for the
 * bridge endpoints, are taken as the data) and the data is parsed with the action's schema.
 */
export async function callApi<S extends z.ZodType>(
  context: ExtendedRestContext,
  call: ApiCall<S>,
  options: RequestOptions = {},
): Promise<ApiResult<z.output<S>>> {
  if (call.private && !context.hasApiKey) {
    throw new ValidationError(`${call.action} is a private endpoint: configure the client with an apiKey`, {
      venue: "extended",
      issues: [{ path: ["apiKey"], message: "required for private endpoints" }],
      details: { action: call.action, stage: "request" },
    });
  }
  const transport = call.onboarding === true ? context.onboardingTransport : context.transport;
  const response = await transport.send({
    method: call.method,
    path: call.path,
    ...(call.query !== undefined ? { query: call.query } : {}),
    ...(call.json !== undefined ? { json: call.json } : {}),
    ...(call.headers !== undefined ? { headers: call.headers } : {}),
    auth: call.private,
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  let data: unknown = response.data;
  let pagination: Pagination | undefined;
  if (looksLikeEnvelope(data)) {
    const wrapped = envelope.safeParse(data);
    if (!wrapped.success) throw responseError(call, issuesOf(wrapped.error), response.status);
    data = wrapped.data.data;
    pagination = wrapped.data.pagination;
  }
  const parsed = call.schema.safeParse(data);
  if (!parsed.success) throw responseError(call, issuesOf(parsed.error), response.status);
  return { data: parsed.data, pagination, status: response.status };
}

function responseError(call: ApiCall<z.ZodType>, issues: ValidationIssue[], status: number): ValidationError {
  return new ValidationError(
    `Extended ${call.method} ${call.path} returned an unexpected response: ${describeIssues(issues)}`,
    { venue: "extended", issues, details: { action: call.action, status, stage: "response" } },
  );
}

/** Encodes a path segment (market names, external ids are caller input). */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

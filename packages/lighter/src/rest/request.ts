/**
 * What every endpoint action shares: the context it runs against, its per-call options, parameter
 * validation (ValidationError before anything is sent) and response parsing against its schema.
 */
import { type HttpMethod, type HttpTransport, type Query, ValidationError } from "@perp/core";
import * as z from "zod/mini";

/** Where auth tokens go: the `Authorization` header (no "Bearer ") or the `auth` query parameter. */
export type LighterAuthPlacement = "header" | "query";

/** The part of a client an action needs: the configured transport and where tokens go. */
export interface LighterRestContext {
  readonly transport: HttpTransport;
  readonly authPlacement?: LighterAuthPlacement;
}

export interface LighterCallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /**
   * Auth token for this call only (no "Bearer " prefix), instead of the client's token provider.
   * Sent the way the client is configured to send tokens (header by default).
   */
  authToken?: string;
}

/** Request weights from the venue's rate-limit table (everything unlisted weighs 300). */
export const WEIGHT = {
  default: 300,
  sendTx: 6,
  nextNonce: 6,
  txFromL1TxHash: 50,
  publicPools: 50,
  accountInactiveOrders: 100,
  apikeys: 150,
  transferFeeInfo: 500,
  trades: 600,
  changeAccountTier: 3000,
  tokens: 3000,
  tokensCreate: 23000,
} as const;

/** Validates action parameters; the error lists every issue with its path. */
export function parseParams<S extends z.core.$ZodType>(
  schema: S,
  params: unknown,
  action: string,
): z.output<S> {
  const result = z.safeParse(schema, params ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }));
  const summary = issues.map((i) => `${i.path.join(".") || "params"}: ${i.message}`).join("; ");
  throw new ValidationError(`${action}: invalid parameters (${summary})`, { venue: "lighter", issues });
}

/** Checks a response against its schema; a mismatch is a ValidationError at the "response" stage. */
export function parseResponse<S extends z.core.$ZodType>(
  schema: S,
  data: unknown,
  action: string,
): z.output<S> {
  const result = z.safeParse(schema, data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }));
  const summary = issues
    .slice(0, 5)
    .map((i) => `${i.path.join(".")}: ${i.message}`)
    .join("; ");
  throw new ValidationError(`${action}: unexpected response shape (${summary})`, {
    venue: "lighter",
    issues,
    details: { stage: "response" },
  });
}

interface Call<S extends z.core.$ZodType> {
  action: string;
  method: HttpMethod;
  path: string;
  query?: Query;
  form?: Record<string, string | number | bigint | boolean | undefined>;
  schema: S;
  auth?: boolean;
  weight?: number;
}

/** Sends one request and parses the answer; failures were mapped to core errors by the transport. */
export async function call<S extends z.core.$ZodType>(
  client: LighterRestContext,
  request: Call<S>,
  options: LighterCallOptions = {},
): Promise<z.output<S>> {
  const headers: Record<string, string> = {};
  let body: string | undefined;
  if (request.form !== undefined) {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(request.form)) {
      if (value !== undefined) form.append(key, String(value));
    }
    body = form.toString();
    headers["content-type"] = "application/x-www-form-urlencoded";
  }
  let query = request.query;
  if (options.authToken !== undefined) {
    if (client.authPlacement === "query") query = { ...query, auth: options.authToken };
    else headers.authorization = options.authToken;
  }
  const data = await client.transport.request({
    method: request.method,
    path: request.path,
    ...(query === undefined ? {} : { query }),
    ...(body === undefined ? {} : { body }),
    headers,
    auth: request.auth === true || options.authToken !== undefined,
    weight: request.weight ?? WEIGHT.default,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  return parseResponse(request.schema, data, request.action);
}

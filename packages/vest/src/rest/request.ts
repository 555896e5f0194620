import { type HttpMethod, type Query, ValidationError } from "@perp/core";
import type * as z from "zod/mini";
import { parseResponse } from "../schemas/parse.js";
import type { VestCallOptions, VestRestContext } from "./context.js";

export interface VestCall<S extends z.ZodMiniType> {
  method: HttpMethod;
  path: string;
  query?: Query;
  json?: unknown;
  /** Sends `X-API-KEY` (through the client's auth hook). */
  private?: boolean;
  /** Lets the transport retry a non-GET (only for calls that are safe to repeat). */
  idempotent?: boolean;
  schema: S;
}

/** Sends one call with routing headers and credentials, then checks the body against its schema. */
export async function vestRequest<S extends z.ZodMiniType>(
  context: VestRestContext,
  call: VestCall<S>,
  options: VestCallOptions = {},
): Promise<z.output<S>> {
  const endpoint = `${call.method} /${call.path.replace(/^\/+/, "")}`;
  if (call.private === true && !context.hasApiKey) {
    throw new ValidationError(`${endpoint} is private: configure an apiKey (from POST /register) first`, {
      venue: "vest",
      issues: [{ path: ["apiKey"], message: "required for private endpoints" }],
    });
  }
  const data = await context.transport.request({
    method: call.method,
    path: call.path,
    headers: { ...context.routingHeaders() },
    auth: call.private === true,
    ...(call.query === undefined ? {} : { query: call.query }),
    ...(call.json === undefined ? {} : { json: call.json }),
    ...(call.idempotent === undefined ? {} : { idempotent: call.idempotent }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  return parseResponse(call.schema, data, endpoint);
}

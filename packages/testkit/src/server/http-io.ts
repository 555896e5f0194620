import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { PerpError } from "@perp/core";
import type { SimHttpResponse } from "./protocol.js";

export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Lower-cased header names; repeated headers joined the way HTTP folds them. */
export function headerRecord(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

export async function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new PerpError(`request body larger than ${limit} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * CORS for every response so browser builds of the SDK can call the simulator: the caller's origin is
 * echoed (credentials allowed), requested headers are allowed, and Chrome's private-network preflight
 * for loopback is accepted.
 */
export function corsHeaders(request: IncomingMessage): Record<string, string> {
  const origin = request.headers.origin;
  const headers: Record<string, string> = {
    "access-control-allow-origin": origin ?? "*",
    "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
    vary: "Origin",
  };
  if (origin !== undefined) headers["access-control-allow-credentials"] = "true";
  return headers;
}

export function preflightHeaders(request: IncomingMessage): Record<string, string> {
  const headers = corsHeaders(request);
  const requested = request.headers["access-control-request-headers"];
  headers["access-control-allow-headers"] =
    typeof requested === "string" && requested !== "" ? requested : "*";
  headers["access-control-max-age"] = "600";
  if (request.headers["access-control-request-private-network"] === "true") {
    headers["access-control-allow-private-network"] = "true";
  }
  return headers;
}

/** Write a response with CORS headers; every header the response sets is exposed to browser scripts. */
export function writeResponse(
  request: IncomingMessage,
  response: ServerResponse,
  answer: SimHttpResponse,
  cors: Record<string, string> = corsHeaders(request),
): void {
  if (response.headersSent || response.destroyed) return;
  const headers: Record<string, string> = { ...cors };
  for (const [name, value] of Object.entries(answer.headers ?? {})) headers[name.toLowerCase()] = value;
  const exposed = Object.keys(answer.headers ?? {}).map((name) => name.toLowerCase());
  if (exposed.length > 0) headers["access-control-expose-headers"] = [...new Set(exposed)].join(", ");
  const body = answer.body ?? "";
  headers["content-length"] = String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength);
  response.writeHead(answer.status, headers);
  response.end(body);
}

/** A JSON response; the usual shape for protocol layers. */
export function jsonResponse(
  status: number,
  value: unknown,
  headers: Readonly<Record<string, string>> = {},
): SimHttpResponse {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(value) };
}

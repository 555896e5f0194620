import { ValidationError } from "@perp/core";
import * as z from "zod";

/**
 * Fault descriptions accepted from tests (typed objects) and from the admin endpoint / CLI (JSON).
 * Both paths go through the same schema, so a bad count or pattern is refused the same way.
 *
 * Scope: faults marked "connection" may target one connection or a whole venue; the others only a venue.
 * Counted faults (`count`) are consumed and then disappear; modes (halfOpen, delay) last until cleared.
 */

/** How a malformed frame is produced from the message it replaces. */
export type MalformedVariant =
  /** The first half of the serialized message, as a text frame (invalid JSON). */
  | "truncated"
  /** Seeded printable garbage that is not JSON, as a text frame. */
  | "garbage"
  /** The serialized message as a binary frame where text was expected. */
  | "binary"
  /** A text frame whose bytes are not UTF-8 (conforming clients close with 1007). */
  | "invalid-utf8";

export type SequenceAction = "skip" | "duplicate" | "reorder";

/** A request count; "unlimited" keeps the fault until it is cleared. */
export type FaultCount = number | "unlimited";

/** connection: close the socket now, abruptly (terminate, client sees 1006) or with a close frame. */
export interface DropFault {
  kind: "drop";
  mode?: "terminate" | "close";
  /** Close code for mode "close" (default 1001). */
  code?: number;
  reason?: string;
}

/** connection: stop answering pings, stop sending and ignore inbound frames until cleared. */
export interface HalfOpenFault {
  kind: "halfOpen";
}

/**
 * connection: act on the next `count` messages sent through `sendSequenced` (from `fromSeq` on, when given):
 * skip drops a message, duplicate sends it twice, reorder holds it and sends it after the next one (a swap).
 */
export interface SequenceFault {
  kind: "sequence";
  action: SequenceAction;
  count?: number;
  fromSeq?: number | bigint | string;
}

/** connection: delay every outbound frame by `ms` (+ seeded jitter up to `jitterMs`), keeping order, until cleared. */
export interface DelayFault {
  kind: "delay";
  ms: number;
  jitterMs?: number;
}

/** connection: replace the next `count` outbound frames with malformed ones. */
export interface MalformedFault {
  kind: "malformed";
  count?: number;
  variant?: MalformedVariant;
}

/** connection: emit the venue's `sessionExpired` event (the protocol layer decides what expires). */
export interface ExpireSessionFault {
  kind: "expireSession";
  session?: string;
}

/** Which REST requests a fault matches: a path pattern (RegExp, or its source as a string) and a method. */
export interface RequestMatch {
  path?: string | RegExp;
  method?: string;
}

/** venue: answer matching requests with 429 and Retry-After. */
export interface RateLimitFault extends RequestMatch {
  kind: "rateLimit";
  count?: FaultCount;
  retryAfterSeconds?: number;
}

/** venue: answer matching requests with a 5xx (default 503). */
export interface ServerErrorFault extends RequestMatch {
  kind: "serverError";
  status?: number;
  count?: FaultCount;
}

/** venue: hold matching requests for `ms` before handling them normally. */
export interface SlowFault extends RequestMatch {
  kind: "slow";
  ms: number;
  count?: FaultCount;
}

/** venue: close everything and come back on the same port after `downMs`. */
export interface RestartFault {
  kind: "restart";
  downMs?: number;
  mode?: "terminate" | "close";
}

export type ConnectionFault =
  | DropFault
  | HalfOpenFault
  | SequenceFault
  | DelayFault
  | MalformedFault
  | ExpireSessionFault;
export type VenueOnlyFault = RateLimitFault | ServerErrorFault | SlowFault | RestartFault;
export type Fault = ConnectionFault | VenueOnlyFault;

export interface FaultRequest {
  venue: string;
  /** A connection id (e.g. "vest-3") to scope a connection fault to one socket. */
  connection?: string;
  fault: Fault;
}

/** What applying a fault returned. */
export interface AppliedFault {
  /** Id to clear the fault with; actions (drop, expireSession, restart) get one too, for the log. */
  readonly id: string;
  readonly kind: Fault["kind"];
  readonly venue: string;
  readonly connection: string | undefined;
  /** Connections the fault was armed on or applied to. */
  readonly affected: readonly string[];
  /** Remove the fault if it is still active (no-op for actions and consumed faults). */
  clear(): void;
}

/** A fault still installed, in JSON-safe form (patterns as source strings, sequence numbers as strings). */
export interface ActiveFault {
  readonly id: string;
  readonly venue: string;
  readonly connection: string | undefined;
  readonly kind: Fault["kind"];
  /** Uses left for counted faults; "unlimited" for modes and unlimited REST faults. */
  readonly remaining: number | "unlimited";
  readonly spec: Readonly<Record<string, unknown>>;
}

const MAX_MS = 600_000;
const count = z.number().int().min(1).max(1_000_000);
const restCount = z.union([count, z.literal("unlimited")]).default(1);
const ms = z.number().int().min(0).max(MAX_MS);
const closeCode = z.number().int().min(1000).max(4999);

const pathPattern = z
  .union([z.string().min(1), z.instanceof(RegExp)])
  .optional()
  .transform((pattern, ctx): RegExp | undefined => {
    if (pattern === undefined || pattern instanceof RegExp) return pattern;
    try {
      return new RegExp(pattern);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `not a regular expression: ${(error as Error).message}` });
      return z.NEVER;
    }
  });
const method = z
  .string()
  .regex(/^[A-Za-z]+$/)
  .transform((m) => m.toUpperCase())
  .optional();

const connectionFaultSchemas = [
  z.strictObject({
    kind: z.literal("drop"),
    mode: z.enum(["terminate", "close"]).default("terminate"),
    code: closeCode.default(1001),
    reason: z.string().max(120).default("dropped by simulator"),
  }),
  z.strictObject({ kind: z.literal("halfOpen") }),
  z.strictObject({
    kind: z.literal("sequence"),
    action: z.enum(["skip", "duplicate", "reorder"]),
    count: count.default(1),
    fromSeq: z
      .union([z.number().int().min(0), z.bigint().min(0n), z.string().regex(/^\d+$/)])
      .transform((v) => BigInt(v))
      .optional(),
  }),
  z.strictObject({ kind: z.literal("delay"), ms, jitterMs: ms.default(0) }),
  z.strictObject({
    kind: z.literal("malformed"),
    count: count.default(1),
    variant: z.enum(["truncated", "garbage", "binary", "invalid-utf8"]).default("truncated"),
  }),
  z.strictObject({ kind: z.literal("expireSession"), session: z.string().min(1).optional() }),
] as const;

const venueOnlyFaultSchemas = [
  z.strictObject({
    kind: z.literal("rateLimit"),
    count: restCount,
    retryAfterSeconds: z.number().int().min(0).max(86_400).default(1),
    path: pathPattern,
    method,
  }),
  z.strictObject({
    kind: z.literal("serverError"),
    status: z.number().int().min(500).max(599).default(503),
    count: restCount,
    path: pathPattern,
    method,
  }),
  z.strictObject({ kind: z.literal("slow"), ms, count: restCount, path: pathPattern, method }),
  z.strictObject({
    kind: z.literal("restart"),
    downMs: ms.default(0),
    mode: z.enum(["terminate", "close"]).default("terminate"),
  }),
] as const;

const connectionFaultSchema = z.discriminatedUnion("kind", [...connectionFaultSchemas]);
const faultSchema = z.discriminatedUnion("kind", [...connectionFaultSchemas, ...venueOnlyFaultSchemas]);
/** The JSON shape of a fault request (admin endpoint body, CLI --fault). */
export const faultRequestSchema = z.strictObject({
  venue: z.string().min(1),
  connection: z.string().min(1).optional(),
  fault: faultSchema,
});

/** A fault with every default filled in and patterns compiled. */
export type NormalizedFault = z.output<typeof faultSchema>;
export type NormalizedConnectionFault = z.output<typeof connectionFaultSchema>;
export type NormalizedRestFault = Extract<NormalizedFault, { kind: "rateLimit" | "serverError" | "slow" }>;
export interface NormalizedFaultRequest {
  venue: string;
  connection: string | undefined;
  fault: NormalizedFault;
}

const CONNECTION_KINDS: ReadonlySet<string> = new Set(connectionFaultSchemas.map((s) => s.shape.kind.value));

export function isConnectionFault(fault: NormalizedFault): fault is NormalizedConnectionFault {
  return CONNECTION_KINDS.has(fault.kind);
}

/** Validate a fault request from a test, the admin endpoint or the CLI; throws ValidationError. */
export function parseFaultRequest(input: unknown): NormalizedFaultRequest {
  const parsed = faultRequestSchema.safeParse(input);
  if (!parsed.success) throw toValidationError("invalid fault request", parsed.error);
  const { venue, connection, fault } = parsed.data;
  if (connection !== undefined && !isConnectionFault(fault)) {
    throw new ValidationError(`fault "${fault.kind}" applies to a venue, not to one connection`, {
      issues: [{ path: ["connection"], message: "remove the connection for this fault kind" }],
    });
  }
  return { venue, connection, fault };
}

/** Validate a fault a protocol or test applies directly to one connection. */
export function parseConnectionFault(input: unknown): NormalizedConnectionFault {
  const parsed = connectionFaultSchema.safeParse(input);
  if (!parsed.success) throw toValidationError("invalid connection fault", parsed.error);
  return parsed.data;
}

/** JSON-safe copy of a normalized fault for status listings. */
export function describeFault(fault: NormalizedFault): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fault)) {
    if (value === undefined) continue;
    if (value instanceof RegExp) out[key] = value.source;
    else if (typeof value === "bigint") out[key] = value.toString();
    else out[key] = value;
  }
  return out;
}

function toValidationError(prefix: string, error: z.ZodError): ValidationError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== "symbol"),
    message: issue.message,
  }));
  const summary = issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
  return new ValidationError(`${prefix}: ${summary}`, { issues });
}

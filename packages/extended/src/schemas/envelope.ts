import * as z from "zod";
import { optionalIntegerId, optionalSafeInteger } from "./primitives.js";

/** The `error` member of an Extended envelope. The code is usually numeric (1140), sometimes text ("NOT_FOUND"). */
export const envelopeError = z.object({
  code: z
    .union([z.string(), z.number(), z.bigint()])
    .transform((c) =>
      typeof c === "string" && /^\d+$/.test(c) ? Number(c) : typeof c === "bigint" ? Number(c) : c,
    ),
  message: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
  debugInfo: z
    .string()
    .nullish()
    .transform((v) => v ?? undefined),
});
export type EnvelopeError = z.output<typeof envelopeError>;

/** `pagination` of list responses; the cursor is an id and can exceed 2^53. */
export const pagination = z.object({ cursor: optionalIntegerId, count: optionalSafeInteger });
export type Pagination = z.output<typeof pagination>;

/** `{status, data, error, pagination}`; status compared case-insensitively ("OK" live, "ok" in the docs schema). */
export const envelope = z.object({
  status: z.string().transform((s) => s.toUpperCase()),
  data: z.unknown().optional(),
  error: envelopeError.nullish().transform((v) => v ?? undefined),
  pagination: pagination.nullish().transform((v) => v ?? undefined),
});
export type Envelope = z.output<typeof envelope>;

/** True for values shaped like an envelope (an object with a string `status`). */
export function looksLikeEnvelope(value: unknown): value is { status: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { status?: unknown }).status === "string"
  );
}

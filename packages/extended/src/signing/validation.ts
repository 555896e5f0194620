import { ValidationError } from "@perp/core";
import * as z from "zod";
import { CURVE_ORDER, FIELD_PRIME } from "./crypto/constants.js";
import { DECIMAL_PATTERN } from "./settlement/decimal.js";

/** Zod schemas shared by the signing inputs, and the bridge from zod issues to ValidationError. */

const HEX_FELT = /^0x[0-9a-fA-F]{1,64}$/;
const DECIMAL_INTEGER = /^(0|[1-9][0-9]*)$/;

const feltValue = (text: string): bigint | undefined =>
  HEX_FELT.test(text) || DECIMAL_INTEGER.test(text) ? BigInt(text) : undefined;

/** A felt as 0x hex or decimal text, below P. */
export const feltSchema = z.string().refine((v) => {
  const value = feltValue(v);
  return value !== undefined && value < FIELD_PRIME;
}, "expected a field element (0x hex or decimal, below the Stark prime)");

/** A non-negative decimal string ("0.001", "43445.1168"). */
export const decimalSchema = z.string().regex(DECIMAL_PATTERN, "expected a non-negative decimal string");

export const positiveDecimalSchema = decimalSchema.refine(
  (v) => /[1-9]/.test(v),
  "must be greater than zero",
);

/** Extended's vault / position ids are u32 in the signed structs. */
export const positionIdSchema = z.union([z.number(), z.string().regex(DECIMAL_INTEGER)]).refine((v) => {
  const n = typeof v === "number" ? (Number.isSafeInteger(v) ? BigInt(v) : -1n) : BigInt(v);
  return n >= 0n && n <= 0xffffffffn;
}, "position ids are unsigned 32-bit integers");

/** Documented nonce range: 1 ≤ nonce ≤ 2^31. */
export const NONCE_MIN = 1;
export const NONCE_MAX = 2 ** 31;
export const nonceSchema = z
  .number()
  .int()
  .min(NONCE_MIN, `nonce must be at least ${NONCE_MIN}`)
  .max(NONCE_MAX, `nonce must be at most 2^31 (${NONCE_MAX})`);

/** Asset resolutions (10^decimals) as a number or decimal string. */
export const resolutionSchema = z
  .union([z.number().int().positive().max(Number.MAX_SAFE_INTEGER), z.string().regex(/^[1-9][0-9]*$/)])
  .transform((v) => BigInt(v));

export const domainSchema = z.object({
  name: z.string().min(1).max(31),
  version: z.string().min(1).max(31),
  chainId: z.string().min(1).max(31),
  revision: z.union([z.number().int().nonnegative(), z.string().regex(DECIMAL_INTEGER)]).transform(Number),
});

/** A Stark private key: 0x hex, 0 < key < curve order. */
export const starkPrivateKeySchema = z.string().refine((v) => {
  if (!HEX_FELT.test(v)) return false;
  const key = BigInt(v);
  return key > 0n && key < CURVE_ORDER;
}, "expected a Stark private key: 0x hex, greater than 0 and below the curve order");

/** Parses with a schema or throws ValidationError listing every issue (values are never echoed). */
export function validate<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }));
  const summary = issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
  throw new ValidationError(`invalid ${what}: ${summary}`, { venue: "extended", issues });
}

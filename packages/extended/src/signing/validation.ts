import { ValidationError } from "@perp/core";
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { CURVE_ORDER, FIELD_PRIME } from "./crypto/constants.js";
import { DECIMAL_PATTERN } from "./settlement/decimal.js";

/*
 * Zod schemas shared by the signing inputs, and the bridge from zod issues to ValidationError.
 * zod/mini keeps the signing entry small; its issues get the English messages of classic zod
 * through a per-parse error map, so no global zod configuration is touched.
 */

const HEX_FELT = /^0x[0-9a-fA-F]{1,64}$/;
const DECIMAL_INTEGER = /^(0|[1-9][0-9]*)$/;

const feltValue = (text: string): bigint | undefined =>
  HEX_FELT.test(text) || DECIMAL_INTEGER.test(text) ? BigInt(text) : undefined;

/** A felt as 0x hex or decimal text, below P. */
export const feltSchema = z.string().check(
  z.refine((v) => {
    const value = feltValue(v);
    return value !== undefined && value < FIELD_PRIME;
  }, "expected a field element (0x hex or decimal, below the Stark prime)"),
);

/** A non-negative decimal string ("0.001", "43445.1168"). */
export const decimalSchema = z
  .string()
  .check(z.regex(DECIMAL_PATTERN, "expected a non-negative decimal string"));

export const positiveDecimalSchema = decimalSchema.check(
  z.refine((v) => /[1-9]/.test(v), "must be greater than zero"),
);

/** Extended's vault / position ids are u32 in the signed structs. */
export const positionIdSchema = z.union([z.number(), z.string().check(z.regex(DECIMAL_INTEGER))]).check(
  z.refine((v) => {
    const n = typeof v === "number" ? (Number.isSafeInteger(v) ? BigInt(v) : -1n) : BigInt(v);
    return n >= 0n && n <= 0xffffffffn;
  }, "position ids are unsigned 32-bit integers"),
);

/** Documented nonce range: 1 ≤ nonce ≤ 2^31. */
export const NONCE_MIN = 1;
export const NONCE_MAX = 2 ** 31;
export const nonceSchema = z
  .number()
  .check(
    z.int(),
    z.gte(NONCE_MIN, `nonce must be at least ${NONCE_MIN}`),
    z.lte(NONCE_MAX, `nonce must be at most 2^31 (${NONCE_MAX})`),
  );

/** Asset resolutions (10^decimals) as a number or decimal string. */
export const resolutionSchema = z.pipe(
  z.union([
    z.number().check(z.int(), z.positive(), z.lte(Number.MAX_SAFE_INTEGER)),
    z.string().check(z.regex(/^[1-9][0-9]*$/)),
  ]),
  z.transform((v) => BigInt(v)),
);

/** A non-empty string of at most 31 characters (a Cairo short string). */
const shortStringSchema = z.string().check(z.minLength(1), z.maxLength(31));

export const domainSchema = z.object({
  name: shortStringSchema,
  version: shortStringSchema,
  chainId: shortStringSchema,
  revision: z.pipe(
    z.union([z.number().check(z.int(), z.nonnegative()), z.string().check(z.regex(DECIMAL_INTEGER))]),
    z.transform(Number),
  ),
});

/** A Stark private key: 0x hex, 0 < key < curve order. */
export const starkPrivateKeySchema = z.string().check(
  z.refine((v) => {
    if (!HEX_FELT.test(v)) return false;
    const key = BigInt(v);
    return key > 0n && key < CURVE_ORDER;
  }, "expected a Stark private key: 0x hex, greater than 0 and below the curve order"),
);

const englishMessages = { error: en().localeError };

/** Parses with a schema or throws ValidationError listing every issue (values are never echoed). */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = z.safeParse(schema, input, englishMessages);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }));
  const summary = issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
  throw new ValidationError(`invalid ${what}: ${summary}`, { venue: "extended", issues });
}

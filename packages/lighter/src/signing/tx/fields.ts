/**
 * Validation of transaction fields (zod/mini): integers arrive as bigint, safe-integer numbers or
 * decimal strings and leave as bigint within their Go type's range; byte fields arrive as hex or
 * Uint8Array. Anything else is a ValidationError before anything is hashed or signed.
 */
import { ValidationError, type ValidationIssue } from "@perp/core";
import * as z from "zod/mini";
import { hexToBytes } from "../encoding/bytes.js";
import { type FieldKind, type GoIntKind, ORDER_LEG_FIELDS, TX_TYPES, type TxTypeName } from "./spec.js";

/** An integer as bigint, a safe-integer number, or a decimal string ("-1", "1893456000000"). */
export type IntegerInput = bigint | number | string;
/** Bytes as a Uint8Array or hex (optional 0x prefix). */
export type BytesInput = Uint8Array | string;

type FieldList = readonly (readonly [string, FieldKind])[];
type InputOf<K extends FieldKind> = K extends "pubKey" | "memo"
  ? BytesInput
  : K extends "l1Sig"
    ? string
    : K extends "orders"
      ? readonly OrderLegInput[]
      : IntegerInput;
type OptionalKind = "memo" | "l1Sig";
type FieldsInput<F extends FieldList> = {
  [E in F[number] as E[1] extends OptionalKind ? never : E[0]]: InputOf<E[1]>;
} & { [E in F[number] as E[1] extends OptionalKind ? E[0] : never]?: InputOf<E[1]> };

/** One leg of a grouped order (the 10 order fields). */
export type OrderLegInput = FieldsInput<typeof ORDER_LEG_FIELDS>;

/** Type-specific fields of a transaction (Memo defaults to 32 zero bytes, L1Sig to ""). */
export type TxBodyInput<T extends TxTypeName> = FieldsInput<(typeof TX_TYPES)[T]["fields"]> &
  ((typeof TX_TYPES)[T]["trailingL1Sig"] extends true ? { L1Sig?: string } : unknown);

/** Every field of a transaction, envelope included, by its Go JSON name. */
export type TxFieldsInput<T extends TxTypeName> = TxBodyInput<T> & {
  [A in (typeof TX_TYPES)[T]["account"]]: IntegerInput;
} & { ApiKeyIndex: IntegerInput; ExpiredAt: IntegerInput; Nonce: IntegerInput };

/** Validated fields: integers as bigint, bytes as Uint8Array, L1Sig as string, legs as records. */
export type ParsedFields = Record<string, bigint | Uint8Array | string | ParsedFields[]>;

const RANGES: Record<GoIntKind, readonly [bigint, bigint]> = {
  int64: [-(1n << 63n), (1n << 63n) - 1n],
  uint64: [0n, (1n << 64n) - 1n],
  int16: [-32768n, 32767n],
  uint8: [0n, 255n],
  uint16: [0n, 65535n],
  uint32: [0n, 4294967295n],
};

const INTEGER_TEXT = /^-?(0|[1-9]\d*)$/;

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
  if (typeof value === "number" || typeof value === "bigint") return `${typeof value} ${String(value)}`;
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

function integerMessage(input: unknown): string {
  if (input === undefined) return "is required";
  if (typeof input === "number")
    return `must be an integer within ±2^53 (pass larger values as bigint or string)`;
  return `must be an integer (bigint, safe integer or decimal string), got ${describe(input)}`;
}

/** The integer value of a bigint, safe-integer number or decimal string; undefined otherwise. */
export function toBigIntOrUndefined(value: unknown): bigint | undefined {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") return Number.isSafeInteger(value) ? BigInt(value) : undefined;
  if (typeof value === "string" && INTEGER_TEXT.test(value)) return BigInt(value);
  return undefined;
}

export function goInt(kind: GoIntKind) {
  const [min, max] = RANGES[kind];
  return z
    .pipe(
      z.custom<IntegerInput>((v) => toBigIntOrUndefined(v) !== undefined, {
        error: (issue) => integerMessage(issue.input),
        abort: true,
      }),
      z.transform((v: IntegerInput) => toBigIntOrUndefined(v) as bigint),
    )
    .check(z.refine((v: bigint) => v >= min && v <= max, `must be a ${kind} (${min} to ${max})`));
}

function bytesField(length: number, what: string) {
  return z.pipe(
    z.custom<BytesInput>(
      (v) =>
        (v instanceof Uint8Array && v.length === length) ||
        (typeof v === "string" && hexToBytes(v)?.length === length),
      {
        error: (issue) =>
          issue.input === undefined ? "is required" : `must be ${what} (${length} bytes, hex or Uint8Array)`,
      },
    ),
    z.transform((v: BytesInput) => (typeof v === "string" ? hexToBytes(v)! : new Uint8Array(v))),
  );
}

const L1_SIG = z
  .string({ error: "must be a string" })
  .check(z.regex(/^(0x[0-9a-fA-F]{130})?$/, "must be empty or a 0x-prefixed 65-byte hex EIP-191 signature"));

function fieldSchema(kind: FieldKind): z.ZodMiniType {
  switch (kind) {
    case "split64":
    case "split64Signed":
      return goInt("int64");
    case "pubKey":
      return bytesField(40, "a 40-byte public key");
    case "memo":
      return z.optional(bytesField(32, "a 32-byte memo"));
    case "l1Sig":
      return z.optional(L1_SIG);
    case "orders":
      return z
        .array(orderLegSchema, { error: "must be an array of order legs" })
        .check(z.minLength(1, "must hold at least one order"), z.maxLength(3, "must hold at most 3 orders"));
    default:
      return goInt(kind);
  }
}

const orderLegSchema = z.strictObject(
  Object.fromEntries(ORDER_LEG_FIELDS.map(([name, kind]) => [name, goInt(kind)])),
);

const cache = new Map<TxTypeName, z.ZodMiniType>();

/**
 * The schema of a transaction type's full field set. Withdraw's Amount is a uint64 in Go; the
 * other split amounts are int64.
 */
function txSchema(type: TxTypeName): z.ZodMiniType {
  let schema = cache.get(type);
  if (schema) return schema;
  const spec = TX_TYPES[type];
  const shape: Record<string, z.ZodMiniType> = {
    [spec.account]: goInt("int64"),
    ApiKeyIndex: goInt("uint8"),
  };
  for (const [name, kind] of spec.fields) {
    shape[name] = type === "L2Withdraw" && name === "Amount" ? goInt("uint64") : fieldSchema(kind);
  }
  if (spec.trailingL1Sig) shape.L1Sig = z.optional(L1_SIG);
  shape.ExpiredAt = goInt("int64");
  shape.Nonce = goInt("int64");
  schema = z.strictObject(shape);
  cache.set(type, schema);
  return schema;
}

/** Validates and normalises a transaction's fields, or throws a ValidationError naming each problem. */
export function parseTxFields(type: TxTypeName, fields: unknown): ParsedFields {
  if (!Object.hasOwn(TX_TYPES, type)) {
    throw new ValidationError(`unknown Lighter transaction type ${JSON.stringify(type)}`, {
      venue: "lighter",
    });
  }
  const result = z.safeParse(txSchema(type), fields);
  if (!result.success) throw toValidationError(`invalid ${type} fields`, result.error.issues);
  const out = result.data as ParsedFields;
  const spec = TX_TYPES[type];
  for (const [name, kind] of spec.fields) {
    if (kind === "memo" && out[name] === undefined) out[name] = new Uint8Array(32);
    if (kind === "l1Sig" && out[name] === undefined) out[name] = "";
  }
  if (spec.trailingL1Sig && out.L1Sig === undefined) out.L1Sig = "";
  return out;
}

export function toValidationError(message: string, zodIssues: readonly z.core.$ZodIssue[]): ValidationError {
  const issues: ValidationIssue[] = zodIssues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== "symbol"),
    message:
      issue.code === "unrecognized_keys"
        ? `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`
        : issue.message,
  }));
  const detail = issues.map((i) => `${i.path.join(".") || "(root)"} ${i.message}`).join("; ");
  return new ValidationError(`${message}: ${detail}`, { venue: "lighter", issues });
}

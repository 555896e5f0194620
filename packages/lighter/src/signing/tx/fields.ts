/**
 * Validation of transaction fields: integers arrive as bigint, safe-integer numbers or decimal
 * strings and leave as bigint within their Go type's range; byte fields arrive as hex or
 * Uint8Array. Anything else is a ValidationError naming every problem, before anything is hashed
 * or signed. Hand-written rather than a schema library: this runs once per order, and the first
 * order of a process should not pay for loading and warming a validator.
 */
import { ValidationError, type ValidationIssue } from "@perp/core";
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

type Path = (string | number)[];
type Issues = ValidationIssue[];

/** The bigint of an integer input within a Go type's range, or undefined after recording why not. */
function readInt(value: unknown, kind: GoIntKind, path: Path, issues: Issues): bigint | undefined {
  const n = toBigIntOrUndefined(value);
  if (n === undefined) {
    issues.push({ path, message: integerMessage(value) });
    return undefined;
  }
  const [min, max] = RANGES[kind];
  if (n < min || n > max) {
    issues.push({ path, message: `must be a ${kind} (${min} to ${max})` });
    return undefined;
  }
  return n;
}

function readBytes(
  value: unknown,
  length: number,
  what: string,
  path: Path,
  issues: Issues,
): Uint8Array | undefined {
  if (value instanceof Uint8Array && value.length === length) return new Uint8Array(value);
  const bytes = typeof value === "string" ? hexToBytes(value) : undefined;
  if (bytes !== undefined && bytes.length === length) return bytes;
  issues.push({
    path,
    message: value === undefined ? "is required" : `must be ${what} (${length} bytes, hex or Uint8Array)`,
  });
  return undefined;
}

const L1_SIG = /^(0x[0-9a-fA-F]{130})?$/;

function readL1Sig(value: unknown, path: Path, issues: Issues): string | undefined {
  if (value === undefined) return "";
  if (typeof value !== "string") issues.push({ path, message: "must be a string" });
  else if (!L1_SIG.test(value)) {
    issues.push({ path, message: "must be empty or a 0x-prefixed 65-byte hex EIP-191 signature" });
  } else return value;
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}

/** Records unknown keys of `record` (the object is strict: a typo must not be signed away). */
function checkKeys(
  record: Record<string, unknown>,
  known: ReadonlySet<string>,
  path: Path,
  issues: Issues,
): void {
  const unknown = Object.keys(record).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    issues.push({ path, message: `unknown field${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}` });
  }
}

const LEG_KEYS: ReadonlySet<string> = new Set(ORDER_LEG_FIELDS.map(([name]) => name));

function readLegs(value: unknown, path: Path, issues: Issues): ParsedFields[] | undefined {
  if (!Array.isArray(value)) {
    issues.push({ path, message: "must be an array of order legs" });
    return undefined;
  }
  if (value.length < 1) issues.push({ path, message: "must hold at least one order" });
  if (value.length > 3) issues.push({ path, message: "must hold at most 3 orders" });
  const before = issues.length;
  const legs = value.map((leg: unknown, i) => {
    const out: ParsedFields = {};
    if (!isRecord(leg)) {
      issues.push({ path: [...path, i], message: "must be an order leg object" });
      return out;
    }
    for (const [name, kind] of ORDER_LEG_FIELDS) {
      const n = readInt(leg[name], kind, [...path, i, name], issues);
      if (n !== undefined) out[name] = n;
    }
    checkKeys(leg, LEG_KEYS, [...path, i], issues);
    return out;
  });
  return issues.length === before && value.length >= 1 && value.length <= 3 ? legs : undefined;
}

function readField(
  type: TxTypeName,
  name: string,
  kind: FieldKind,
  value: unknown,
  issues: Issues,
): ParsedFields[string] | undefined {
  const path = [name];
  switch (kind) {
    case "split64":
    case "split64Signed":
      // Withdraw's Amount is a uint64 in Go; the other split amounts are int64.
      return readInt(value, type === "L2Withdraw" ? "uint64" : "int64", path, issues);
    case "pubKey":
      return readBytes(value, 40, "a 40-byte public key", path, issues);
    case "memo":
      return value === undefined ? new Uint8Array(32) : readBytes(value, 32, "a 32-byte memo", path, issues);
    case "l1Sig":
      return readL1Sig(value, path, issues);
    case "orders":
      return readLegs(value, path, issues);
    default:
      return readInt(value, kind, path, issues);
  }
}

const KNOWN_KEYS = new Map<TxTypeName, ReadonlySet<string>>();

function knownKeys(type: TxTypeName): ReadonlySet<string> {
  let keys = KNOWN_KEYS.get(type);
  if (keys === undefined) {
    const spec = TX_TYPES[type];
    keys = new Set([spec.account, "ApiKeyIndex", ...spec.fields.map(([name]) => name), "ExpiredAt", "Nonce"]);
    if (spec.trailingL1Sig) (keys as Set<string>).add("L1Sig");
    KNOWN_KEYS.set(type, keys);
  }
  return keys;
}

/** Validates and normalises a transaction's fields, or throws a ValidationError naming each problem. */
export function parseTxFields(type: TxTypeName, fields: unknown): ParsedFields {
  if (!Object.hasOwn(TX_TYPES, type)) {
    throw new ValidationError(`unknown Lighter transaction type ${JSON.stringify(type)}`, {
      venue: "lighter",
    });
  }
  if (!isRecord(fields)) {
    throw invalidFields(type, [{ path: [], message: `must be an object, got ${describe(fields)}` }]);
  }
  const spec = TX_TYPES[type];
  const issues: Issues = [];
  const out: ParsedFields = {};
  const put = (name: string, value: ParsedFields[string] | undefined) => {
    if (value !== undefined) out[name] = value;
  };
  put(spec.account, readInt(fields[spec.account], "int64", [spec.account], issues));
  put("ApiKeyIndex", readInt(fields.ApiKeyIndex, "uint8", ["ApiKeyIndex"], issues));
  for (const [name, kind] of spec.fields) put(name, readField(type, name, kind, fields[name], issues));
  if (spec.trailingL1Sig) put("L1Sig", readL1Sig(fields.L1Sig, ["L1Sig"], issues));
  put("ExpiredAt", readInt(fields.ExpiredAt, "int64", ["ExpiredAt"], issues));
  put("Nonce", readInt(fields.Nonce, "int64", ["Nonce"], issues));
  checkKeys(fields, knownKeys(type), [], issues);
  if (issues.length > 0) throw invalidFields(type, issues);
  return out;
}

function invalidFields(type: TxTypeName, issues: Issues): ValidationError {
  const detail = issues.map((i) => `${i.path.join(".") || "(root)"} ${i.message}`).join("; ");
  return new ValidationError(`invalid ${type} fields: ${detail}`, { venue: "lighter", issues });
}

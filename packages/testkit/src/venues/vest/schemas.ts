import * as z from "zod";
import { type ValidationIssue, VestValidationError } from "./errors.js";

/** JSON integers of signed fields (`time`, `nonce`, `size` of a withdrawal): exact in a double. */
const uint = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/, "not a 20-byte hex address");

export const registerBody = z.object({
  signingAddr: address,
  primaryAddr: address,
  signature: z.string(),
  expiryTime: uint,
  networkType: z.number().int(),
});

export const orderBody = z.object({
  order: z.object({
    time: uint,
    nonce: uint,
    symbol: z.string(),
    isBuy: z.boolean(),
    size: z.string(),
    orderType: z.string(),
    limitPrice: z.string(),
    reduceOnly: z.boolean().optional(),
    timeInForce: z.string().optional(),
    tpPrice: z.string().optional(),
    tpSignature: z.string().optional(),
    slPrice: z.string().optional(),
    slSignature: z.string().optional(),
  }),
  recvWindow: uint.optional(),
  signature: z.string(),
});
export type OrderBody = z.infer<typeof orderBody>;

export const cancelBody = z.object({
  order: z.object({ time: uint, nonce: uint, id: z.string() }),
  recvWindow: uint.optional(),
  signature: z.string(),
});

export const lpBody = z.object({
  order: z.object({ time: uint, nonce: uint, orderType: z.string(), size: z.string() }),
  recvWindow: uint.optional(),
  signature: z.string(),
});

export const withdrawBody = z.object({
  order: z.object({
    time: uint,
    nonce: uint,
    recipient: address,
    token: z.string(),
    size: uint,
    chainId: uint,
  }),
  execute: z.boolean().optional(),
  recvWindow: uint.optional(),
  signature: z.string(),
});

export const leverageBody = z.object({
  time: uint.optional(),
  symbol: z.string(),
  value: z.number(),
});

/** Parses a JSON body, failing with FastAPI's 422 issues (`loc` starts with "body"). */
export function parseJsonBody<T>(schema: z.ZodType<T>, text: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new VestValidationError([
      { loc: ["body"], msg: "JSON decode error", type: "json_invalid", input: text },
    ]);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new VestValidationError(result.error.issues.map((issue) => toFastApiIssue(issue, value)));
}

function toFastApiIssue(issue: z.core.$ZodIssue, root: unknown): ValidationIssue {
  const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const input = valueAt(root, path);
  if (issue.code === "invalid_type" && input === undefined) {
    return { loc: ["body", ...path], msg: "Field required", type: "missing", input: null };
  }
  return { loc: ["body", ...path], msg: issue.message, type: issue.code, input: input ?? null };
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A required integer query parameter (e.g. `time` on private GETs). */
export function requiredIntegerQuery(query: URLSearchParams, name: string): number {
  const text = query.get(name);
  if (text === null) {
    throw new VestValidationError([
      { loc: ["query", name], msg: "Field required", type: "missing", input: null },
    ]);
  }
  return integerQueryValue(name, text);
}

export function optionalIntegerQuery(query: URLSearchParams, name: string): number | undefined {
  const text = query.get(name);
  return text === null || text === "" ? undefined : integerQueryValue(name, text);
}

function integerQueryValue(name: string, text: string): number {
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new VestValidationError([
      {
        loc: ["query", name],
        msg: "Input should be a valid integer, unable to parse string as an integer",
        type: "int_parsing",
        input: text,
      },
    ]);
  }
  return Number(text);
}

/**
 * L2 transaction attributes (lighter-go types/txtypes/tx_attributes.go): a small map of
 * type -> value that is folded into the signed hash and echoed in tx_info `L2TxAttributes`.
 */
import { ValidationError } from "@perp/core";
import type { Fp5 } from "../field/fp5.js";
import { setBigInt } from "../field/goldilocks.js";
import { hashToQuinticInto } from "../hash/poseidon2.js";
import { type IntegerInput, toBigIntOrUndefined } from "./fields.js";

export const TX_ATTRIBUTE = {
  integratorAccountIndex: 1,
  integratorTakerFee: 2,
  integratorMakerFee: 3,
  skipNonce: 4,
  cancelAllMarketIndex: 5,
  selfTradeBehaviorMode: 6,
  selfTradeEqualityMode: 7,
} as const;

/** Attributes by numeric type (1..7); a value equal to the type's nil value counts as absent. */
export type TxAttributesInput = Readonly<Record<number | string, IntegerInput>>;

/** Live (non-nil) attributes sorted by type. */
export type TxAttributes = readonly (readonly [number, bigint])[];

const MAX_ACCOUNT_INDEX = 281474976710654n;
const FEE_TICK = 1_000_000n;
const MAX_ATTRIBUTES = 4;

/** Nil value and inclusive range per type, from tx_attributes.go. */
const RULES: Record<number, { nil: bigint; min: bigint; max: bigint }> = {
  1: { nil: 0n, min: 0n, max: MAX_ACCOUNT_INDEX },
  2: { nil: 0n, min: 0n, max: FEE_TICK },
  3: { nil: 0n, min: 0n, max: FEE_TICK },
  4: { nil: 0n, min: 0n, max: 1n },
  5: { nil: 255n, min: 0n, max: 255n },
  6: { nil: 0n, min: 0n, max: 3n },
  7: { nil: 0n, min: 0n, max: 1n },
};

export const NO_ATTRIBUTES: TxAttributes = [];

/**
 * Validates attributes and drops nil-valued ones. Type 8 (an "order version" some newer SDKs send)
 * is not in lighter-go at the reference commit, so it is rejected rather than guessed at.
 */
export function parseTxAttributes(input: TxAttributesInput | undefined): TxAttributes {
  if (input === undefined) return NO_ATTRIBUTES;
  if (input === null || typeof input !== "object") {
    throw new ValidationError("L2 tx attributes must be an object of type -> value", { venue: "lighter" });
  }
  const live: [number, bigint][] = [];
  for (const [key, raw] of Object.entries(input)) {
    const type = Number(key);
    const rule = RULES[type];
    if (!rule || !/^\d+$/.test(key)) {
      throw new ValidationError(`unknown L2 tx attribute type ${JSON.stringify(key)} (expected 1 to 7)`, {
        venue: "lighter",
        issues: [{ path: [key], message: "unknown attribute type" }],
      });
    }
    const value = toBigIntOrUndefined(raw);
    if (value === undefined || value < rule.min || value > rule.max) {
      throw new ValidationError(
        `L2 tx attribute ${type} must be an integer from ${rule.min} to ${rule.max}`,
        {
          venue: "lighter",
          issues: [{ path: [key], message: `must be an integer from ${rule.min} to ${rule.max}` }],
        },
      );
    }
    if (value !== rule.nil) live.push([type, value]);
  }
  if (live.length > MAX_ATTRIBUTES) {
    throw new ValidationError(`at most ${MAX_ATTRIBUTES} L2 tx attributes may be set`, { venue: "lighter" });
  }
  const has = (t: number) => live.some(([type]) => type === t);
  if ((has(2) || has(3)) && !has(1)) {
    throw new ValidationError(
      "integrator fee attributes (2, 3) require the integrator account attribute (1)",
      {
        venue: "lighter",
      },
    );
  }
  return live.sort((a, b) => a[0] - b[0]);
}

const ATTR_IN = new Float64Array(16);
const ATTR_HASH = new Float64Array(10);
const AGG_IN = new Float64Array(20);

/**
 * Folds attributes into a tx hash: with none, the hash itself; otherwise
 * H5(txHash || H5([t1, v1, ..., t4, v4])) with the live types ascending and missing pairs zero.
 * Writes the message hash to `out` and returns the attributes hash (undefined when none are set).
 */
export function aggregateTxHash(out: Fp5, txHash: Fp5, attributes: TxAttributes): Fp5 | undefined {
  if (attributes.length === 0) {
    out.set(txHash);
    return undefined;
  }
  ATTR_IN.fill(0);
  attributes.forEach(([type, value], i) => {
    ATTR_IN[4 * i] = type;
    setBigInt(ATTR_IN, 4 * i + 2, value);
  });
  hashToQuinticInto(ATTR_HASH, ATTR_IN, 8);
  AGG_IN.set(txHash, 0);
  AGG_IN.set(ATTR_HASH, 10);
  hashToQuinticInto(out, AGG_IN, 10);
  return ATTR_HASH.slice();
}

/** tx_info `L2TxAttributes`: null when empty, else string keys in ascending order. */
export function attributesJson(attributes: TxAttributes): string {
  if (attributes.length === 0) return "null";
  return `{${attributes.map(([t, v]) => `"${t}":${v}`).join(",")}}`;
}

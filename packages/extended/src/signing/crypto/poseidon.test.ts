import { describe, expect, it } from "vitest";
import { FIELD_PRIME as P } from "./constants.js";
import {
  hadesPermutation,
  POSEIDON_INITIAL_STATE,
  poseidonAbsorb,
  poseidonFinish,
  poseidonHashMany,
} from "./poseidon.js";
import { referenceHades, referenceHashMany } from "./poseidon-reference.test-helper.js";

/** Deterministic pseudo-random field elements (64-bit xorshift words). */
function felts(seed: bigint, count: number): bigint[] {
  let s = seed;
  const word = () => {
    s ^= (s << 13n) & 0xffffffffffffffffn;
    s ^= s >> 7n;
    s ^= (s << 17n) & 0xffffffffffffffffn;
    return s;
  };
  return Array.from(
    { length: count },
    () => ((word() << 192n) | (word() << 128n) | (word() << 64n) | word()) % P,
  );
}

describe("limb Poseidon against the bigint reference", () => {
  it("permutes random states and states at the edges of the field alike", () => {
    const edges = [0n, 1n, 2n, P - 1n, P - 2n, 1n << 251n, (1n << 251n) - 1n, 17n << 192n, (P - 1n) >> 1n];
    const values = [...edges, ...felts(0xc0ffeen, 90)];
    for (let i = 0; i + 2 < values.length; i++) {
      const state = [values[i]!, values[i + 1]!, values[i + 2]!];
      expect(hadesPermutation(state[0]!, state[1]!, state[2]!)).toEqual(referenceHades(state));
    }
  });

  it("reduces inputs outside [0, P) like the reference", () => {
    const inputs = [P, P + 5n, -1n, -P - 7n, (1n << 256n) + 3n];
    for (const v of inputs) expect(hadesPermutation(v, 1n, v)).toEqual(referenceHades([v, 1n, v]));
  });

  it("hashes 0..20 elements like the reference sponge, with all-maximal inputs too", () => {
    const values = felts(0xabcdefn, 20);
    for (let n = 0; n <= 20; n++)
      expect(poseidonHashMany(values.slice(0, n))).toBe(referenceHashMany(values.slice(0, n)));
    const maximal = new Array<bigint>(9).fill(P - 1n);
    expect(poseidonHashMany(maximal)).toBe(referenceHashMany(maximal));
  });

  it("continues from absorbed states without changing them", () => {
    const values = felts(99n, 8);
    const prefix = poseidonAbsorb(POSEIDON_INITIAL_STATE, values.slice(0, 2));
    const before = prefix.limbs.slice();
    expect(poseidonFinish(prefix, values.slice(2))).toBe(referenceHashMany(values));
    expect(poseidonFinish(prefix, values.slice(2, 5))).toBe(referenceHashMany(values.slice(0, 5)));
    expect(prefix.limbs).toEqual(before);
    expect(() => poseidonAbsorb(prefix, values.slice(0, 3))).toThrow(RangeError);
  });
});

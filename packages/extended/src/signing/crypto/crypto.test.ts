import * as scure from "@scure/starknet";
import { describe, expect, it } from "vitest";
import { CURVE_ORDER, FIELD_PRIME } from "./constants.js";
import { GENERATOR, isOnCurve, multiplyPoint } from "./curve.js";
import { starkPublicKey, starkSign } from "./ecdsa.js";
import { multiplyGenerator, precomputeGeneratorTable } from "./fixed-base.js";
import { invert } from "./modular.js";
import { hadesPermutation, poseidonHashMany } from "./poseidon.js";

/** Deterministic pseudo-random bigints (xorshift on 64-bit words) so failures reproduce. */
function randoms(seed: bigint, count: number, bits: number): bigint[] {
  let s = seed;
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    let v = 0n;
    for (let w = 0; w < Math.ceil(bits / 64); w++) {
      s ^= (s << 13n) & 0xffffffffffffffffn;
      s ^= s >> 7n;
      s ^= (s << 17n) & 0xffffffffffffffffn;
      v = (v << 64n) | s;
    }
    out.push(v & ((1n << BigInt(bits)) - 1n));
  }
  return out;
}

describe("poseidon", () => {
  it("matches @scure/starknet's permutation, including inputs near P", () => {
    const values = [...randoms(0x9e3779b97f4a7c15n, 30, 251), 0n, FIELD_PRIME - 1n, FIELD_PRIME - 2n];
    for (let i = 0; i + 2 < values.length; i += 3) {
      const state = [values[i]!, values[i + 1]!, values[i + 2]!].map((v) => v % FIELD_PRIME);
      expect(hadesPermutation(state[0]!, state[1]!, state[2]!)).toEqual(scure.poseidonSmall(state));
    }
  });

  it("matches @scure/starknet poseidonHashMany for 0..12 elements", () => {
    const values = randoms(0x1234567n, 12, 251).map((v) => v % FIELD_PRIME);
    for (let n = 0; n <= 12; n++) {
      expect(poseidonHashMany(values.slice(0, n))).toBe(scure.poseidonHashMany(values.slice(0, n)));
    }
  });
});

describe("curve", () => {
  it("fixed-base k·G equals double-and-add for random and edge scalars", () => {
    const scalars = [1n, 2n, 3n, CURVE_ORDER - 1n, CURVE_ORDER - 2n, 1n << 251n, ...randoms(77n, 8, 252)].map(
      (k) => (k % (CURVE_ORDER - 1n)) + 1n,
    );
    for (const k of scalars) {
      const p = multiplyGenerator(k);
      expect(isOnCurve(p)).toBe(true);
      expect(p).toEqual(multiplyPoint(k, GENERATOR));
    }
  });

  it("gives the same points with other table widths", () => {
    const k = 0x3a9f00000000000000000000000000000000000000000000000000000000123n;
    const expected = multiplyPoint(k, GENERATOR);
    for (const width of [4, 7, 8]) {
      precomputeGeneratorTable(width);
      expect(multiplyGenerator(k)).toEqual(expected);
    }
    precomputeGeneratorTable();
  });

  it("rejects out-of-range scalars and table widths", () => {
    expect(() => multiplyGenerator(0n)).toThrow(RangeError);
    expect(() => multiplyGenerator(CURVE_ORDER)).toThrow(RangeError);
    expect(() => precomputeGeneratorTable(3)).toThrow(RangeError);
  });

  it("inverts modulo the curve order", () => {
    for (const v of randoms(5n, 5, 250)) expect((invert(v, CURVE_ORDER) * v) % CURVE_ORDER).toBe(1n);
  });
});

describe("starkSign", () => {
  const keys = randoms(0xdeadbeefn, 12, 251).map((k) => (k % (CURVE_ORDER - 1n)) + 1n);
  // Hash lengths of 1..63 hex digits exercise StarkWare's truncation rules (63 digits is special).
  const hashes = [0n, 1n, 0x12345n, (1n << 251n) - 1n, 1n << 248n, 1n << 247n, ...randoms(11n, 40, 251)].map(
    (h, i) => h >> BigInt((i * 7) % 250),
  );

  it("matches @scure/starknet sign byte for byte", () => {
    hashes.forEach((hash, i) => {
      const key = keys[i % keys.length]!;
      const ours = starkSign(hash, key);
      const theirs = scure.sign(`0x${hash.toString(16)}`, `0x${key.toString(16)}`);
      expect([ours.r, ours.s]).toEqual([theirs.r, theirs.s]);
    });
  });

  it("derives the same public keys as @scure/starknet", () => {
    for (const key of keys)
      expect(starkPublicKey(key)).toBe(BigInt(scure.getStarkKey(`0x${key.toString(16)}`)));
  });

  it("produces signatures @scure/starknet verifies", () => {
    const key = keys[0]!;
    const hash = hashes[9]!;
    const { r, s } = starkSign(hash, key);
    const publicKey = scure.getPublicKey(`0x${key.toString(16)}`);
    expect(scure.verify(new scure.Signature(r, s), `0x${hash.toString(16)}`, publicKey)).toBe(true);
    expect(scure.verify(new scure.Signature(r, s + 1n), `0x${hash.toString(16)}`, publicKey)).toBe(false);
  });

  it("rejects hashes ≥ 2^251 and keys out of range", () => {
    expect(() => starkSign(1n << 251n, 1n)).toThrow(RangeError);
    expect(() => starkSign(1n, 0n)).toThrow(RangeError);
    expect(() => starkSign(1n, CURVE_ORDER)).toThrow(RangeError);
  });
});

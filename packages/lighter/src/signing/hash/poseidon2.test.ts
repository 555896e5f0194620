import { describe, expect, it } from "vitest";
import { loadVectors } from "../../../test/vectors.js";
import { P } from "../field/goldilocks.js";
import {
  elementsFromBigInts,
  elementsToBigInts,
  hashNoPad,
  hashNToMNoPad,
  hashToQuinticExtension,
  permuteBigInts,
  permuteWords,
} from "./poseidon2.js";
import { permuteBigIntWords } from "./poseidon2-bigint.js";

const nums = (v: unknown) => (v as string[]).map(BigInt);

describe("Poseidon2 (Goldilocks, width 12)", () => {
  it("permutes the official test state", () => {
    for (const c of loadVectors("poseidon2", "poseidon2Permute")) {
      expect(permuteBigInts(nums(c.input.state)).map(String), c.id).toEqual(c.expected.state);
    }
  });

  it("matches every sponge vector (squeeze past 8 outputs, partial chunks, non-canonical input)", () => {
    for (const c of loadVectors("poseidon2", "hashNToMNoPad")) {
      expect(hashNToMNoPad(nums(c.input.elements), c.input.numOutputs as number).map(String), c.id).toEqual(
        c.expected.output,
      );
    }
    for (const c of loadVectors("poseidon2", "hashNoPad")) {
      expect(hashNoPad(nums(c.input.elements)).map(String), c.id).toEqual(c.expected.output);
    }
    for (const c of loadVectors("poseidon2", "hashToQuinticExtension")) {
      expect(hashToQuinticExtension(nums(c.input.elements)).map(String), c.id).toEqual(c.expected.output);
    }
  });

  it("hashes the empty input to zeros and overwrites (not adds) partial chunks", () => {
    expect(hashToQuinticExtension([])).toEqual([0n, 0n, 0n, 0n, 0n]);
    expect(hashToQuinticExtension([0n])).toEqual(hashToQuinticExtension(new Array(8).fill(0n)));
    expect(hashNoPad([P + 1n])).toEqual(hashNoPad([1n]));
  });
});

describe("Poseidon2 permutation paths", () => {
  it("agree between BigInt (cold start) and word-pair arithmetic, on vectors and on edge states", () => {
    const states = loadVectors("poseidon2", "poseidon2Permute").map((c) => nums(c.input.state));
    states.push(new Array(12).fill(P - 1n), new Array(12).fill(0n));
    let x = 0x9e3779b97f4a7c15n;
    for (let n = 0; n < 20; n++) {
      states.push(
        Array.from({ length: 12 }, () => {
          x = (x * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n;
          return x % P;
        }),
      );
    }
    for (const state of states) {
      const a = elementsFromBigInts(state);
      const b = a.slice();
      permuteWords(a);
      permuteBigIntWords(b);
      expect(Array.from(b)).toEqual(Array.from(a));
    }
    const [official] = loadVectors("poseidon2", "poseidon2Permute");
    if (official === undefined) throw new Error("no permutation vector");
    const words = elementsFromBigInts(nums(official.input.state));
    permuteBigIntWords(words);
    expect(elementsToBigInts(words, 12).map(String)).toEqual(official.expected.state);
  });
});

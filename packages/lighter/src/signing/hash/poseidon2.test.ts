import { describe, expect, it } from "vitest";
import { loadVectors } from "../../../test/vectors.js";
import { P } from "../field/goldilocks.js";
import { hashNoPad, hashNToMNoPad, hashToQuinticExtension, permuteBigInts } from "./poseidon2.js";

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

import { describe, expect, it } from "vitest";
import { loadVectors } from "../../../test/vectors.js";
import { bytesToHex, hexToBytes } from "../encoding/bytes.js";
import { fp5, fp5FromLeBytes, fp5ToLeBytes } from "../field/fp5.js";
import { mulGenerator, mulGeneratorComb } from "./fixed-base.js";
import { decodePoint, encodePoint, generator, newPoint, pointAdd, pointDouble, pointMul } from "./point.js";
import { N, scalarFromLeBytes } from "./scalar.js";

function encodeHex(p: ReturnType<typeof newPoint>): string {
  const w = fp5();
  encodePoint(w, p);
  return bytesToHex(fp5ToLeBytes(w));
}

describe("ECgFp5", () => {
  it("multiplies the generator like the vectors (fixed-base table, doubling, addition)", () => {
    for (const c of loadVectors("curve", "curveMulGenerator")) {
      const s = scalarFromLeBytes(hexToBytes(c.input.scalarLeHex as string)!).scalar;
      const p = newPoint();
      mulGenerator(p, s);
      expect(encodeHex(p), c.id).toBe(c.expected.mulGeneratorLeHex);
      const d = newPoint();
      pointDouble(d, p);
      expect(encodeHex(d), c.id).toBe(c.expected.doubleLeHex);
      pointAdd(d, p, generator());
      expect(encodeHex(d), c.id).toBe(c.expected.addGeneratorLeHex);
      const back = decodePoint(fp5FromLeBytes(hexToBytes(c.expected.mulGeneratorLeHex as string)!, true)!);
      expect(back && encodeHex(back), c.id).toBe(c.expected.mulGeneratorLeHex);
    }
  });

  it("agrees between the fixed-base table and variable-base multiplication", () => {
    for (const k of [
      0n,
      1n,
      2n,
      15n,
      16n,
      17n,
      2n ** 64n + 3n,
      N - 1n,
      N - 8n,
      12345678901234567890123456789n,
    ]) {
      const a = newPoint();
      mulGenerator(a, k);
      const b = newPoint();
      pointMul(b, generator(), k);
      expect(encodeHex(a)).toBe(encodeHex(b));
    }
    for (const k of [1n, 2n ** 64n, 2n ** 128n + 2n ** 256n + 5n, N - 1n]) {
      const comb = newPoint();
      mulGeneratorComb(comb, k);
      const ref = newPoint();
      pointMul(ref, generator(), k);
      expect(encodeHex(comb)).toBe(encodeHex(ref));
    }
    const zero = newPoint();
    mulGenerator(zero, N - 1n);
    pointAdd(zero, zero, generator());
    expect(encodeHex(zero)).toBe("00".repeat(40));
  });

  it("reduces scalars mod n like the vectors", () => {
    for (const c of loadVectors("curve", "scalarFromBytes")) {
      const { scalar, wasReduced } = scalarFromLeBytes(hexToBytes(c.input.bytesLeHex as string)!);
      expect(wasReduced, c.id).toBe(c.expected.wasReduced);
      expect(scalar < N).toBe(true);
    }
  });

  it("refuses encodings that are not on the curve", () => {
    let rejected = 0;
    for (let i = 1; i <= 8; i++) {
      const w = fp5();
      w[0] = i;
      w[2] = 7 * i;
      if (decodePoint(w) === undefined) rejected++;
    }
    expect(rejected).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from "vitest";
import { fp5, fp5Inverse, fp5Mul } from "../field/fp5.js";
import { COMB_TABLE_WORDS } from "./comb-table.js";
import {
  COMB_SPACING,
  COMB_TABLES,
  COMB_TEETH,
  mulGenerator,
  mulGeneratorComb,
  precomputeGeneratorTable,
} from "./fixed-base.js";
import { encodePoint, generator, newPoint, pointMul } from "./point.js";
import { N } from "./scalar.js";

const wordsHex = (a: Float64Array) => Array.from(a, (w) => w.toString(16).padStart(8, "0")).join("");

describe("generator comb tables", () => {
  it("hold, for each table h and entry m, the sum of 2^((V i + h) d) G over the set bits i of m, affine (x, u)", () => {
    const entries = 1 << COMB_TEETH;
    expect(COMB_TABLE_WORDS).toHaveLength(COMB_TABLES * entries * 20);
    const inv = fp5();
    const x = fp5();
    const u = fp5();
    for (let h = 0; h < COMB_TABLES; h++) {
      for (let m = 0; m < entries; m++) {
        let k = 0n;
        for (let i = 0; i < COMB_TEETH; i++) {
          if ((m >> i) & 1) k += 1n << BigInt((i * COMB_TABLES + h) * COMB_SPACING);
        }
        const p = newPoint();
        pointMul(p, generator(), k);
        fp5Inverse(inv, p.z);
        fp5Mul(x, p.x, inv);
        fp5Inverse(inv, p.t);
        fp5Mul(u, p.u, inv);
        const at = (h * entries + m) * 20;
        const expected = m === 0 ? new Array(20).fill(0) : [...x, ...u];
        expect(COMB_TABLE_WORDS.slice(at, at + 20), `table ${h} entry ${m}`).toEqual(expected);
      }
    }
  });

  it("multiply like the variable-base ladder and the windowed table", () => {
    const scalars = [
      1n,
      2n ** 31n,
      2n ** 32n,
      2n ** 64n - 1n,
      2n ** 319n + 12345n,
      N - 1n,
      0xdeadbeefn * 2n ** 200n,
    ];
    const encode = (p: ReturnType<typeof newPoint>) => {
      const w = fp5();
      encodePoint(w, p);
      return wordsHex(w);
    };
    precomputeGeneratorTable();
    for (const k of scalars) {
      const comb = newPoint();
      mulGeneratorComb(comb, k);
      const ref = newPoint();
      pointMul(ref, generator(), k);
      const windowed = newPoint();
      mulGenerator(windowed, k);
      expect(encode(comb), String(k)).toBe(encode(ref));
      expect(encode(windowed), String(k)).toBe(encode(ref));
    }
  });
});

import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { loadVectors } from "../../../test/vectors.js";
import { bytesToHex, hexToBytes } from "../encoding/bytes.js";
import { fp5, fp5FromLeBytes, fp5ToLeBytes } from "../field/fp5.js";
import { aggregateTxHash, attributesJson, parseTxAttributes, type TxAttributesInput } from "./attributes.js";

describe("L2 tx attributes", () => {
  it("aggregates like the vectors", () => {
    const cases = loadVectors("attributes", "txAttributes");
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const out = fp5();
      const hash = fp5FromLeBytes(hexToBytes(c.input.txHash as string)!, true)!;
      const attrHash = aggregateTxHash(out, hash, parseTxAttributes(c.input.attributes as TxAttributesInput));
      expect(attrHash ? bytesToHex(fp5ToLeBytes(attrHash)) : null, c.id).toBe(c.expected.attributesHash);
      expect(bytesToHex(fp5ToLeBytes(out)), c.id).toBe(c.expected.messageHash);
    }
  });

  it("treats nil values as absent, sorts types and renders string keys", () => {
    expect(parseTxAttributes({ 5: 255, 4: 0 })).toEqual([]);
    const live = parseTxAttributes({ 3: 100, 1: "4242", 2: 250n });
    expect(live).toEqual([
      [1, 4242n],
      [2, 250n],
      [3, 100n],
    ]);
    expect(attributesJson(live)).toBe('{"1":4242,"2":250,"3":100}');
    expect(attributesJson([])).toBe("null");
  });

  it("rejects unknown types, out-of-range values and more than four attributes", () => {
    expect(() => parseTxAttributes({ 8: 1 })).toThrow(ValidationError);
    expect(() => parseTxAttributes({ 4: 2 })).toThrow(/from 0 to 1/);
    expect(() => parseTxAttributes({ 2: 1_000_001, 1: 5 })).toThrow(/from 0 to 1000000/);
    expect(() => parseTxAttributes({ 1: 1, 2: 1, 3: 1, 4: 1, 6: 1 })).toThrow(/at most 4/);
  });
});

import { describe, expect, it } from "vitest";
import { parseJson, stringifyJson } from "./json.js";

describe("stringifyJson", () => {
  it("writes bigints as bare integers and leaves undefined properties out", () => {
    expect(stringifyJson({ id: 1152921504606846975n, a: undefined, b: [1, "x", true, null] })).toBe(
      '{"id":1152921504606846975,"b":[1,"x",true,null]}',
    );
  });

  it("writes non-finite numbers, undefined items and functions as null", () => {
    expect(stringifyJson([Number.NaN, Number.POSITIVE_INFINITY, undefined, () => 1])).toBe(
      "[null,null,null,null]",
    );
  });
});

describe("parseJson", () => {
  it("reads integers beyond 2^53 back as bigint and keeps the rest as JSON.parse does", () => {
    const value = parseJson('{"big":9007199254740993,"neg":-9007199254740993,"safe":42,"dec":1.5e300}');
    expect(value).toEqual({ big: 9007199254740993n, neg: -9007199254740993n, safe: 42, dec: 1.5e300 });
  });

  it("round-trips exact values through stringifyJson", () => {
    const value = { orderIndex: 1152921504606846975n, price: "3000.01", size: 2 };
    expect(parseJson(stringifyJson(value))).toEqual(value);
  });

  it("throws SyntaxError on bad JSON", () => {
    expect(() => parseJson("{")).toThrow(SyntaxError);
  });
});

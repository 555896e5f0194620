import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/errors.js";
import { parseJson } from "./parse.js";
import { stringifyByHand, stringifyJson, stringifyWithRawJson } from "./stringify.js";

const rawJson = (JSON as { rawJSON?: (text: string) => unknown }).rawJSON;

const engines: [string, (value: unknown) => string | undefined][] = [
  ["JSON.rawJSON", (value) => stringifyWithRawJson(value, rawJson!)],
  ["by hand", stringifyByHand],
];

it("runs on a Node with JSON.rawJSON", () => {
  expect(typeof rawJson).toBe("function");
});

describe.each(engines)("stringify with %s", (_name, stringify) => {
  it("prints bigint as a bare integer", () => {
    expect(stringify({ id: 12345678901234567890n, list: [-1n, 0n], n: 1 })).toBe(
      '{"id":12345678901234567890,"list":[-1,0],"n":1}',
    );
    expect(stringify(Object(5n))).toBe("5");
  });

  it("follows JSON.stringify for everything else", () => {
    const date = new Date(0);
    const value = {
      s: 'q"\n\u2028',
      u: undefined,
      f: () => 1,
      nan: Number.NaN,
      inf: -Infinity,
      arr: [undefined, () => 1, Symbol("x"), null],
      boxed: [Object("s"), Object(1), Object(false)],
      date,
      custom: { toJSON: (key: string) => `key:${key}` },
      nested: { a: { b: [1, { c: "d" }] } },
      map: new Map([[1, 2]]),
    };
    expect(stringify(value)).toBe(JSON.stringify(value));
    expect(stringify(undefined)).toBeUndefined();
  });

  it("matches JSON.stringify on any JSON value (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(stringify(value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it("throws on cycles", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => stringify(cycle)).toThrow(TypeError);
  });
});

describe("stringifyJson", () => {
  it("round-trips large integers with parseJson", () => {
    const value = { id: 2n ** 70n, price: "1.5", n: [1, 2.5, -(2n ** 64n)] };
    expect(parseJson(stringifyJson(value))).toEqual(value);
  });

  it("refuses values with no JSON form and cycles", () => {
    expect(() => stringifyJson(undefined)).toThrow(ValidationError);
    expect(() => stringifyJson(() => 1)).toThrow(/has no JSON form/);
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(() => stringifyJson(cycle)).toThrow(ValidationError);
  });
});

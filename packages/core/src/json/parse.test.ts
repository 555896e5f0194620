import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/errors.js";
import { parseJsonByHand } from "./hand-parser.js";
import { parseJson } from "./parse.js";
import { parseWithSourceText, supportsJsonSourceText } from "./source-reviver.js";
import type { JsonValue, ParseJsonOptions } from "./types.js";

type Parser = (text: string, options: ParseJsonOptions) => JsonValue;
const engines: [string, Parser][] = [
  ["parseJson", parseJson],
  ["source-text reviver", parseWithSourceText],
  ["hand parser", parseJsonByHand],
];

it("runs on a Node whose JSON.parse exposes number source text", () => {
  expect(supportsJsonSourceText()).toBe(true);
});

describe.each(engines)("%s", (_name, parse) => {
  it("keeps integers beyond 2^53 exact as bigint", () => {
    const value = parse('{"id":12345678901234567890,"n":-9007199254740993,"safe":9007199254740991}', {});
    expect(value).toEqual({ id: 12345678901234567890n, n: -9007199254740993n, safe: 9007199254740991 });
  });

  it("returns large integers as their text when asked", () => {
    expect(parse("[9007199254740992, 1, 1.5]", { largeIntegers: "string" })).toEqual([
      "9007199254740992",
      1,
      1.5,
    ]);
  });

  it("leaves fractions and exponents as JSON.parse gives them", () => {
    const text = "[12345678901234567890.5, 1e400, 1E20, -0, 0.1]";
    expect(parse(text, {})).toEqual(JSON.parse(text));
  });

  it("keeps every number as source text with numbersAsStrings", () => {
    expect(
      parse('{"px":"1.5","sz":0.10,"n":[1e-8,-0,12345678901234567890]}', { numbersAsStrings: true }),
    ).toEqual({
      px: "1.5",
      sz: "0.10",
      n: ["1e-8", "-0", "12345678901234567890"],
    });
  });

  it("matches JSON.parse on strings, escapes, nesting and odd keys", () => {
    const text =
      ' {"a\\"b":"x\\u00e9\\n\\\\","":[],"o":{},"t":true,"f":false,"z":null,"dup":1,"dup":2,"__proto__":{"p":1}} ';
    const ours = parse(text, {}) as Record<string, unknown>;
    expect(ours).toEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(ours)).toBe(Object.prototype);
    expect(Object.hasOwn(ours, "__proto__")).toBe(true);
  });

  it.each([
    "",
    "{",
    "[1,]",
    '{"a":1,}',
    "01",
    "1.",
    "-",
    "tru",
    '"\u0001"',
    '"abc',
    "[1] x",
    "NaN",
    "{a:1}",
    "'x'",
  ])("rejects malformed JSON %j", (text) => {
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    const run = () => (parse === parseJson ? parse(text, {}) : parse(text, { numbersAsStrings: true }));
    expect(run).toThrow(parse === parseJson ? ValidationError : SyntaxError);
  });

  it("agrees with JSON.parse on any JSON without large integers (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = JSON.stringify(value);
        fc.pre(!/(?<![\d.eE+-])-?\d{16,}(?![\d.eE])/.test(text));
        const expected = JSON.parse(text) as unknown;
        const actual = parse(text, {});
        expect(actual).toStrictEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps any integer exact (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), { maxLength: 8 }), (numbers) => {
        const text = `{"values":[${numbers.join(",")}]}`;
        const actual = parse(text, {}) as { values: (number | bigint)[] };
        expect(actual.values.map((v) => BigInt(v))).toEqual(numbers);
        for (const v of actual.values) {
          if (typeof v === "number") expect(Number.isSafeInteger(v)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseJson", () => {
  it("rejects non-strings and wraps syntax errors", () => {
    expect(() => parseJson(Buffer.from("1") as never)).toThrow(ValidationError);
    try {
      parseJson("{]");
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).cause).toBeInstanceOf(SyntaxError);
    }
    expect.assertions(3);
  });

  it("takes the plain JSON.parse path when no digit run can be large", () => {
    const text = '{"a":123456789012345,"b":"0x1234"}';
    expect(parseJson(text)).toEqual({ a: 123456789012345, b: "0x1234" });
    expect(parseJson('"1234567890123456789 inside a string"')).toBe("1234567890123456789 inside a string");
  });
});

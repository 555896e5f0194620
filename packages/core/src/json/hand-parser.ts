import { convertNumber } from "./numbers.js";
import type { JsonValue, ParseJsonOptions } from "./types.js";

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * A JSON parser for runtimes whose JSON.parse does not expose number source text. Same output as
 * JSON.parse (own "__proto__" keys, last duplicate wins) except numbers, which go through
 * convertNumber. Strings are cut out here and decoded by JSON.parse. Throws SyntaxError.
 */
export function parseJsonByHand(text: string, options: ParseJsonOptions): JsonValue {
  let pos = 0;

  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at position ${pos}`);
  };

  const skipWhitespace = (): void => {
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) pos++;
      else return;
    }
  };

  const readString = (): string => {
    const start = pos++;
    let escaped = false;
    for (;;) {
      if (pos >= text.length) fail("Unterminated string");
      const c = text.charCodeAt(pos);
      if (c === 34) break;
      if (c < 0x20) fail("Control character in string");
      if (c === 92) {
        escaped = true;
        pos += 2;
      } else {
        pos++;
      }
    }
    pos++;
    return escaped ? (JSON.parse(text.slice(start, pos)) as string) : text.slice(start + 1, pos - 1);
  };

  const readLiteral = (word: string, value: JsonValue): JsonValue => {
    if (!text.startsWith(word, pos)) fail("Unexpected token");
    pos += word.length;
    return value;
  };

  const readValue = (): JsonValue => {
    skipWhitespace();
    const c = text.charCodeAt(pos);
    if (c === 34) return readString();
    if (c === 123) return readObject();
    if (c === 91) return readArray();
    if (c === 116) return readLiteral("true", true);
    if (c === 102) return readLiteral("false", false);
    if (c === 110) return readLiteral("null", null);
    NUMBER.lastIndex = pos;
    const match = NUMBER.exec(text);
    if (match === null) return pos >= text.length ? fail("Unexpected end of JSON") : fail("Unexpected token");
    const source = match[0];
    pos += source.length;
    return convertNumber(source, Number(source), options);
  };

  const readArray = (): JsonValue[] => {
    pos++;
    const array: JsonValue[] = [];
    skipWhitespace();
    if (text.charCodeAt(pos) === 93) {
      pos++;
      return array;
    }
    for (;;) {
      array.push(readValue());
      skipWhitespace();
      const c = text.charCodeAt(pos++);
      if (c === 93) return array;
      if (c !== 44) fail("Expected ',' or ']'");
    }
  };

  const readObject = (): { [key: string]: JsonValue } => {
    pos++;
    const object: { [key: string]: JsonValue } = {};
    skipWhitespace();
    if (text.charCodeAt(pos) === 125) {
      pos++;
      return object;
    }
    for (;;) {
      skipWhitespace();
      if (text.charCodeAt(pos) !== 34) fail("Expected a property name");
      const key = readString();
      skipWhitespace();
      if (text.charCodeAt(pos++) !== 58) fail("Expected ':'");
      const value = readValue();
      if (key === "__proto__") {
        Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
      } else {
        object[key] = value;
      }
      skipWhitespace();
      const c = text.charCodeAt(pos++);
      if (c === 125) return object;
      if (c !== 44) fail("Expected ',' or '}'");
    }
  };

  const value = readValue();
  skipWhitespace();
  if (pos < text.length) fail("Unexpected data after JSON");
  return value;
}

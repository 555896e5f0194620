import { ValidationError } from "../errors/errors.js";

type RawJson = (text: string) => unknown;
const rawJson = (JSON as { rawJSON?: RawJson }).rawJSON;

/**
 * JSON.stringify that prints bigint as a bare JSON integer (12345678901234567890, not a string).
 * Everything else serializes as JSON.stringify does. Throws ValidationError when the value has no
 * JSON form (undefined, a function, a symbol) or contains a cycle.
 */
export function stringifyJson(value: unknown): string {
  try {
    const text = rawJson === undefined ? stringifyByHand(value) : stringifyWithRawJson(value, rawJson);
    if (text === undefined) {
      throw new ValidationError(`A ${typeof value} has no JSON form`, {
        issues: [{ path: [], message: "not serializable" }],
      });
    }
    return text;
  } catch (error) {
    if (error instanceof TypeError)
      throw new ValidationError(`Cannot serialize to JSON: ${error.message}`, { cause: error });
    throw error;
  }
}

export function stringifyWithRawJson(value: unknown, raw: RawJson): string | undefined {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "bigint") return raw(v.toString());
    return v instanceof BigInt ? raw(v.valueOf().toString()) : v;
  });
}

/** The same output for runtimes without JSON.rawJSON; follows JSON.stringify's algorithm (no replacer, no indent). */
export function stringifyByHand(value: unknown): string | undefined {
  const stack: object[] = [];

  const serialize = (key: string, input: unknown): string | undefined => {
    let v = input;
    if (v !== null && (typeof v === "object" || typeof v === "bigint")) {
      const toJSON = (v as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === "function") v = toJSON.call(v, key);
    }
    if (v instanceof Number) v = Number(v);
    else if (v instanceof String) v = String(v);
    else if (v instanceof Boolean) v = v.valueOf();
    else if (v instanceof BigInt) v = v.valueOf();
    switch (typeof v) {
      case "string":
        return JSON.stringify(v);
      case "number":
        return Number.isFinite(v) ? String(v) : "null";
      case "boolean":
        return v ? "true" : "false";
      case "bigint":
        return v.toString();
      case "undefined":
      case "function":
      case "symbol":
        return undefined;
    }
    if (v === null) return "null";
    if (typeof v !== "object") return undefined;
    if (stack.includes(v)) throw new TypeError("Converting circular structure to JSON");
    stack.push(v);
    let out: string;
    if (Array.isArray(v)) {
      const items: string[] = [];
      for (let i = 0; i < v.length; i++) items.push(serialize(String(i), v[i]) ?? "null");
      out = `[${items.join(",")}]`;
    } else {
      const record = v as Record<string, unknown>;
      const members: string[] = [];
      for (const k of Object.keys(record)) {
        const item = serialize(k, record[k]);
        if (item !== undefined) members.push(`${JSON.stringify(k)}:${item}`);
      }
      out = `{${members.join(",")}}`;
    }
    stack.pop();
    return out;
  };

  return serialize("", value);
}

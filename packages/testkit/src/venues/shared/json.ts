/**
 * The venues send ids, order indexes, timestamps and amounts as bare JSON numbers, many beyond
 * 2^53. The simulators keep them exact: bigints are written as bare integer literals, and integer
 * literals outside the safe range are read back as bigint instead of being rounded by JSON.parse.
 * (The simulator's own codec on purpose: it must not share the SDK's parser it tests.)
 */

/** JSON text of `value`; bigints become bare integers, undefined properties are left out. */
export function stringifyJson(value: unknown): string {
  const out: string[] = [];
  write(value, out);
  return out.join("");
}

function write(value: unknown, out: string[]): void {
  if (value === null || value === undefined) out.push("null");
  else if (typeof value === "bigint") out.push(value.toString());
  else if (typeof value === "number") out.push(Number.isFinite(value) ? String(value) : "null");
  else if (typeof value === "string" || typeof value === "boolean") out.push(JSON.stringify(value));
  else if (Array.isArray(value)) {
    out.push("[");
    value.forEach((item, i) => {
      if (i > 0) out.push(",");
      write(item, out);
    });
    out.push("]");
  } else if (typeof value === "object") {
    out.push("{");
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      if (!first) out.push(",");
      first = false;
      out.push(JSON.stringify(key), ":");
      write(item, out);
    }
    out.push("}");
  } else out.push("null");
}

type SourceContext = { source?: string } | undefined;

/** Parses JSON; integer literals outside ±(2^53 − 1) come back as bigint. Throws SyntaxError. */
export function parseJson(text: string): unknown {
  const reviver = (_key: string, value: unknown, context?: SourceContext): unknown => {
    if (typeof value !== "number" || Number.isSafeInteger(value)) return value;
    const source = context?.source;
    return source !== undefined && /^-?\d+$/.test(source) ? BigInt(source) : value;
  };
  return JSON.parse(text, reviver as (key: string, value: unknown) => unknown);
}

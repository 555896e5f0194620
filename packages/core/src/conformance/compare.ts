const HEX = /^-?0x[0-9a-fA-F]+$/;

/**
 * Equality in the vectors' encodings: `0x` hex compares as an integer (Starknet felts are written
 * without leading zeros, Ethereum values with them), everything else compares structurally.
 */
export function conformanceEqual(actual: unknown, expected: unknown): boolean {
  if (typeof actual === "string" && typeof expected === "string") {
    if (actual === expected) return true;
    if (HEX.test(actual) && HEX.test(expected)) return BigInt(actual) === BigInt(expected);
    return false;
  }
  if (typeof actual === "bigint") return conformanceEqual(actual.toString(), expected);
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => conformanceEqual(actual[i], e))
    );
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
    for (const key of keys) if (!conformanceEqual(a[key], e[key])) return false;
    return true;
  }
  return actual === expected;
}

/** Names each expected field that the actual output lacks or gets wrong. */
export function diffExpected(actual: Record<string, unknown>, expected: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [key, want] of Object.entries(expected)) {
    if (!(key in actual)) {
      problems.push(`${key}: not produced`);
      continue;
    }
    const got = actual[key];
    if (!conformanceEqual(got, want)) {
      problems.push(`${key}: expected ${preview(want)}, got ${preview(got)}`);
    }
  }
  return problems;
}

function preview(value: unknown): string {
  const text = typeof value === "bigint" ? value.toString() : JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

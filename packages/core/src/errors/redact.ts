/**
 * Secret redaction. Errors and log hooks pass every message, header and body they carry
 * through here, so a key that reaches an error by accident still never leaves the process.
 */

const SECRET_KEY_PATTERN =
  /(api[-_]?key|secret|private[-_]?key|priv[-_]?key|signing[-_]?key|password|passphrase|auth(orization)?|token|signature|seed|mnemonic|x-api-key|cookie)/i;

const registeredSecrets = new Set<string>();

/** Registers a secret value so that it is masked wherever it later appears in text. */
export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < 8) return;
  registeredSecrets.add(value);
  if (value.startsWith("0x")) registeredSecrets.add(value.slice(2));
  else registeredSecrets.add(`0x${value}`);
}

/** Forgets a secret registered with {@link registerSecret} (for key rotation). */
export function unregisterSecret(value: string): void {
  registeredSecrets.delete(value);
  registeredSecrets.delete(value.startsWith("0x") ? value.slice(2) : `0x${value}`);
}

export const REDACTED = "[redacted]";

/** Masks every registered secret inside a string. */
export function redactText(text: string): string {
  let out = text;
  for (const secret of registeredSecrets) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** True when a field name usually holds credentials. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY_PATTERN.test(key);
}

/**
 * Deep copy with credential-named fields masked and registered secrets removed from strings.
 * Cycles are cut rather than followed.
 */
export function redact<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (typeof value === "string") return redactText(value) as T;
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value as object)) return "[circular]" as T;
  seen.add(value as object);
  if (Array.isArray(value)) return value.map((v) => redact(v, seen)) as T;
  if (value instanceof Headers) {
    const out: Record<string, string> = {};
    value.forEach((v, k) => {
      out[k] = isSecretKey(k) ? REDACTED : redactText(v);
    });
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] = isSecretKey(k) && v !== undefined && v !== null ? REDACTED : redact(v, seen);
  }
  return out as T;
}

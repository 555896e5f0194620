import { isSecretKey, REDACTED, redactText } from "../errors/index.js";

/**
 * Names (lower-case) the caller declared sensitive plus any the auth hook touched; their
 * values are masked wherever a request is shown to hooks or errors.
 */
export type SensitiveNames = ReadonlySet<string>;

/** URL text with credential-like or auth-added query parameters masked. */
export function redactUrl(url: URL | string, sensitive: SensitiveNames = new Set()): string {
  const parsed = new URL(String(url));
  parsed.hash = "";
  if (parsed.username || parsed.password) {
    parsed.username = "";
    parsed.password = "";
  }
  const entries = [...parsed.searchParams.entries()];
  if (entries.some(([key]) => isSecretKey(key) || sensitive.has(key.toLowerCase()))) {
    const search = entries
      .map(([key, value]) => {
        const shown =
          isSecretKey(key) || sensitive.has(key.toLowerCase()) ? REDACTED : encodeURIComponent(value);
        return `${encodeURIComponent(key)}=${shown}`;
      })
      .join("&");
    parsed.search = "";
    return redactText(`${parsed.toString()}?${search}`);
  }
  return redactText(parsed.toString());
}

/** Plain-object copy of headers with credential-like or auth-added values masked. */
export function redactHeaders(
  headers: Headers,
  sensitive: SensitiveNames = new Set(),
): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = isSecretKey(key) || sensitive.has(key.toLowerCase()) ? REDACTED : redactText(value);
  });
  return out;
}

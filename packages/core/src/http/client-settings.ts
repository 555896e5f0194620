import type { HttpTransportConfig } from "./http-transport.js";

type SettingName = "headers" | "timeoutMs" | "retry" | "rateLimiter" | "onRequest" | "onResponse" | "fetch";

/** The transport settings a venue REST client takes from its user and hands on unchanged. */
export type HttpClientSettings = Pick<HttpTransportConfig, SettingName>;

const SETTING_NAMES: readonly SettingName[] = [
  "headers",
  "timeoutMs",
  "retry",
  "rateLimiter",
  "onRequest",
  "onResponse",
  "fetch",
];

/**
 * The user's transport settings out of a client config, leaving out what it does not set (with
 * exactOptionalPropertyTypes an explicit undefined must not reach the transport config). Other
 * fields of the config are ignored; defaults (such as retries) stay the venue client's choice.
 */
export function httpClientSettings(
  config: {
    readonly [K in SettingName]?: HttpTransportConfig[K] | undefined;
  },
): HttpClientSettings {
  const settings: Record<string, unknown> = {};
  for (const name of SETTING_NAMES) {
    if (config[name] !== undefined) settings[name] = config[name];
  }
  return settings as HttpClientSettings;
}

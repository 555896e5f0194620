import { ValidationError } from "@perp/core";
import type { VestEnvironment } from "../signing/constants.js";

/** The documented v2 socket of each environment (§5.1); `version=1.0` is mandatory (close 4000). */
export const VEST_WS_URLS: Readonly<Record<VestEnvironment, string>> = {
  prod: "wss://ws-prod.hz.vestmarkets.com/ws-api?version=1.0",
  dev: "wss://ws-dev.hz.vestmarkets.com/ws-api?version=1.0",
};

/**
 * Query parameter that routes a socket to its account group. Every client that ran against the
 * live service uses `xwebsocketserver`; the docs' own example spells it `websocketserver`. It is
 * configurable for that reason; `false` omits it (some clients do so for public streams).
 */
export type AccountGroupParam = "xwebsocketserver" | "websocketserver" | false;

export interface VestWsEndpointOptions {
  /** Default "prod". Ignored when `url` is given. */
  env?: VestEnvironment;
  /** Socket URL overriding `env` (a proxy, a simulator); `version=1.0` is added when missing. */
  url?: string;
  /** The `accGroup` returned by `POST /register`. Default 0 (what public users send). */
  accountGroup?: number;
  /** Default "xwebsocketserver". */
  accountGroupParam?: AccountGroupParam;
}

/** Builds the socket URL; with a listen key it is the private (account) URL. */
export function vestWsUrl(options: VestWsEndpointOptions = {}, listenKey?: string): string {
  const base = options.url ?? VEST_WS_URLS[options.env ?? "prod"];
  if (base === undefined) {
    throw new ValidationError(`Unknown Vest environment ${JSON.stringify(options.env)}`, {
      issues: [{ path: ["env"], message: 'expected "prod" or "dev"' }],
    });
  }
  let url: URL;
  try {
    url = new URL(base);
  } catch (cause) {
    throw new ValidationError("The Vest WebSocket url is not a valid URL", {
      cause,
      issues: [{ path: ["url"], message: "expected an absolute ws:// or wss:// URL" }],
    });
  }
  if (url.protocol !== "ws:" && url.protocol !== "wss:") {
    throw new ValidationError(`The Vest WebSocket url must use ws: or wss:, got ${url.protocol}`, {
      issues: [{ path: ["url"], message: "expected ws: or wss:" }],
    });
  }
  const group = options.accountGroup ?? 0;
  if (!Number.isSafeInteger(group) || group < 0) {
    throw new ValidationError(`accountGroup must be a non-negative integer, got ${String(group)}`, {
      issues: [{ path: ["accountGroup"], message: "expected a non-negative integer" }],
    });
  }
  if (!url.searchParams.has("version")) url.searchParams.set("version", "1.0");
  const param = options.accountGroupParam ?? "xwebsocketserver";
  if (param !== false) url.searchParams.set(param, `restserver${group}`);
  if (listenKey !== undefined) {
    if (listenKey.length === 0) {
      throw new ValidationError("The listen key is empty", {
        issues: [{ path: ["listenKey"], message: "expected a non-empty string" }],
      });
    }
    url.searchParams.set("listenKey", listenKey);
  }
  return url.toString();
}

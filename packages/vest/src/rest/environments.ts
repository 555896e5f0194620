import { ValidationError } from "@perp/core";
import { VEST_VERIFYING_CONTRACTS, type VestEnvironment } from "../signing/index.js";

export interface VestEnvironmentConfig {
  /** REST base; every path is relative to it (`{restUrl}/exchangeInfo`). */
  readonly restUrl: string;
  /** WebSocket base, already carrying the mandatory `version=1.0`. */
  readonly wsUrl: string;
  /** Router contract the registration proof is bound to. The EIP-712 domain has no chain id. */
  readonly verifyingContract: `0x${string}`;
}

/**
 * The documented v2 hosts. The older `*.vest.exchange` hosts are dead (Cloudflare 530), and Vest
 * has since relaunched on an undocumented v3 API, so every URL can be overridden.
 */
export const VEST_ENVIRONMENTS = {
  prod: {
    restUrl: "https://server-prod.hz.vestmarkets.com/v2",
    wsUrl: "wss://ws-prod.hz.vestmarkets.com/ws-api?version=1.0",
    verifyingContract: VEST_VERIFYING_CONTRACTS.prod,
  },
  dev: {
    restUrl: "https://server-dev.hz.vestmarkets.com/v2",
    wsUrl: "wss://ws-dev.hz.vestmarkets.com/ws-api?version=1.0",
    verifyingContract: VEST_VERIFYING_CONTRACTS.dev,
  },
} as const satisfies Record<VestEnvironment, VestEnvironmentConfig>;

/** REST header that routes a request to the caller's account group. */
export const VEST_ACCOUNT_GROUP_HEADER = "xrestservermm";
/**
 * WebSocket query parameter for the same routing. The docs' example spells it without the `x`;
 * every known working client uses `xwebsocketserver`.
 */
export const VEST_ACCOUNT_GROUP_WS_PARAM = "xwebsocketserver";

/** The routing value for an account group: `restserver{accGroup}` (REST header and WS query alike). */
export function accountGroupValue(accountGroup: number): string {
  if (!Number.isSafeInteger(accountGroup) || accountGroup < 0) {
    throw new ValidationError(`accountGroup must be a non-negative integer, got ${String(accountGroup)}`, {
      venue: "vest",
      issues: [{ path: ["accountGroup"], message: "expected a non-negative integer" }],
    });
  }
  return `restserver${accountGroup}`;
}

/**
 * How requests are routed. The header name and value rule come from the docs, but the reference
 * flags them as drifting (clients without the header also got answers), so both can be replaced;
 * `false` sends no routing header at all.
 */
export type VestRouting =
  | false
  | { readonly header?: string; readonly value?: (accountGroup: number) => string };

/** The routing header for an account group under a routing policy ({} when routing is off). */
export function routingHeaders(accountGroup: number, routing: VestRouting = {}): Record<string, string> {
  if (routing === false) return {};
  const header = routing.header ?? VEST_ACCOUNT_GROUP_HEADER;
  const value = (routing.value ?? accountGroupValue)(accountGroup);
  return { [header]: value };
}

/** Resolves the REST base: an explicit URL (e.g. a local simulator) wins over the environment's. */
export function resolveRestUrl(environment: VestEnvironment = "prod", restUrl?: string): string {
  const env = VEST_ENVIRONMENTS[environment];
  if (env === undefined) {
    throw new ValidationError(`Unknown Vest environment "${String(environment)}" (use "prod" or "dev")`, {
      venue: "vest",
      issues: [{ path: ["environment"], message: 'expected "prod" or "dev"' }],
    });
  }
  return restUrl ?? env.restUrl;
}

import { ValidationError } from "@perp/core";
import { SIGNING_DOMAINS } from "../onboarding.js";
import { MAINNET_DOMAIN, type StarknetDomain, TESTNET_DOMAIN } from "../signing/index.js";

export interface ExtendedEnvironment {
  readonly name: string;
  /** REST base including `/api/v1`. */
  readonly restBaseUrl: string;
  /** Onboarding / account-management host (no `/api/v1`): `/auth/onboard`, API keys. */
  readonly onboardingBaseUrl: string;
  /** Stream v1 base; the stream is picked by path (`/orderbooks/BTC-USD`, `/account`). */
  readonly streamBaseUrl: string;
  /** Stream RPC v2 endpoint (preview). */
  readonly streamRpcUrl: string;
  /** SNIP-12 domain orders, transfers and withdrawals are signed under (GET /info/starknet serves it). */
  readonly signingDomain: StarknetDomain;
  /** EIP-712 `signing_domain` of key derivation and onboarding. */
  readonly onboardingSigningDomain: string;
  /** Longest order expiry the venue accepts (90 days mainnet, 28 days testnet). */
  readonly maxOrderExpiryMs: number;
  /** Collateral asset: name, Stark asset id and resolution (USD, 0x1, 10^6 on both networks). */
  readonly collateral: { readonly name: string; readonly id: string; readonly resolution: number };
}

const USD_COLLATERAL = Object.freeze({ name: "USD", id: "0x1", resolution: 1_000_000 });

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Extended Starknet deployments. The testnet stream host has also been served without the `api.`
 * prefix (`wss://starknet.sepolia.extended.exchange/...`); override `streamBaseUrl` if that is the
 * one that answers.
 */
export const EXTENDED_ENVIRONMENTS = Object.freeze({
  mainnet: Object.freeze({
    name: "mainnet",
    restBaseUrl: "https://api.starknet.extended.exchange/api/v1",
    onboardingBaseUrl: "https://api.starknet.extended.exchange",
    streamBaseUrl: "wss://api.starknet.extended.exchange/stream.extended.exchange/v1",
    streamRpcUrl: "wss://api.starknet.extended.exchange/stream.extended.exchange/v2/rpc",
    signingDomain: MAINNET_DOMAIN,
    onboardingSigningDomain: SIGNING_DOMAINS.mainnet,
    maxOrderExpiryMs: 90 * DAY_MS,
    collateral: USD_COLLATERAL,
  }),
  testnet: Object.freeze({
    name: "testnet",
    restBaseUrl: "https://api.starknet.sepolia.extended.exchange/api/v1",
    onboardingBaseUrl: "https://api.starknet.sepolia.extended.exchange",
    streamBaseUrl: "wss://api.starknet.sepolia.extended.exchange/stream.extended.exchange/v1",
    streamRpcUrl: "wss://api.starknet.sepolia.extended.exchange/stream.extended.exchange/v2/rpc",
    signingDomain: TESTNET_DOMAIN,
    onboardingSigningDomain: SIGNING_DOMAINS.testnet,
    maxOrderExpiryMs: 28 * DAY_MS,
    collateral: USD_COLLATERAL,
  }),
} satisfies Record<"mainnet" | "testnet", ExtendedEnvironment>);

export type ExtendedNetwork = keyof typeof EXTENDED_ENVIRONMENTS;

export interface EnvironmentOverrides {
  /**
   * Origin serving both the REST API (under `/api/v1`) and onboarding, e.g. a local simulator
   * `http://127.0.0.1:PORT`. Sets restBaseUrl and onboardingBaseUrl unless those are given too.
   */
  baseUrl?: string;
  restBaseUrl?: string;
  onboardingBaseUrl?: string;
  streamBaseUrl?: string;
  streamRpcUrl?: string;
  signingDomain?: StarknetDomain;
}

function checkUrl(value: string, field: string, schemes: RegExp): string {
  if (!schemes.test(value)) {
    throw new ValidationError(`${field} must be an absolute URL, got "${value}"`, {
      venue: "extended",
      issues: [{ path: [field], message: "expected an absolute URL" }],
    });
  }
  return value.replace(/\/+$/, "");
}

/** A named network, or a custom environment derived from one with overridden URLs. */
export function resolveEnvironment(
  network: ExtendedNetwork | ExtendedEnvironment = "mainnet",
  overrides: EnvironmentOverrides = {},
): ExtendedEnvironment {
  const base: ExtendedEnvironment = typeof network === "string" ? EXTENDED_ENVIRONMENTS[network] : network;
  if (base === undefined) {
    throw new ValidationError(`Unknown Extended network "${String(network)}": use "mainnet" or "testnet"`, {
      venue: "extended",
      issues: [{ path: ["network"], message: 'expected "mainnet" or "testnet"' }],
    });
  }
  const http = /^https?:\/\//i;
  const ws = /^wss?:\/\//i;
  const origin = overrides.baseUrl === undefined ? undefined : checkUrl(overrides.baseUrl, "baseUrl", http);
  return Object.freeze({
    ...base,
    restBaseUrl: checkUrl(
      overrides.restBaseUrl ?? (origin === undefined ? base.restBaseUrl : `${origin}/api/v1`),
      "restBaseUrl",
      http,
    ),
    onboardingBaseUrl: checkUrl(
      overrides.onboardingBaseUrl ?? origin ?? base.onboardingBaseUrl,
      "onboardingBaseUrl",
      http,
    ),
    streamBaseUrl: checkUrl(overrides.streamBaseUrl ?? base.streamBaseUrl, "streamBaseUrl", ws),
    streamRpcUrl: checkUrl(overrides.streamRpcUrl ?? base.streamRpcUrl, "streamRpcUrl", ws),
    signingDomain: overrides.signingDomain ?? base.signingDomain,
  });
}

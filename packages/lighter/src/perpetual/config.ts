/**
 * LighterPerpetual's configuration: where to connect, who trades (or read-only without
 * credentials), what to watch, and the venue choices the reference leaves uncertain.
 */
import {
  type HttpRetryOptions,
  isDecimalString,
  type ReconnectOptions,
  registerSecret,
  signDecimal,
  ValidationError,
  type WebSocketConstructor,
} from "@perp/core";
import {
  type LighterEnvironment,
  type LighterEnvironmentName,
  resolveLighterEnvironment,
} from "../rest/environments.js";
import { LighterSigner } from "../signing/signer.js";
import type { LighterAccountChannelName } from "../ws/account/account-stream.js";

/** One API key of one account: what signs orders and auth tokens. */
export interface LighterCredentials {
  accountIndex: bigint | number | string;
  /** 4..254 by convention (0-3 are Lighter's own apps). */
  apiKeyIndex: number;
  /** The API private key: 80 hex characters, optional 0x. Never logged or put in errors. */
  apiPrivateKey: string;
}

/** Unit of a funding rate as a source prints it. */
export type FundingRateUnit = "fraction" | "percent";

export interface LighterPerpetualConfig {
  /** A named deployment (default mainnet); the URLs below replace its endpoints (a simulator). */
  environment?: LighterEnvironmentName;
  restUrl?: string;
  wsUrl?: string;
  /** Chain id signed into every transaction; default the environment's. */
  chainId?: number;
  /** Without credentials (or a signer) the adapter is read-only: market data only. */
  credentials?: LighterCredentials;
  /** A ready signer instead of `credentials`. */
  signer?: LighterSigner;
  /** Symbols whose order books are subscribed by start() and count for readiness. */
  markets?: readonly string[];
  WebSocketImpl?: WebSocketConstructor;
  fetch?: typeof globalThis.fetch;
  /** Clock in ms for tx expiries, order expiries and auth-token deadlines. Default Date.now. */
  now?: () => number;
  /**
   * Market orders are IOC orders with a worst acceptable price: best opposite price × (1 ± this).
   * Default "0.05"; a `price` given with the order is used as the bound instead.
   */
  marketOrderSlippage?: string;
  /** Lifetime of GTC orders (Lighter has only good-till-time). Default 28 days, the SDKs' default. */
  orderLifetimeMs?: number;
  /**
   * Units of funding rates. Not documented: the stream's `current_funding_rate` reads as percent
   * per hour, the REST `funding-rates` value as a fraction. Defaults { rest: "fraction", stream: "percent" }.
   */
  fundingRateUnits?: { rest?: FundingRateUnit; stream?: FundingRateUnit };
  /** Auth tokens for account reads and channels: lifetime and refresh margin. Default 600 s / 60 s. */
  authTokenTtlSeconds?: number;
  authTokenRefreshMarginSeconds?: number;
  /**
   * Account channels. The default (orders, positions, trades, stats) takes balances from
   * `user_stats` (USDC collateral); add "assets" where the venue serves `account_all_assets`.
   */
  accountChannels?: readonly LighterAccountChannelName[];
  /** Send the venue's price sanity checks flag (`price_protection`); default: the venue's default (on). */
  priceProtection?: boolean;
  rest?: { timeoutMs?: number; retry?: HttpRetryOptions | false };
  ws?: {
    pingIntervalMs?: number;
    staleAfterMs?: number;
    connectTimeoutMs?: number;
    ackTimeoutMs?: number;
    reconnect?: ReconnectOptions;
  };
  /** First delay before an initial load (funding, account snapshot) that failed is tried again; doubles up to 30 s. Default 1000. */
  retryDelayMs?: number;
  /**
   * After an order send whose outcome is unknown (timeout, 5xx), the order is looked up by its
   * client order index this long later; not found means it never reached the venue. Default 2000.
   */
  unknownOutcomeLookupMs?: number;
}

export interface ResolvedLighterConfig {
  environment: LighterEnvironment;
  signer: LighterSigner | undefined;
  markets: readonly string[];
  WebSocketImpl: WebSocketConstructor | undefined;
  fetch: typeof globalThis.fetch | undefined;
  now: () => number;
  marketOrderSlippage: string;
  orderLifetimeMs: number;
  fundingRateUnits: { rest: FundingRateUnit; stream: FundingRateUnit };
  authTokenTtlSeconds: number;
  authTokenRefreshMarginSeconds: number;
  accountChannels: readonly LighterAccountChannelName[];
  priceProtection: boolean | undefined;
  rest: { timeoutMs?: number; retry?: HttpRetryOptions | false };
  ws: NonNullable<LighterPerpetualConfig["ws"]>;
  retryDelayMs: number;
  unknownOutcomeLookupMs: number;
}

export const DEFAULT_ACCOUNT_CHANNELS: readonly LighterAccountChannelName[] = [
  "orders",
  "positions",
  "trades",
  "stats",
];

const DAY_MS = 86_400_000;
/** Lighter accepts order expiries from now + 5 min to now + 30 days. */
export const MIN_ORDER_LIFETIME_MS = 5 * 60_000;
export const MAX_ORDER_LIFETIME_MS = 30 * DAY_MS;

function invalid(path: string, message: string): ValidationError {
  return new ValidationError(`invalid Lighter config: ${path} ${message}`, {
    venue: "lighter",
    issues: [{ path: path.split("."), message }],
  });
}

function signerFrom(config: LighterPerpetualConfig, chainId: number, now: () => number) {
  if (config.signer !== undefined) {
    if (config.credentials !== undefined) throw invalid("signer", "cannot be combined with credentials");
    if (!(config.signer instanceof LighterSigner)) throw invalid("signer", "must be a LighterSigner");
    return config.signer;
  }
  const credentials = config.credentials;
  if (credentials === undefined) return undefined;
  if (credentials === null || typeof credentials !== "object")
    throw invalid("credentials", "must be an object");
  const key = credentials.apiPrivateKey;
  if (typeof key !== "string" || key === "") throw invalid("credentials.apiPrivateKey", "is required");
  registerSecret(key);
  registerSecret(key.replace(/^0x/i, ""));
  try {
    return LighterSigner.fromPrivateKey(key, {
      accountIndex: credentials.accountIndex,
      apiKeyIndex: credentials.apiKeyIndex,
      chainId,
      now,
    });
  } catch (cause) {
    // The signer's own message may describe the key; only its kind is reported.
    const what = cause instanceof ValidationError ? cause.message : "is not a valid Lighter API key";
    throw new ValidationError(`invalid Lighter credentials: ${what.includes(key) ? "bad key" : what}`, {
      venue: "lighter",
    });
  }
}

function positiveInteger(value: number | undefined, fallback: number, path: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0) throw invalid(path, "must be a non-negative integer");
  return value;
}

/** Validates the configuration; throws ValidationError naming the field (never a secret). */
export function resolveLighterConfig(config: LighterPerpetualConfig = {}): ResolvedLighterConfig {
  if (config === null || typeof config !== "object") throw invalid("config", "must be an object");
  const environment = resolveLighterEnvironment({
    ...(config.environment === undefined ? {} : { environment: config.environment }),
    ...(config.restUrl === undefined ? {} : { restUrl: config.restUrl }),
    ...(config.wsUrl === undefined ? {} : { wsUrl: config.wsUrl }),
    ...(config.chainId === undefined ? {} : { chainId: config.chainId }),
  });
  const now = config.now ?? Date.now;
  if (typeof now !== "function") throw invalid("now", "must be a function returning ms");
  const markets = config.markets ?? [];
  if (!Array.isArray(markets) || markets.some((m) => typeof m !== "string" || m === "")) {
    throw invalid("markets", "must be a list of market symbols");
  }
  const slippage = config.marketOrderSlippage ?? "0.05";
  if (!isDecimalString(slippage) || signDecimal(slippage) <= 0 || Number(slippage) >= 1) {
    throw invalid("marketOrderSlippage", 'must be a decimal string between 0 and 1, such as "0.05"');
  }
  const lifetime = positiveInteger(config.orderLifetimeMs, 28 * DAY_MS, "orderLifetimeMs");
  if (lifetime <= MIN_ORDER_LIFETIME_MS || lifetime > MAX_ORDER_LIFETIME_MS) {
    throw invalid("orderLifetimeMs", "must be more than 5 minutes and at most 30 days");
  }
  const units = { rest: "fraction", stream: "percent", ...config.fundingRateUnits } as const;
  for (const [key, unit] of Object.entries(units)) {
    if (unit !== "fraction" && unit !== "percent")
      throw invalid(`fundingRateUnits.${key}`, 'must be "fraction" or "percent"');
  }
  const channels = config.accountChannels ?? DEFAULT_ACCOUNT_CHANNELS;
  if (!Array.isArray(channels) || channels.length === 0) {
    throw invalid("accountChannels", "must list at least one channel");
  }
  return {
    environment,
    signer: signerFrom(config, environment.chainId, now),
    markets: [...new Set(markets)],
    WebSocketImpl: config.WebSocketImpl,
    fetch: config.fetch,
    now,
    marketOrderSlippage: slippage,
    orderLifetimeMs: lifetime,
    fundingRateUnits: units,
    authTokenTtlSeconds: positiveInteger(config.authTokenTtlSeconds, 600, "authTokenTtlSeconds"),
    authTokenRefreshMarginSeconds: positiveInteger(
      config.authTokenRefreshMarginSeconds,
      60,
      "authTokenRefreshMarginSeconds",
    ),
    accountChannels: channels,
    priceProtection: config.priceProtection,
    rest: config.rest ?? {},
    ws: config.ws ?? {},
    retryDelayMs: positiveInteger(config.retryDelayMs, 1000, "retryDelayMs"),
    unknownOutcomeLookupMs: positiveInteger(config.unknownOutcomeLookupMs, 2000, "unknownOutcomeLookupMs"),
  };
}

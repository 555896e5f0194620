import {
  type HttpRetryOptions,
  isDecimalString,
  type RateLimiter,
  type ReconnectOptions,
  ValidationError,
  type ValidationIssue,
  type WebSocketConstructor,
} from "@perp/core";
import type { EnvironmentOverrides, ExtendedEnvironment, ExtendedNetwork } from "../rest/environments.js";
import type { SelfTradeProtectionLevel } from "../signing/index.js";
import type { ApiKeyTransport } from "../ws/config.js";

/** A trading sub-account: its API key, the Stark key that signs its orders and its vault (l2Vault). */
export interface ExtendedCredentials {
  apiKey: string;
  /** 0x-hex Stark private key; kept inside a StarkSigner and registered for redaction. */
  starkPrivateKey: string;
  /** The account's l2Vault (collateral position id, a u32), as GET /user/account/info reports it. */
  vault: number | string;
}

export interface ExtendedTradingOptions {
  /**
   * The `fee` (maximum fee rate) signed into orders. Default: the market's taker rate from
   * GET /user/fees, which the venue accepts for every order type.
   */
  feeRate?: string;
  /** Market orders without a price: best opposite price × (1 ± this). Default "0.0075" (Extended's UI). */
  marketSlippage?: string;
  /** Extended has no GTC: such orders are sent as GTT expiring this far ahead. Default: the network's maximum minus 1 h. */
  gtcExpiryMs?: number;
  /** Expiry of IOC and market orders (the venue needs one on every order). Default 1 h. */
  iocExpiryMs?: number;
  /** Default "ACCOUNT" (the venue's default). */
  selfTradeProtection?: SelfTradeProtectionLevel;
}

export interface ExtendedStreamOptions {
  heartbeatIntervalMs?: number;
  staleAfterMs?: number;
  connectTimeoutMs?: number;
  reconnect?: ReconnectOptions;
  /** How the account stream presents the API key; default "header" (Node). */
  apiKeyTransport?: ApiKeyTransport;
  /** Time for the account snapshot burst to complete. Default 3 s. */
  snapshotGraceMs?: number;
}

export interface ExtendedPerpetualConfig extends EnvironmentOverrides {
  /** "mainnet" (default), "testnet", or a full environment. Point `baseUrl`/`streamBaseUrl` at a simulator in tests. */
  network?: ExtendedNetwork | ExtendedEnvironment;
  /** Without credentials the adapter is read-only: market data only, account components not required. */
  credentials?: ExtendedCredentials | undefined;
  /** Markets whose order book and funding are loaded by start() and count for readiness. */
  markets?: readonly string[];
  userAgent?: string;
  fetch?: typeof globalThis.fetch;
  WebSocketImpl?: WebSocketConstructor;
  rest?: { timeoutMs?: number; retry?: HttpRetryOptions | false; rateLimiter?: RateLimiter };
  stream?: ExtendedStreamOptions;
  trading?: ExtendedTradingOptions;
  /** Funding rates of watched markets are re-read from REST this often. Default 60 s (the venue recomputes them every minute); false: only the stream. */
  fundingRefreshMs?: number | false;
  /** Delay before a failed background load (markets, funding, account snapshots, reconciliation) is tried again. Default 2 s. */
  retryDelayMs?: number;
  /** Local clock (ms); order expiries are computed from it. Default Date.now. */
  clock?: () => number;
}

const HOUR_MS = 3_600_000;

/** Validated settings the adapter runs with. */
export interface ResolvedTrading {
  feeRate: string | undefined;
  marketSlippage: string;
  gtcExpiryMs: number;
  iocExpiryMs: number;
  selfTradeProtection: SelfTradeProtectionLevel;
}

function fail(path: string, message: string): never {
  const issue: ValidationIssue = { path: path.split("."), message };
  throw new ValidationError(`invalid Extended configuration: ${path} ${message}`, {
    venue: "extended",
    issues: [issue],
  });
}

function positiveMs(value: number | undefined, path: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value <= 0)
    fail(path, "must be a positive whole number of milliseconds");
  return value;
}

/** The vault as a u32 decimal string; the key material is checked by StarkSigner and the REST client. */
export function checkVault(vault: unknown): string {
  const text = typeof vault === "number" ? String(vault) : typeof vault === "string" ? vault.trim() : "";
  if (!/^\d+$/.test(text) || BigInt(text) >= 2n ** 32n)
    fail("credentials.vault", "must be a u32 (the account's l2Vault)");
  return BigInt(text).toString();
}

export function resolveTrading(
  options: ExtendedTradingOptions | undefined,
  maxOrderExpiryMs: number,
): ResolvedTrading {
  const o = options ?? {};
  if (o.feeRate !== undefined && !isDecimalString(o.feeRate))
    fail("trading.feeRate", 'must be a decimal string such as "0.00025"');
  const slippage = o.marketSlippage ?? "0.0075";
  if (!isDecimalString(slippage) || slippage.startsWith("-")) {
    fail("trading.marketSlippage", 'must be a non-negative decimal string such as "0.0075"');
  }
  const gtc = positiveMs(o.gtcExpiryMs, "trading.gtcExpiryMs", Math.max(HOUR_MS, maxOrderExpiryMs - HOUR_MS));
  if (gtc > maxOrderExpiryMs)
    fail("trading.gtcExpiryMs", `must be at most ${maxOrderExpiryMs} (the network's maximum order expiry)`);
  return {
    feeRate: o.feeRate,
    marketSlippage: slippage,
    gtcExpiryMs: gtc,
    iocExpiryMs: positiveMs(o.iocExpiryMs, "trading.iocExpiryMs", HOUR_MS),
    selfTradeProtection: o.selfTradeProtection ?? "ACCOUNT",
  };
}

export function resolveDelays(config: ExtendedPerpetualConfig): {
  fundingRefreshMs: number | false;
  retryDelayMs: number;
} {
  return {
    fundingRefreshMs:
      config.fundingRefreshMs === false
        ? false
        : positiveMs(config.fundingRefreshMs, "fundingRefreshMs", 60_000),
    retryDelayMs: positiveMs(config.retryDelayMs, "retryDelayMs", 2_000),
  };
}

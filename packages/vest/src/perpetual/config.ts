import {
  type HttpRetryOptions,
  registerSecret,
  ValidationError,
  type WebSocketConstructor,
} from "@perp/core";
import { resolveRestUrl, type VestRouting } from "../rest/environments.js";
import {
  type ChildNoncePolicy,
  toSigningKey,
  type VestEnvironment,
  type VestSigningKey,
  type VestSigningKeySource,
} from "../signing/index.js";
import type { VestSocketOptions } from "../ws/connection.js";
import { type AccountGroupParam, vestWsUrl } from "../ws/endpoints.js";

/** What trading needs: the key pair `POST /register` linked, and where the account lives. */
export interface VestCredentials {
  /** `X-API-KEY` from `POST /register`; registered as a secret (never printed). */
  apiKey: string;
  /** The delegated signing key (raw private key, viem LocalAccount or a VestSigningKey). */
  signingKey: VestSigningKeySource;
  /** The wallet holding the funds; `GET /account` must report this address (checked at start). */
  primaryAddress: string;
  /** `accGroup` from `POST /register`; routes REST and WebSocket traffic. Default 0. */
  accountGroup?: number;
}

export interface VestPerpetualConfig {
  /** Documented hosts; default "prod". Examples and tests pass the simulator's URLs instead. */
  environment?: VestEnvironment;
  /** REST base overriding the environment's (the simulator: "http://127.0.0.1:PORT/v2"). */
  restUrl?: string;
  /** WebSocket base overriding the environment's (the simulator: "ws://127.0.0.1:PORT/ws-api"). */
  wsUrl?: string;
  /** Without credentials the instance is read-only: market data only, account components not required. */
  credentials?: VestCredentials;
  /** Markets whose order book and funding rate `start()` subscribes and readiness waits for. */
  markets?: readonly string[];
  fetch?: typeof globalThis.fetch;
  WebSocketImpl?: WebSocketConstructor;
  /** Venue clock for signed `time` fields, nonces and REST `time` params. Default Date.now. */
  now?: () => number;
  /** REST per-attempt timeout; default 10 s. */
  restTimeoutMs?: number;
  /** Retries of reads (GETs); signed order and cancel POSTs are never retried. */
  restRetry?: HttpRetryOptions | false;
  /** Socket settings shared by the market and the account streams (heartbeat, reconnect backoff...). */
  socket?: Omit<VestSocketOptions, "WebSocketImpl">;
  /** A book whose feed is silent this long is resynced. Default 15 s. */
  bookStaleAfterMs?: number;
  /** Listen-key PUT interval. Default 30 min. */
  keepAliveIntervalMs?: number;
  /** Routing header policy of REST calls (see VestRouting); default `xrestservermm: restserver{n}`. */
  routing?: VestRouting;
  /** WebSocket routing parameter; default "xwebsocketserver". */
  accountGroupParam?: AccountGroupParam;
  /** `recvWindow` of signed requests. Default 10000 ms (the venue's default is 5000, clients use up to 60000). */
  recvWindowMs?: number;
  /**
   * Worst price of a market order without `price`, as a fraction away from the reference price (best
   * opposite level, else the mark price). Default "0.05". Vest requires a worst price on MARKET orders.
   */
  marketSlippage?: string;
  /**
   * IOC on LIMIT orders is undocumented (only GTC and FOK are) but was seen trading on mainnet, so it
   * is on by default; `false` declares `ioc` unsupported and refuses IOC limit orders before signing.
   */
  limitIoc?: boolean;
  /** Nonces of TP/SL child signatures (unverified against the venue, see ChildNoncePolicy). Default "parent". */
  childNonce?: ChildNoncePolicy;
  /** `?time=` on `POST /orders/cancel` (one client needed it; the docs omit it). Default "time". */
  cancelQuery?: "time" | "time-and-nonce" | "none";
  /** How long placeOrder waits for the stream to confirm (open/filled/rejected) after `{id}`. Default 2000 ms. */
  orderAckTimeoutMs?: number;
  /** First and largest delay between retries of a failed initial load (markets, snapshots). */
  loadRetry?: { initialDelayMs?: number; maxDelayMs?: number };
}

export interface ResolvedCredentials {
  apiKey: string;
  signingKey: VestSigningKey;
  primaryAddress: string;
  accountGroup: number;
}

export interface ResolvedVestConfig {
  restUrl: string;
  wsUrl: string;
  credentials: ResolvedCredentials | undefined;
  markets: string[];
  now: () => number;
  recvWindowMs: number;
  marketSlippage: string;
  limitIoc: boolean;
  childNonce: ChildNoncePolicy;
  cancelQuery: "time" | "time-and-nonce" | "none";
  orderAckTimeoutMs: number;
  loadRetry: { initialDelayMs: number; maxDelayMs: number };
}

const SLIPPAGE = /^0?\.\d+$/;

/** Checks a configuration and fills in the defaults; credential values never reach an error message. */
export function resolveVestConfig(config: VestPerpetualConfig): ResolvedVestConfig {
  const restUrl = resolveRestUrl(config.environment ?? "prod", config.restUrl);
  const wsBase = vestWsUrl({
    ...(config.wsUrl === undefined ? {} : { url: config.wsUrl }),
    ...(config.environment === undefined ? {} : { env: config.environment }),
  });
  const markets = [...new Set(config.markets ?? [])];
  for (const [index, symbol] of markets.entries()) {
    if (typeof symbol !== "string" || !/^[\x21-\x7e]{1,64}$/.test(symbol)) {
      invalid(["markets", index], "must be a market symbol such as BTC-PERP");
    }
  }
  const slippage = config.marketSlippage ?? "0.05";
  if (!SLIPPAGE.test(slippage) || /^0?\.0+$/.test(slippage)) {
    invalid(["marketSlippage"], 'must be a decimal string between 0 and 1, such as "0.05"');
  }
  const recvWindowMs = config.recvWindowMs ?? 10_000;
  positiveInteger(recvWindowMs, ["recvWindowMs"]);
  const orderAckTimeoutMs = config.orderAckTimeoutMs ?? 2000;
  if (!Number.isSafeInteger(orderAckTimeoutMs) || orderAckTimeoutMs < 0) {
    invalid(["orderAckTimeoutMs"], "must be a non-negative integer of milliseconds");
  }
  return {
    restUrl,
    wsUrl: stripRouting(wsBase),
    credentials: config.credentials === undefined ? undefined : resolveCredentials(config.credentials),
    markets,
    now: config.now ?? Date.now,
    recvWindowMs,
    marketSlippage: slippage,
    limitIoc: config.limitIoc ?? true,
    childNonce: config.childNonce ?? "parent",
    cancelQuery: config.cancelQuery ?? "time",
    orderAckTimeoutMs,
    loadRetry: {
      initialDelayMs: config.loadRetry?.initialDelayMs ?? 500,
      maxDelayMs: config.loadRetry?.maxDelayMs ?? 30_000,
    },
  };
}

function resolveCredentials(credentials: VestCredentials): ResolvedCredentials {
  const { apiKey, primaryAddress } = credentials;
  if (typeof apiKey !== "string" || apiKey.trim() === "" || /[\r\n]/.test(apiKey)) {
    invalid(["credentials", "apiKey"], "must be a non-empty single-line string");
  }
  registerSecret(apiKey);
  if (typeof primaryAddress !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(primaryAddress)) {
    invalid(["credentials", "primaryAddress"], "must be a 0x-prefixed 20-byte address");
  }
  const accountGroup = credentials.accountGroup ?? 0;
  if (!Number.isSafeInteger(accountGroup) || accountGroup < 0) {
    invalid(["credentials", "accountGroup"], "must be a non-negative integer");
  }
  let signingKey: VestSigningKey;
  try {
    signingKey = toSigningKey(credentials.signingKey);
  } catch (cause) {
    // The key parser's message is not repeated: it may describe the value.
    throw new ValidationError("credentials.signingKey is not a valid Vest signing key", {
      venue: "vest",
      cause,
      issues: [
        { path: ["credentials", "signingKey"], message: "expected a 32-byte hex private key or an account" },
      ],
    });
  }
  return { apiKey, signingKey, primaryAddress, accountGroup };
}

/** The base without the routing parameter: each stream adds its own account group. */
function stripRouting(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.delete("xwebsocketserver");
  return parsed.toString();
}

function positiveInteger(value: number, path: (string | number)[]): void {
  if (!Number.isSafeInteger(value) || value <= 0) invalid(path, "must be a positive integer");
}

function invalid(path: (string | number)[], message: string): never {
  throw new ValidationError(`invalid Vest configuration: ${path.join(".")} ${message}`, {
    venue: "vest",
    issues: [{ path, message }],
  });
}

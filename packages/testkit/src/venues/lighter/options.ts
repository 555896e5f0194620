import type { Clock } from "../../engine/index.js";
import {
  LIGHTER_COUNTERPARTY_CREDENTIALS,
  LIGHTER_TEST_CREDENTIALS,
  type LighterTestCredentials,
} from "./credentials.js";
import { DEFAULT_LIGHTER_MARKETS, type LighterMarketConfig, validateMarkets } from "./markets.js";

/** An account that exists from the start, with its registered API keys and deposited USDC. */
export interface LighterAccountConfig {
  readonly accountIndex: bigint;
  readonly l1Address: string;
  readonly apiKeys: readonly { readonly apiKeyIndex: number; readonly publicKey: string }[];
  /** USDC deposited at start. Default "0". */
  readonly collateral?: string;
}

/** Where the simulator has to guess at Lighter's behaviour, the choice is an option. */
export interface LighterSimulatorOptions {
  /** Seeds the mark-price walk and session ids. Default 1. */
  readonly seed?: number;
  /**
   * Engine time. Default: the system clock, ticked by harness timers (real mode). Any other clock
   * (a ManualClock in tests) puts every periodic job on that clock (manual mode).
   */
  readonly clock?: Clock;
  readonly markets?: readonly LighterMarketConfig[];
  /** Default: the default test account and the counterparty, 100000 USDC each. */
  readonly accounts?: readonly LighterAccountConfig[];
  /** Chain id every signature must commit to. Default 304 (mainnet); testnet is 300. */
  readonly chainId?: number;
  /** Engine tick (mark walk, maker re-quote, funding). Default 500 ms; 0 = never. */
  readonly tickIntervalMs?: number;
  /** `market_stats`/`ticker` re-publication period. Default 1000 ms; 0 = only on change. */
  readonly statsIntervalMs?: number;
  /** First order index; Lighter's are >= 2^48 (MinOrderIndex). Pass > 2^53 to catch lossy clients. */
  readonly orderIndexStart?: bigint;
  /**
   * What a transaction that passes the API checks but fails in the matching engine (margin,
   * post-only crossing, reduce-only, duplicate client order index) gets. "async" (default): HTTP 200,
   * the nonce is used and the order shows up cancelled with Lighter's cancel status, as the sequencer
   * does [reference §4.13, 3rd-party]. "sync": HTTP 400 with the 217xx code and the nonce is not used.
   */
  readonly engineRejections?: "async" | "sync";
  /** Server `{"type":"ping"}` period; a connection silent for a whole period is closed 1008 "no pong". Default 60000; 0 = off. */
  readonly pingIntervalMs?: number;
  /** Levels per side in `order_book` snapshots. Default 250. */
  readonly bookDepth?: number;
  /** `account_all` needs an auth token too (the docs disagree). Default false. */
  readonly accountAllRequiresAuth?: boolean;
  /** Largest sendTxBatch over REST (21514 above). Default 50. */
  readonly maxRestBatch?: number;
  /** Largest jsonapi/sendtxbatch over WebSocket. Default 15 (asyncapi mirror). */
  readonly maxWsBatch?: number;
}

export function accountOf(credentials: LighterTestCredentials, collateral: string): LighterAccountConfig {
  return {
    accountIndex: credentials.accountIndex,
    l1Address: credentials.l1Address,
    apiKeys: [{ apiKeyIndex: credentials.apiKeyIndex, publicKey: credentials.apiPublicKey }],
    collateral,
  };
}

export const DEFAULT_LIGHTER_ACCOUNTS: readonly LighterAccountConfig[] = [
  accountOf(LIGHTER_TEST_CREDENTIALS, "100000"),
  accountOf(LIGHTER_COUNTERPARTY_CREDENTIALS, "100000"),
];

export type ResolvedLighterOptions = Required<Omit<LighterSimulatorOptions, "clock">>;

export function resolveLighterOptions(options: LighterSimulatorOptions): ResolvedLighterOptions {
  const markets = options.markets ?? DEFAULT_LIGHTER_MARKETS;
  validateMarkets(markets);
  return {
    seed: options.seed ?? 1,
    markets,
    accounts: options.accounts ?? DEFAULT_LIGHTER_ACCOUNTS,
    chainId: options.chainId ?? 304,
    tickIntervalMs: options.tickIntervalMs ?? 500,
    statsIntervalMs: options.statsIntervalMs ?? 1000,
    orderIndexStart: options.orderIndexStart ?? 2n ** 48n,
    engineRejections: options.engineRejections ?? "async",
    pingIntervalMs: options.pingIntervalMs ?? 60_000,
    bookDepth: options.bookDepth ?? 250,
    accountAllRequiresAuth: options.accountAllRequiresAuth ?? false,
    maxRestBatch: options.maxRestBatch ?? 50,
    maxWsBatch: options.maxWsBatch ?? 15,
  };
}

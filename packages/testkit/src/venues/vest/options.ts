import type { Address } from "viem";
import type { Clock } from "../../engine/index.js";
import { VEST_COUNTERPARTY_CREDENTIALS, VEST_TEST_CREDENTIALS } from "./credentials.js";
import type { VestErrorEnvelope } from "./errors.js";
import { DEFAULT_VEST_MARKETS, type VestMarketConfig } from "./markets.js";

/** An account that exists from the start, as if it had registered a signing key and deposited. */
export interface VestAccountConfig {
  readonly primaryAddress: string;
  /** Lets the simulator sign the registration proof it reports in `GET /transfer` rows. */
  readonly primaryPrivateKey?: string;
  readonly signingAddress: string;
  readonly apiKey: string;
  readonly accountGroup?: number;
  /** ms since the epoch; default 2100-01-01. */
  readonly signerExpiry?: number;
  /** USDC deposited at start. Default "0". */
  readonly collateral?: string;
}

/** Where the simulator diverges from the documentation or guesses, the choice is an option. */
export interface VestSimulatorOptions {
  /** Seeds the mark-price walk, listen keys and API keys of registered accounts. Default 1. */
  readonly seed?: number;
  /**
   * Engine time. Default: the system clock, with the engine ticked by harness timers (real mode).
   * Any other clock (e.g. ManualClock) puts every periodic job on that clock (manual mode).
   */
  readonly clock?: Clock;
  readonly markets?: readonly VestMarketConfig[];
  /** Default: the default test account and the counterparty, 100000 USDC each. */
  readonly accounts?: readonly VestAccountConfig[];
  /** Engine tick (mark walk, house re-quote, funding). Vest re-quotes about every 300 ms. 0 = never. */
  readonly tickIntervalMs?: number;
  /** Levels per side in `@depth` frames. Default 20. */
  readonly depthLevels?: number;
  /** Full `@depth` snapshots are also re-sent on this period, changed or not. Default 1000; 0 = only on change. */
  readonly depthSnapshotIntervalMs?: number;
  /** Period of the `tickers` channel. Default 1000; 0 = only on subscribe. */
  readonly tickerIntervalMs?: number;
  /** Listen-key lifetime after POST/PUT. Default 60 min. */
  readonly listenKeyTtlMs?: number;
  /** Router the EIP-712 SignerProof is bound to. Default: the production router. */
  readonly verifyingContract?: Address;
  /** Error body shape; default "plain" (`{code,msg}`, as documented). */
  readonly errorEnvelope?: VestErrorEnvelope;
  /** One live client saw 422 without `?time=` on `POST /orders/cancel`. Default true. */
  readonly requireCancelTimeQuery?: boolean;
  /** recvWindow when the body has none. Default 5000 (documented). */
  readonly defaultRecvWindowMs?: number;
  /** Largest recvWindow accepted (undocumented; clients use up to 60000). Default 60000. */
  readonly maxRecvWindowMs?: number;
  /** How far `time` may be ahead of the server clock (undocumented). Default 10000. */
  readonly maxFutureSkewMs?: number;
  /**
   * "unique" (default): a nonce may not repeat (per action kind); "increasing": it must exceed the
   * last one (1023 otherwise). The docs only say nonces guard against duplicates (3015).
   */
  readonly nonceRule?: "unique" | "increasing";
  /** Time/nonce of TP/SL child signatures: the parent's (default, per the docs) or nonce+1/+2. */
  readonly childNonce?: "parent" | "increment";
  /** ERC-20 address of USDC per destination chain id, as signed in withdrawals. */
  readonly withdrawTokens?: Readonly<Record<number, Address>>;
  /** Chain id reported for deposits. Default 324 (zkSync Era). */
  readonly depositChainId?: number;
  /** Account groups served (0..n-1). Default 10. */
  readonly accountGroups?: number;
  /** Collateral of accounts created by `POST /register`. Default "0". */
  readonly registrationCollateral?: string;
  /** First order id (hex on the wire). Pass above 2^53 to catch clients that parse ids as numbers. */
  readonly orderIdStart?: bigint;
}

/** USDC addresses per chain (zkSync Era native USDC, Ethereum, Arbitrum, Base). */
export const DEFAULT_WITHDRAW_TOKENS: Readonly<Record<number, Address>> = {
  324: "0x1d17CBcF0D6D143135aE902365D2E5e2A16538D4",
  1: "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48",
  42161: "0xaf88d065e77c8cC2239327C5EDb3A432268e5831",
  8453: "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913",
};

export const DEFAULT_VEST_ACCOUNTS: readonly VestAccountConfig[] = [
  { ...VEST_TEST_CREDENTIALS, collateral: "100000" },
  { ...VEST_COUNTERPARTY_CREDENTIALS, collateral: "100000" },
];

export type ResolvedVestOptions = Required<Omit<VestSimulatorOptions, "clock">> & {
  readonly clock: Clock | undefined;
};

export function resolveVestOptions(options: VestSimulatorOptions): ResolvedVestOptions {
  return {
    seed: options.seed ?? 1,
    clock: options.clock,
    markets: options.markets ?? DEFAULT_VEST_MARKETS,
    accounts: options.accounts ?? DEFAULT_VEST_ACCOUNTS,
    tickIntervalMs: options.tickIntervalMs ?? 300,
    depthLevels: options.depthLevels ?? 20,
    depthSnapshotIntervalMs: options.depthSnapshotIntervalMs ?? 1000,
    tickerIntervalMs: options.tickerIntervalMs ?? 1000,
    listenKeyTtlMs: options.listenKeyTtlMs ?? 3_600_000,
    verifyingContract: options.verifyingContract ?? "0x919386306C47b2Fe1036e3B4F7C40D22D2461a23",
    errorEnvelope: options.errorEnvelope ?? "plain",
    requireCancelTimeQuery: options.requireCancelTimeQuery ?? true,
    defaultRecvWindowMs: options.defaultRecvWindowMs ?? 5000,
    maxRecvWindowMs: options.maxRecvWindowMs ?? 60_000,
    maxFutureSkewMs: options.maxFutureSkewMs ?? 10_000,
    nonceRule: options.nonceRule ?? "unique",
    childNonce: options.childNonce ?? "parent",
    withdrawTokens: options.withdrawTokens ?? DEFAULT_WITHDRAW_TOKENS,
    depositChainId: options.depositChainId ?? 324,
    accountGroups: options.accountGroups ?? 10,
    registrationCollateral: options.registrationCollateral ?? "0",
    orderIdStart: options.orderIdStart ?? 1n,
  };
}

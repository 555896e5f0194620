/**
 * Where the Lighter examples point. Every example starts with `await using env = await openEnv(...)`.
 *
 * By default each example starts the local simulator (@perp/testkit) in-process and trades as its
 * public TEST account (account 281, API key 4, 100,000 USDC of play money; the keys are derived
 * from a public label and must never hold real funds), then shuts it down when the example ends.
 * Set these to run against Lighter instead:
 *
 *   LIGHTER_NETWORK=testnet|mainnet   the network (unset: the simulator)
 *   LIGHTER_ACCOUNT_INDEX             your account index (getAccountsByL1Address.ts lists them)
 *   LIGHTER_API_KEY_INDEX             the API key's index (2..254; 0 and 1 belong to Lighter's apps)
 *   LIGHTER_API_PRIVATE_KEY           that API key's private key (80 hex): signs transactions and auth tokens
 *   LIGHTER_ETH_PRIVATE_KEY           the account's Ethereum wallet: only for L1-signed transactions
 *                                     (changePubKey.ts, transfers to another owner, approveIntegrator.ts)
 *   LIGHTER_TRANSFER_TO_ACCOUNT       transfer.ts: the account that receives 1 USDC
 *   LIGHTER_INTEGRATOR_ACCOUNT        approveIntegrator.ts: the integrator's account index
 *   LIGHTER_NEW_API_KEY_INDEX         changePubKey.ts: the API key index to (re)register, 2..254
 *   LIGHTER_ALLOW_MAINNET_WRITES=1    lets examples that trade or move funds run on mainnet
 *   PERP_EXAMPLES_TARGET=simulator    forces the simulator whatever else is set (the CI runner sets it)
 *
 * Secrets are read from the environment only and never printed (the SDK registers them for
 * redaction, so they cannot leak through error messages either).
 */
import { VenueApiError } from "@perp/core";
import {
  LIGHTER_ENVIRONMENTS,
  type LighterRestClientOptions,
  LighterSigner,
  type LighterWsClientOptions,
  signerAuthTokens,
} from "@perp/lighter";

export type Target = "simulator" | "testnet" | "mainnet";

/** ETH-PERP: market 0 on mainnet, testnet and the simulator. */
export const MARKET_ID = 0;

export interface EnvOptions {
  /**
   * "account": the account index (public account reads); "signer": also the API key, which signs
   * transactions and the auth tokens of private reads and streams; "wallet": also the Ethereum
   * wallet that owns the account (L1-signed transactions). Default: nothing.
   */
  needs?: "account" | "signer" | "wallet";
  /** Against the simulator the example prints this is not served and exits 0 without starting anything. */
  notServedBySimulator?: string;
  /** The example trades or moves funds: refused on mainnet unless LIGHTER_ALLOW_MAINNET_WRITES=1. */
  writes?: boolean;
  /** Simulator only: a second test account crosses the spread every 300 ms so trade feeds have data. */
  simulatorTrades?: boolean;
  /** Simulator only: the test account buys and sells the smallest size once, so its history has fills. */
  simulatorFills?: boolean;
  /** Simulator only: the test account leaves a post-only buy resting 10 % under the book. */
  simulatorRestingOrder?: boolean;
}

export interface PublicEnv extends AsyncDisposable {
  readonly target: Target;
  /** Chain id every transaction is signed for (the simulator checks mainnet's, 304). */
  readonly chainId: number;
  /** `new LighterRestClient(env.rest)`; carries an auth token provider when the example has a signer. */
  readonly rest: LighterRestClientOptions;
  /** `new LighterStreams(env.ws)` / `new LighterWsClient(env.ws)`; carries the auth token provider too. */
  readonly ws: LighterWsClientOptions;
  /** Stops the simulator (when one runs); idempotent. */
  close(): Promise<void>;
}

export interface AccountEnv extends PublicEnv {
  readonly accountIndex: bigint;
}

export interface SignerEnv extends AccountEnv {
  readonly apiKeyIndex: number;
  readonly signer: LighterSigner;
}

/** What signs L1 messages: a viem LocalAccount fits, as does anything with EIP-191 `signMessage`. */
export interface L1Wallet {
  readonly address: string;
  signMessage(args: { message: string }): Promise<string>;
}

export interface WalletEnv extends SignerEnv {
  readonly wallet: L1Wallet;
}

export function openEnv(options: EnvOptions & { needs: "wallet" }): Promise<WalletEnv>;
export function openEnv(options: EnvOptions & { needs: "signer" }): Promise<SignerEnv>;
export function openEnv(options: EnvOptions & { needs: "account" }): Promise<AccountEnv>;
export function openEnv(options?: EnvOptions): Promise<PublicEnv>;
export async function openEnv(options: EnvOptions = {}): Promise<PublicEnv> {
  const target = resolveTarget();
  if (target === "simulator") {
    if (options.notServedBySimulator !== undefined) {
      console.log(
        `${options.notServedBySimulator} is not served by the simulator; ` +
          `set ${varsFor(options).join(", ")} to run against Lighter testnet.`,
      );
      process.exit(0);
    }
    return openSimulator(options);
  }
  if (options.writes === true && target === "mainnet" && process.env.LIGHTER_ALLOW_MAINNET_WRITES !== "1") {
    fail("this example trades or moves funds: set LIGHTER_ALLOW_MAINNET_WRITES=1 to run it on mainnet");
  }
  return openNetwork(target, options);
}

/** The env vars an example needs on a real network, for the "not served" hint. */
function varsFor(options: EnvOptions): string[] {
  const vars = ["LIGHTER_NETWORK=testnet"];
  if (options.needs !== undefined) vars.push("LIGHTER_ACCOUNT_INDEX");
  if (options.needs === "signer" || options.needs === "wallet") {
    vars.push("LIGHTER_API_KEY_INDEX", "LIGHTER_API_PRIVATE_KEY");
  }
  if (options.needs === "wallet") vars.push("LIGHTER_ETH_PRIVATE_KEY");
  return vars;
}

function resolveTarget(): Target {
  if (process.env.PERP_EXAMPLES_TARGET === "simulator") return "simulator";
  const network = process.env.LIGHTER_NETWORK?.trim();
  if (network === undefined || network === "" || network === "simulator") return "simulator";
  if (network === "testnet" || network === "mainnet") return network;
  return fail(`LIGHTER_NETWORK must be "testnet" or "mainnet", got "${network}"`);
}

function fail(message: string): never {
  console.error(`examples/lighter: ${message}`);
  process.exit(1);
}

function required(name: string, what: string): string {
  const value = process.env[name]?.trim();
  if (value === undefined || value === "") fail(`set ${name} (${what}) to run this example against Lighter`);
  return value;
}

function integerVar(name: string, what: string): bigint {
  const text = required(name, what);
  if (!/^\d+$/.test(text)) fail(`${name} must be a non-negative integer (${what})`);
  return BigInt(text);
}

interface Keys {
  accountIndex: bigint;
  apiKeyIndex: number;
  apiPrivateKey: string;
  l1PrivateKey: string | undefined;
}

/** Builds the env from the keys: the signer's auth tokens go into both clients' options. */
async function withKeys(base: PublicEnv, options: EnvOptions, keys: Keys): Promise<PublicEnv> {
  if (options.needs === undefined) return base;
  if (options.needs === "account") return { ...base, accountIndex: keys.accountIndex } as AccountEnv;
  const signer = LighterSigner.fromPrivateKey(keys.apiPrivateKey, {
    accountIndex: keys.accountIndex,
    apiKeyIndex: keys.apiKeyIndex,
    chainId: base.chainId,
  });
  // One provider for REST and streams: a token is signed once and re-signed shortly before expiry.
  const authToken = signerAuthTokens(signer);
  const env: SignerEnv = {
    ...base,
    rest: { ...base.rest, authToken },
    ws: { ...base.ws, authToken },
    accountIndex: keys.accountIndex,
    apiKeyIndex: keys.apiKeyIndex,
    signer,
  };
  if (options.needs === "signer") return env;
  if (keys.l1PrivateKey === undefined) {
    return fail("set LIGHTER_ETH_PRIVATE_KEY (the Ethereum wallet that owns the account) for this example");
  }
  // Any EIP-191 signer works here (viem, ethers, a browser wallet); this one is viem's LocalAccount,
  // borrowed from @perp/extended so the examples need no extra dependency.
  const { ethereumSignerFromPrivateKey } = await import("@perp/extended");
  return { ...env, wallet: ethereumSignerFromPrivateKey(keys.l1PrivateKey) } as WalletEnv;
}

async function openSimulator(options: EnvOptions): Promise<PublicEnv> {
  // Loaded on demand: examples pointed at Lighter never load the simulator.
  const { LIGHTER_TEST_CREDENTIALS, LIGHTER_WS_PATH, lighterProtocolFactory, startHarness } = await import(
    "@perp/testkit"
  );
  const harness = await startHarness({
    protocols: [lighterProtocolFactory({ seed: 7 })],
    admin: false,
    seed: 7,
  });
  const urls = harness.urls.lighter;
  if (urls === undefined) throw new Error("the simulator did not serve the lighter venue");
  // The simulator checks signatures for mainnet's chain id, so "mainnet" with local URLs.
  const chainId = LIGHTER_ENVIRONMENTS.mainnet.chainId;
  const base = {
    target: "simulator" as const,
    chainId,
    rest: { restUrl: urls.http, chainId },
    ws: { url: `${urls.ws}${LIGHTER_WS_PATH}` },
  };
  const { startSimulatorActivity } = await import("./_simulator-activity.js");
  const activity = await startSimulatorActivity(base.rest, chainId, {
    trades: options.simulatorTrades === true,
    fills: options.simulatorFills === true,
    restingOrder: options.simulatorRestingOrder === true,
  });
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await activity.stop();
      await harness.close();
    })();
    return closing;
  };
  const env = { ...base, close, [Symbol.asyncDispose]: close };
  const creds = LIGHTER_TEST_CREDENTIALS;
  return withKeys(env, options, {
    accountIndex: creds.accountIndex,
    apiKeyIndex: creds.apiKeyIndex,
    apiPrivateKey: creds.apiPrivateKey,
    l1PrivateKey: creds.l1PrivateKey,
  });
}

async function openNetwork(target: "testnet" | "mainnet", options: EnvOptions): Promise<PublicEnv> {
  const close = async (): Promise<void> => {};
  const chainId = LIGHTER_ENVIRONMENTS[target].chainId;
  const env = {
    target,
    chainId,
    rest: { environment: target },
    ws: { network: target },
    close,
    [Symbol.asyncDispose]: close,
  };
  if (options.needs === undefined) return env;
  const accountIndex = integerVar("LIGHTER_ACCOUNT_INDEX", "your account index");
  if (options.needs === "account") {
    return withKeys(env, options, {
      accountIndex,
      apiKeyIndex: 0,
      apiPrivateKey: "",
      l1PrivateKey: undefined,
    });
  }
  const apiKeyIndex = integerVar("LIGHTER_API_KEY_INDEX", "the API key index, 2..254");
  if (apiKeyIndex > 254n) fail("LIGHTER_API_KEY_INDEX must be 0..254");
  const l1 = process.env.LIGHTER_ETH_PRIVATE_KEY?.trim();
  return withKeys(env, options, {
    accountIndex,
    apiKeyIndex: Number(apiKeyIndex),
    apiPrivateKey: required("LIGHTER_API_PRIVATE_KEY", "the API key's private key, 80 hex characters"),
    l1PrivateKey: l1 === undefined || l1 === "" ? undefined : l1,
  });
}

/**
 * Another account the example deals with (a transfer's receiver, an integrator): on the simulator
 * its second funded TEST account (another owner, so transfers to it need the wallet's L1
 * signature); on a real network the account index in `variable`.
 */
export async function otherAccount(env: PublicEnv, variable: string, what: string): Promise<bigint> {
  if (env.target === "simulator") {
    const { LIGHTER_COUNTERPARTY_CREDENTIALS } = await import("@perp/testkit");
    return LIGHTER_COUNTERPARTY_CREDENTIALS.accountIndex;
  }
  return integerVar(variable, what);
}

/** Lighter's "unsupported tx type" code, which the simulator answers for transactions it does not execute. */
const UNSUPPORTED_TX_TYPE = 21505;

/**
 * True (after saying so) when the simulator refused `txType` as unsupported (21505): the signed
 * transaction is still valid for Lighter, which executes it. Anything else is for the caller.
 */
export function notExecutedBySimulator(env: PublicEnv, error: unknown, txType: string): boolean {
  if (env.target !== "simulator" || !(error instanceof VenueApiError)) return false;
  if (Number(error.venueCode) !== UNSUPPORTED_TX_TYPE) return false;
  console.log(
    `the simulator does not execute ${txType} (21505 unsupported tx type); ` +
      "set LIGHTER_NETWORK=testnet, LIGHTER_ACCOUNT_INDEX, LIGHTER_API_KEY_INDEX, LIGHTER_API_PRIVATE_KEY to send it to Lighter testnet.",
  );
  return true;
}

/**
 * Where the Extended examples point. Every example starts with `await using env = await openEnv(...)`.
 *
 * By default each example starts the local simulator (@perp/testkit) in-process, trades with its
 * public TEST account (100,000 USD of play money, keys that must never hold real funds) and shuts
 * it down when the example ends. Set these to run against Extended instead:
 *
 *   EXTENDED_NETWORK=testnet|mainnet   the network (unset: the simulator)
 *   EXTENDED_API_KEY                   sub-account API key (private endpoints, account stream)
 *   EXTENDED_STARK_PRIVATE_KEY         the sub-account's Stark private key (orders, transfers, withdrawals)
 *   EXTENDED_VAULT                     the sub-account's vault / position id (`l2Vault` in getAccountInfo.ts)
 *   EXTENDED_ETH_PRIVATE_KEY           wallet key for onboarding and API-key management (unset: a throw-away wallet)
 *   EXTENDED_ALLOW_MAINNET_WRITES=1    lets examples that trade or move funds run on mainnet
 *   PERP_EXAMPLES_TARGET=simulator     forces the simulator whatever else is set (the CI runner sets it)
 *
 * Secrets are read from the environment only and never printed.
 */
import {
  type EthereumSigner,
  ExtendedRestClient,
  type ExtendedRestClientConfig,
  type ExtendedStreamsOptions,
  ethereumSignerFromPrivateKey,
  StarkSigner,
} from "@perp/extended";

export type Target = "simulator" | "testnet" | "mainnet";

/** What an example needs from its environment. */
export interface EnvOptions {
  /**
   * "apiKey": private endpoints; "signer": also the Stark key and vault, to sign; "wallet": the
   * onboarded Ethereum wallet (account management). Default: nothing.
   */
  needs?: "apiKey" | "signer" | "wallet";
  /**
   * The endpoint this example calls, when the simulator does not serve it: against the simulator
   * the example prints so and exits 0 without starting anything.
   */
  notServedBySimulator?: string;
  /** The example trades or moves funds: refused on mainnet unless EXTENDED_ALLOW_MAINNET_WRITES=1. */
  writes?: boolean;
  /** Simulator only: a second test account crosses the spread every 400 ms so trade streams have data. */
  simulatorTrades?: boolean;
}

export interface PublicEnv extends AsyncDisposable {
  readonly target: Target;
  /** `new ExtendedRestClient(env.rest)`; carries the API key when the example needs one. */
  readonly rest: ExtendedRestClientConfig;
  /** `new ExtendedStreams(env.streams)`; carries the API key when the example needs one. */
  readonly streams: ExtendedStreamsOptions;
  /** Stops the simulator (when one runs); idempotent. */
  close(): Promise<void>;
}

export interface PrivateEnv extends PublicEnv {
  readonly apiKey: string;
}

export interface SigningEnv extends PrivateEnv {
  readonly signer: StarkSigner;
  /** The sub-account's vault (collateral position id), signed into every settlement. */
  readonly vault: number;
}

export interface WalletEnv extends PublicEnv {
  /** The wallet that onboarded the account; signs account-management requests. */
  readonly wallet: EthereumSigner;
}

export function openEnv(options: EnvOptions & { needs: "signer" }): Promise<SigningEnv>;
export function openEnv(options: EnvOptions & { needs: "wallet" }): Promise<WalletEnv>;
export function openEnv(options: EnvOptions & { needs: "apiKey" }): Promise<PrivateEnv>;
export function openEnv(options?: EnvOptions): Promise<PublicEnv>;
export async function openEnv(
  options: EnvOptions = {},
): Promise<PublicEnv | PrivateEnv | SigningEnv | WalletEnv> {
  const target = resolveTarget();
  if (target === "simulator") {
    if (options.notServedBySimulator !== undefined) {
      console.log(
        `${options.notServedBySimulator} is not served by the simulator; ` +
          `set ${varsFor(options).join(", ")} to run against Extended testnet.`,
      );
      process.exit(0);
    }
    return openSimulator(options);
  }
  if (options.writes === true && target === "mainnet" && process.env.EXTENDED_ALLOW_MAINNET_WRITES !== "1") {
    fail("this example trades or moves funds: set EXTENDED_ALLOW_MAINNET_WRITES=1 to run it on mainnet");
  }
  return openNetwork(target, options);
}

/**
 * The wallet that signs onboarding and API-key requests: EXTENDED_ETH_PRIVATE_KEY, or (unless
 * `required`) a fresh throw-away wallet, which is all a brand-new registration needs.
 */
export function walletFromEnv(required = false): { wallet: EthereumSigner; throwAway: boolean } {
  const key = process.env.EXTENDED_ETH_PRIVATE_KEY?.trim();
  if (key !== undefined && key !== "") return { wallet: ethereumSignerFromPrivateKey(key), throwAway: false };
  if (required) fail("set EXTENDED_ETH_PRIVATE_KEY (the onboarded wallet's Ethereum private key)");
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const hex = `0x${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
  return { wallet: ethereumSignerFromPrivateKey(hex), throwAway: true };
}

function varsFor(options: EnvOptions): string[] {
  const vars = ["EXTENDED_NETWORK=testnet"];
  if (options.needs === "wallet") vars.push("EXTENDED_ETH_PRIVATE_KEY");
  if (options.needs === "apiKey" || options.needs === "signer") vars.push("EXTENDED_API_KEY");
  if (options.needs === "signer") vars.push("EXTENDED_STARK_PRIVATE_KEY", "EXTENDED_VAULT");
  return vars;
}

function resolveTarget(): Target {
  if (process.env.PERP_EXAMPLES_TARGET === "simulator") return "simulator";
  const network = process.env.EXTENDED_NETWORK?.trim();
  if (network === undefined || network === "" || network === "simulator") return "simulator";
  if (network === "testnet" || network === "mainnet") return network;
  return fail(`EXTENDED_NETWORK must be "testnet" or "mainnet", got "${network}"`);
}

function fail(message: string): never {
  console.error(`examples/extended: ${message}`);
  process.exit(1);
}

async function openSimulator(options: EnvOptions): Promise<PublicEnv | SigningEnv | WalletEnv> {
  // Loaded on demand: examples pointed at Extended, or not served here, never load the simulator.
  const {
    createExtendedSimulator,
    EXTENDED_STREAM_PREFIX,
    EXTENDED_TEST_ACCOUNT,
    EXTENDED_TEST_SUBACCOUNT,
    startHarness,
  } = await import("@perp/testkit");
  const { startBackgroundTrader } = await import("./_simulator-trader.js");
  // The faucet (claimTestnetFunds) is on so every served endpoint can be shown.
  const harness = await startHarness({
    protocols: [createExtendedSimulator({ testnet: true })],
    admin: false,
  });
  const urls = harness.urls.extended;
  if (urls === undefined) throw new Error("the simulator did not serve the extended venue");
  // The simulator signs under the mainnet SNIP-12 domain, so "mainnet" plus local URLs.
  const rest: ExtendedRestClientConfig = { network: "mainnet", baseUrl: urls.http };
  const streams: ExtendedStreamsOptions = {
    network: "mainnet",
    streamUrl: `${urls.ws}${EXTENDED_STREAM_PREFIX}`,
  };
  const trader =
    options.simulatorTrades === true
      ? await startBackgroundTrader(
          new ExtendedRestClient({ ...rest, apiKey: EXTENDED_TEST_SUBACCOUNT.apiKey }),
          EXTENDED_TEST_SUBACCOUNT,
        )
      : undefined;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      await trader?.stop();
      await harness.close();
    })();
    return closing;
  };
  const account = EXTENDED_TEST_ACCOUNT;
  const withKey = options.needs === "apiKey" || options.needs === "signer";
  const env = {
    target: "simulator" as const,
    rest: withKey ? { ...rest, apiKey: account.apiKey } : rest,
    streams: withKey ? { ...streams, apiKey: account.apiKey } : streams,
    close,
    [Symbol.asyncDispose]: close,
  };
  if (options.needs === undefined) return env;
  if (options.needs === "wallet") return { ...env, wallet: walletFromEnv().wallet };
  return {
    ...env,
    apiKey: account.apiKey,
    signer: StarkSigner.fromPrivateKey(account.starkPrivateKey),
    vault: account.vault,
  };
}

async function openNetwork(
  target: "testnet" | "mainnet",
  options: EnvOptions,
): Promise<PublicEnv | PrivateEnv | SigningEnv | WalletEnv> {
  const close = async (): Promise<void> => {};
  const rest: ExtendedRestClientConfig = { network: target };
  const streams: ExtendedStreamsOptions = { network: target };
  const base = {
    target,
    rest,
    streams,
    close,
    [Symbol.asyncDispose]: close,
  };
  if (options.needs === undefined) return base;
  if (options.needs === "wallet") return { ...base, wallet: walletFromEnv(true).wallet };
  const apiKey = required("EXTENDED_API_KEY", "a sub-account API key");
  const env: PrivateEnv = {
    ...base,
    rest: { ...base.rest, apiKey },
    streams: { ...base.streams, apiKey },
    apiKey,
  };
  if (options.needs === "apiKey") return env;
  const signer = StarkSigner.fromPrivateKey(
    required("EXTENDED_STARK_PRIVATE_KEY", "the sub-account's Stark private key"),
  );
  const vaultText = required(
    "EXTENDED_VAULT",
    "the sub-account's vault; getAccountInfo.ts prints it as l2Vault",
  );
  if (!/^\d+$/.test(vaultText) || !Number.isSafeInteger(Number(vaultText))) {
    fail("EXTENDED_VAULT must be a non-negative integer (the l2Vault of getAccountInfo.ts)");
  }
  return { ...env, signer, vault: Number(vaultText) };
}

function required(name: string, what: string): string {
  const value = process.env[name]?.trim();
  if (value === undefined || value === "") fail(`set ${name} (${what}) to run this example against Extended`);
  return value;
}

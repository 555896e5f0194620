/**
 * Where the Vest examples point.
 *
 * By default each example starts the local simulator (@perp/testkit) in this process and trades as
 * its funded TEST account: nothing leaves the machine. Set VEST_ENV to use Vest itself:
 *
 *   VEST_ENV                  dev | prod: the Vest network to use (unset: the simulator)
 *   VEST_API_KEY              from POST /register; sent as X-API-KEY (private examples)
 *   VEST_SIGNING_PRIVATE_KEY  the delegated signing key (0x + 64 hex): signs orders, cancels, LP, withdrawals
 *   VEST_PRIMARY_ADDRESS      the wallet that holds the funds (withdrawals are signed for it)
 *   VEST_ACCOUNT_GROUP        `accGroup` from POST /register; default 0
 *   VEST_PRIMARY_PRIVATE_KEY  register.ts only: the wallet that signs the registration proof
 *   VEST_WITHDRAW_TOKEN       withdraw.ts only: USDC's ERC-20 address on the destination chain
 *   VEST_WITHDRAW_CHAIN_ID    withdraw.ts only: destination chain id; default 324 (zkSync Era)
 *   VEST_SYMBOL               the market the examples use; default BTC-PERP
 *
 * PERP_EXAMPLES_TARGET=simulator forces the simulator even when VEST_ENV is set (CI sets it).
 * Secrets are read from the environment, registered for redaction and never printed.
 */
import {
  fromScaledInt,
  mulDecimal,
  type RoundingMode,
  registerSecret,
  roundDecimal,
  ValidationError,
} from "@perp/core";
import type { VestTestCredentials } from "@perp/testkit";
import {
  type Address,
  type Hex,
  signCancel,
  signOrder,
  type VestEnvironment,
  VestRestClient,
  type VestRestClientConfig,
  type VestWsEndpointOptions,
} from "@perp/vest";

export interface VestExampleAccount {
  readonly apiKey: string;
  readonly accountGroup: number;
  readonly signingPrivateKey: Hex;
  readonly primaryAddress: Address;
}

export interface VestExampleEnv {
  /** "simulator", or the Vest network the examples talk to. */
  readonly target: "simulator" | VestEnvironment;
  /** Picks the registration domain (the router contract); the simulator mirrors prod. */
  readonly environment: VestEnvironment;
  /** Spread into `new VestRestClient({ ...env.rest, apiKey, accountGroup })`. */
  readonly rest: VestRestClientConfig;
  /** Spread into `new VestMarketStream({ ...env.ws })` and `new VestAccountStream({ ...env.ws, ... })`. */
  readonly ws: VestWsEndpointOptions;
  readonly symbol: string;
  /** The trading account; throws a ValidationError naming the variables that are not set. */
  account(): VestExampleAccount;
  /** Keys for onboarding: a fresh wallet on the simulator, VEST_PRIMARY_PRIVATE_KEY otherwise. */
  registrationKeys(): { primaryPrivateKey: Hex; signingPrivateKey: Hex };
  /** Where a withdrawal pays out: the USDC address signed into the request and its chain. */
  withdrawalTarget(): { tokenAddress: Address; chainId: number };
  /**
   * On the simulator, a second account buys one lot at market so trade feeds have something to
   * show; on a real network it does nothing (other traders provide the trades).
   */
  simulateTrade(symbol: string): Promise<void>;
  /**
   * On the simulator, credits an on-chain USDC deposit to the account, as a transfer from the
   * wallet would; on a real network it does nothing (deposits are made on-chain from the wallet).
   */
  simulateDeposit(amount: string): Promise<void>;
  /** Stops the simulator (when one was started). */
  close(): Promise<void>;
}

/** The simulator's USDC on zkSync Era (chain 324), the destination of the docs' withdraw example. */
const SIMULATOR_USDC_ZKSYNC: Address = "0x1d17CBcF0D6D143135aE902365D2E5e2A16538D4";

export async function vestEnv(): Promise<VestExampleEnv> {
  const network = process.env.VEST_ENV;
  const symbol = process.env.VEST_SYMBOL ?? "BTC-PERP";
  if (process.env.PERP_EXAMPLES_TARGET === "simulator" || network === undefined || network === "") {
    return simulatorEnv(symbol);
  }
  if (network !== "dev" && network !== "prod") {
    throw new ValidationError(`VEST_ENV must be "dev" or "prod", got "${network}"`);
  }
  return networkEnv(network, symbol);
}

async function simulatorEnv(symbol: string): Promise<VestExampleEnv> {
  // Loaded only here: runs against a real network need no simulator installed.
  const testkit = await import("@perp/testkit");
  const simulator = new testkit.VestSimulator();
  const harness = await testkit.startHarness({ protocols: [simulator], admin: false });
  const urls = harness.urls.vest!;
  const restUrl = `${urls.http}${testkit.VEST_REST_PREFIX}`;
  const test = testkit.VEST_TEST_CREDENTIALS;
  return {
    target: "simulator",
    environment: "prod",
    rest: { restUrl },
    ws: { url: `${urls.ws}${testkit.VEST_WS_PATH}` },
    symbol,
    account: () => ({
      apiKey: test.apiKey,
      accountGroup: test.accountGroup,
      signingPrivateKey: test.signingPrivateKey,
      primaryAddress: test.primaryAddress,
    }),
    registrationKeys: () => {
      // A wallet the simulator has never seen; its keys derive from a public label (TEST keys only).
      const fresh = testkit.vestTestCredentials("examples/onboarding");
      return { primaryPrivateKey: fresh.primaryPrivateKey, signingPrivateKey: fresh.signingPrivateKey };
    },
    withdrawalTarget: () => ({ tokenAddress: SIMULATOR_USDC_ZKSYNC, chainId: 324 }),
    simulateTrade: (market) => counterpartyMarketBuy(restUrl, testkit.VEST_COUNTERPARTY_CREDENTIALS, market),
    simulateDeposit: async (amount) => {
      simulator.deposit(test.primaryAddress, amount);
    },
    close: () => harness.close(),
  };
}

function networkEnv(network: VestEnvironment, symbol: string): VestExampleEnv {
  return {
    target: network,
    environment: network,
    rest: { environment: network },
    ws: { env: network },
    symbol,
    account: () => {
      requireAll("VEST_API_KEY", "VEST_SIGNING_PRIVATE_KEY", "VEST_PRIMARY_ADDRESS");
      return {
        apiKey: secret("VEST_API_KEY"),
        accountGroup: integer("VEST_ACCOUNT_GROUP", 0),
        signingPrivateKey: secret("VEST_SIGNING_PRIVATE_KEY") as Hex,
        primaryAddress: variable("VEST_PRIMARY_ADDRESS") as Address,
      };
    },
    registrationKeys: () => {
      requireAll("VEST_PRIMARY_PRIVATE_KEY", "VEST_SIGNING_PRIVATE_KEY");
      return {
        primaryPrivateKey: secret("VEST_PRIMARY_PRIVATE_KEY") as Hex,
        signingPrivateKey: secret("VEST_SIGNING_PRIVATE_KEY") as Hex,
      };
    },
    withdrawalTarget: () => {
      requireAll("VEST_WITHDRAW_TOKEN");
      return {
        tokenAddress: variable("VEST_WITHDRAW_TOKEN") as Address,
        chainId: integer("VEST_WITHDRAW_CHAIN_ID", 324),
      };
    },
    simulateTrade: async () => {},
    simulateDeposit: async () => {},
    close: async () => {},
  };
}

/** Names every missing variable at once (never their values). */
function requireAll(...names: string[]): void {
  const missing = names.filter((name) => variable(name) === "");
  if (missing.length > 0) {
    throw new ValidationError(`Set ${missing.join(", ")} (see the top of examples/vest/_env.ts)`, {
      issues: missing.map((name) => ({ path: [name], message: "not set" })),
    });
  }
}

function variable(name: string): string {
  return process.env[name]?.trim() ?? "";
}

function secret(name: string): string {
  const value = variable(name);
  registerSecret(value);
  return value;
}

function integer(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  if (!/^\d+$/.test(text)) throw new ValidationError(`${name} must be a non-negative integer`);
  return Number(text);
}

/** The simulator's second funded account crosses the book with the smallest size. */
async function counterpartyMarketBuy(
  restUrl: string,
  other: VestTestCredentials,
  symbol: string,
): Promise<void> {
  const client = new VestRestClient({ restUrl, apiKey: other.apiKey, accountGroup: other.accountGroup });
  const market = await marketSnapshot(client, symbol);
  const { nextNonce } = await client.getAccountNonce();
  const order = await signOrder(other.signingPrivateKey, {
    orderType: "MARKET",
    time: Date.now(),
    nonce: nextNonce,
    symbol,
    isBuy: true,
    size: market.minSize,
    // A market order still names its worst price; 5 % through the mark is plenty here.
    limitPrice: toDecimals(mulDecimal(market.markPrice, "1.05"), market.priceDecimals, "up"),
  });
  await client.placeOrder(order);
}

export interface MarketSnapshot {
  readonly symbol: string;
  readonly priceDecimals: number;
  readonly sizeDecimals: number;
  /** The smallest order size (one size step), formatted to sizeDecimals. */
  readonly minSize: string;
  readonly markPrice: string;
}

/** A market's precision (GET /exchangeInfo) and mark price (GET /ticker/latest). */
export async function marketSnapshot(client: VestRestClient, symbol: string): Promise<MarketSnapshot> {
  const [info, tickers] = await Promise.all([
    client.getExchangeInfo({ symbols: symbol }),
    client.getLatestTickers({ symbols: symbol }),
  ]);
  const market = info.symbols.find((m) => m.symbol === symbol);
  const ticker = tickers.find((t) => t.symbol === symbol);
  if (market === undefined || ticker === undefined) {
    throw new ValidationError(`Vest lists no market ${symbol} (set VEST_SYMBOL to one it lists)`);
  }
  return {
    symbol,
    priceDecimals: market.priceDecimals,
    sizeDecimals: market.sizeDecimals,
    minSize: toDecimals(fromScaledInt(1n, market.sizeDecimals), market.sizeDecimals),
    markPrice: ticker.markPrice,
  };
}

/**
 * `value` rounded to exactly `decimals` places, trailing zeros kept: Vest signs prices and sizes
 * as text with the market's `priceDecimals` / `sizeDecimals`, and the sent text must be the signed one.
 */
export function toDecimals(value: string, decimals: number, rounding: RoundingMode = "half-even"): string {
  const [whole, fraction = ""] = roundDecimal(value, decimals, rounding).split(".");
  return decimals <= 0 ? `${whole}` : `${whole}.${fraction.padEnd(decimals, "0")}`;
}

export interface RestingOrder {
  readonly id: string;
  /** Cancels it (signed with a fresh nonce); call it before the example ends. */
  cancel(): Promise<void>;
}

/**
 * For examples whose subject is reading orders back: one smallest-size buy resting 10 % under the
 * mark, so it cannot fill. placeOrder.ts and cancelOrder.ts show the same steps in the open.
 */
export async function placeRestingOrder(
  client: VestRestClient,
  account: VestExampleAccount,
  symbol: string,
): Promise<RestingOrder> {
  const market = await marketSnapshot(client, symbol);
  const order = await signOrder(account.signingPrivateKey, {
    orderType: "LIMIT",
    time: Date.now(),
    nonce: (await client.getAccountNonce()).nextNonce,
    symbol,
    isBuy: true,
    size: market.minSize,
    limitPrice: toDecimals(mulDecimal(market.markPrice, "0.9"), market.priceDecimals, "down"),
  });
  const { id } = await client.placeOrder(order);
  return {
    id,
    cancel: async () => {
      const nonce = (await client.getAccountNonce()).nextNonce;
      await client.cancelOrder(await signCancel(account.signingPrivateKey, { time: Date.now(), nonce, id }));
    },
  };
}

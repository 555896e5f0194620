/**
 * Where the live suite trades and as whom, read from environment variables (see README.md).
 * Nothing here imports the SDK, so a run without keys loads almost nothing.
 */

export const LIGHTER_LIVE_ENV = {
  apiPrivateKey: "LIGHTER_LIVE_API_PRIVATE_KEY",
  accountIndex: "LIGHTER_LIVE_ACCOUNT_INDEX",
  apiKeyIndex: "LIGHTER_LIVE_API_KEY_INDEX",
  restUrl: "LIGHTER_LIVE_REST_URL",
  wsUrl: "LIGHTER_LIVE_WS_URL",
  chainId: "LIGHTER_LIVE_CHAIN_ID",
  market: "LIGHTER_LIVE_MARKET",
} as const;

export interface LighterLiveTarget {
  apiPrivateKey: string;
  /** Decimal digits: account indexes go up to 2^48, kept out of `Number`. */
  accountIndex: string;
  apiKeyIndex: number;
  /** REST base (no /api/v1); undefined: the testnet's. */
  restUrl: string | undefined;
  /** WebSocket endpoint (…/stream); undefined: the testnet's. */
  wsUrl: string | undefined;
  /** undefined: the testnet's (300). */
  chainId: number | undefined;
  market: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const KEYS = [LIGHTER_LIVE_ENV.apiPrivateKey, LIGHTER_LIVE_ENV.accountIndex, LIGHTER_LIVE_ENV.apiKeyIndex];

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

/** A small non-negative integer variable; the message names the variable, never its value. */
function smallInteger(env: Env, name: string): number | undefined {
  const text = read(env, name);
  if (text === undefined) return undefined;
  if (!/^\d{1,9}$/.test(text)) throw new Error(`live Lighter tests: ${name} must be a non-negative integer`);
  return Number(text);
}

/**
 * The target when every key is set, undefined when none is. Some but not all is a mistake that
 * would otherwise pass as a skipped suite, so it throws, naming the missing variables only.
 */
export function lighterLiveTarget(env: Env = process.env): LighterLiveTarget | undefined {
  const missing = KEYS.filter((name) => read(env, name) === undefined);
  if (missing.length === KEYS.length) return undefined;
  if (missing.length > 0) {
    throw new Error(`live Lighter tests: set ${missing.join(", ")} too, or none of ${KEYS.join(", ")}`);
  }
  const accountIndex = read(env, LIGHTER_LIVE_ENV.accountIndex) as string;
  if (!/^\d{1,15}$/.test(accountIndex)) {
    throw new Error(`live Lighter tests: ${LIGHTER_LIVE_ENV.accountIndex} must be a non-negative integer`);
  }
  return {
    apiPrivateKey: read(env, LIGHTER_LIVE_ENV.apiPrivateKey) as string,
    accountIndex,
    apiKeyIndex: smallInteger(env, LIGHTER_LIVE_ENV.apiKeyIndex) as number,
    restUrl: read(env, LIGHTER_LIVE_ENV.restUrl),
    wsUrl: read(env, LIGHTER_LIVE_ENV.wsUrl),
    chainId: smallInteger(env, LIGHTER_LIVE_ENV.chainId),
    market: read(env, LIGHTER_LIVE_ENV.market) ?? "ETH",
  };
}

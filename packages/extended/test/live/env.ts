/**
 * Where the live suite trades and as whom, read from environment variables (see README.md).
 * Nothing here imports the SDK, so a run without keys loads almost nothing.
 */

export const EXTENDED_LIVE_ENV = {
  apiKey: "EXTENDED_LIVE_API_KEY",
  starkPrivateKey: "EXTENDED_LIVE_STARK_PRIVATE_KEY",
  vault: "EXTENDED_LIVE_VAULT",
  restUrl: "EXTENDED_LIVE_REST_URL",
  streamUrl: "EXTENDED_LIVE_STREAM_URL",
  market: "EXTENDED_LIVE_MARKET",
} as const;

export interface ExtendedLiveTarget {
  apiKey: string;
  starkPrivateKey: string;
  vault: string;
  /** REST base including `/api/v1`; undefined: the testnet's. */
  restUrl: string | undefined;
  /** Stream base (`…/stream.extended.exchange/v1`); undefined: the testnet's. */
  streamUrl: string | undefined;
  market: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const KEYS = [EXTENDED_LIVE_ENV.apiKey, EXTENDED_LIVE_ENV.starkPrivateKey, EXTENDED_LIVE_ENV.vault];

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

/**
 * The target when every key is set, undefined when none is. Some but not all is a mistake that
 * would otherwise pass as a skipped suite, so it throws, naming the missing variables only.
 */
export function extendedLiveTarget(env: Env = process.env): ExtendedLiveTarget | undefined {
  const missing = KEYS.filter((name) => read(env, name) === undefined);
  if (missing.length === KEYS.length) return undefined;
  if (missing.length > 0) {
    throw new Error(`live Extended tests: set ${missing.join(", ")} too, or none of ${KEYS.join(", ")}`);
  }
  return {
    apiKey: read(env, EXTENDED_LIVE_ENV.apiKey) as string,
    starkPrivateKey: read(env, EXTENDED_LIVE_ENV.starkPrivateKey) as string,
    vault: read(env, EXTENDED_LIVE_ENV.vault) as string,
    restUrl: read(env, EXTENDED_LIVE_ENV.restUrl),
    streamUrl: read(env, EXTENDED_LIVE_ENV.streamUrl),
    market: read(env, EXTENDED_LIVE_ENV.market) ?? "BTC-USD",
  };
}

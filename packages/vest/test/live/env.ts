/**
 * Where the live suite trades and as whom, read from environment variables (see README.md).
 * Nothing here imports the SDK, so a run without keys loads almost nothing.
 */

export const VEST_LIVE_ENV = {
  apiKey: "VEST_LIVE_API_KEY",
  signingPrivateKey: "VEST_LIVE_SIGNING_PRIVATE_KEY",
  primaryAddress: "VEST_LIVE_PRIMARY_ADDRESS",
  accountGroup: "VEST_LIVE_ACCOUNT_GROUP",
  restUrl: "VEST_LIVE_REST_URL",
  wsUrl: "VEST_LIVE_WS_URL",
  market: "VEST_LIVE_MARKET",
} as const;

export interface VestLiveTarget {
  apiKey: string;
  /** 0x + 64 hex digits (a key given without 0x gets it). */
  signingPrivateKey: `0x${string}`;
  primaryAddress: string;
  accountGroup: number;
  /** REST base including /v2; undefined: the dev environment's. */
  restUrl: string | undefined;
  /** WebSocket base (…/ws-api); undefined: the dev environment's. */
  wsUrl: string | undefined;
  market: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const KEYS = [
  VEST_LIVE_ENV.apiKey,
  VEST_LIVE_ENV.signingPrivateKey,
  VEST_LIVE_ENV.primaryAddress,
  VEST_LIVE_ENV.accountGroup,
];

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

/**
 * The target when every key is set, undefined when none is. Some but not all is a mistake that
 * would otherwise pass as a skipped suite, so it throws, naming the missing variables only.
 */
export function vestLiveTarget(env: Env = process.env): VestLiveTarget | undefined {
  const missing = KEYS.filter((name) => read(env, name) === undefined);
  if (missing.length === KEYS.length) return undefined;
  if (missing.length > 0) {
    throw new Error(`live Vest tests: set ${missing.join(", ")} too, or none of ${KEYS.join(", ")}`);
  }
  const group = read(env, VEST_LIVE_ENV.accountGroup) as string;
  if (!/^\d{1,9}$/.test(group)) {
    throw new Error(`live Vest tests: ${VEST_LIVE_ENV.accountGroup} must be a non-negative integer`);
  }
  const key = (read(env, VEST_LIVE_ENV.signingPrivateKey) as string).replace(/^0x/i, "");
  if (!/^[0-9a-fA-F]{64}$/.test(key)) {
    throw new Error(`live Vest tests: ${VEST_LIVE_ENV.signingPrivateKey} must be 32 bytes of hex`);
  }
  return {
    apiKey: read(env, VEST_LIVE_ENV.apiKey) as string,
    signingPrivateKey: `0x${key}`,
    primaryAddress: read(env, VEST_LIVE_ENV.primaryAddress) as string,
    accountGroup: Number(group),
    restUrl: read(env, VEST_LIVE_ENV.restUrl),
    wsUrl: read(env, VEST_LIVE_ENV.wsUrl),
    market: read(env, VEST_LIVE_ENV.market) ?? "BTC-PERP",
  };
}

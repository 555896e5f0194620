/**
 * Lighter deployments. Each is a separate instance (its own accounts, keys, nonces and markets),
 * and testnet and robinhoodTestnet share chain id 300, so the chain id alone does not name one.
 */
import { ValidationError } from "@perp/core";

export type LighterEnvironmentName = "mainnet" | "testnet" | "robinhood" | "robinhoodTestnet";

export interface LighterEnvironment {
  readonly name: LighterEnvironmentName | "custom";
  /** REST base; paths are under /api/v1 except `/` and `/info`. */
  readonly restUrl: string;
  /** WebSocket endpoint (always host + /stream). */
  readonly wsUrl: string;
  /** Chain id signed into every transaction. */
  readonly chainId: number;
}

export const LIGHTER_ENVIRONMENTS: Readonly<Record<LighterEnvironmentName, LighterEnvironment>> = {
  mainnet: {
    name: "mainnet",
    restUrl: "https://mainnet.zklighter.elliot.ai",
    wsUrl: "wss://mainnet.zklighter.elliot.ai/stream",
    chainId: 304,
  },
  testnet: {
    name: "testnet",
    restUrl: "https://testnet.zklighter.elliot.ai",
    wsUrl: "wss://testnet.zklighter.elliot.ai/stream",
    chainId: 300,
  },
  robinhood: {
    name: "robinhood",
    restUrl: "https://api.rh.lighter.xyz",
    wsUrl: "wss://api.rh.lighter.xyz/stream",
    chainId: 466324,
  },
  robinhoodTestnet: {
    name: "robinhoodTestnet",
    restUrl: "https://api.rh-testnet.lighter.xyz",
    wsUrl: "wss://api.rh-testnet.lighter.xyz/stream",
    chainId: 300,
  },
};

export interface LighterEnvironmentOverrides {
  /** A named deployment; default mainnet. */
  environment?: LighterEnvironmentName;
  /** Replaces the REST base (a simulator passes http://127.0.0.1:PORT). */
  restUrl?: string;
  wsUrl?: string;
  chainId?: number;
}

/** The named environment with any URL or chain id replaced; a replaced REST URL makes it "custom". */
export function resolveLighterEnvironment(options: LighterEnvironmentOverrides = {}): LighterEnvironment {
  const name = options.environment ?? "mainnet";
  const base = LIGHTER_ENVIRONMENTS[name];
  if (base === undefined) {
    throw new ValidationError(
      `unknown Lighter environment ${JSON.stringify(name)}; expected ${Object.keys(LIGHTER_ENVIRONMENTS).join(", ")}`,
      { venue: "lighter" },
    );
  }
  for (const [key, url, scheme] of [
    ["restUrl", options.restUrl, /^https?:\/\//i],
    ["wsUrl", options.wsUrl, /^wss?:\/\//i],
  ] as const) {
    if (url !== undefined && !scheme.test(url)) {
      throw new ValidationError(`${key} must be an absolute ${key === "restUrl" ? "http(s)" : "ws(s)"} URL`, {
        venue: "lighter",
      });
    }
  }
  if (options.chainId !== undefined && (!Number.isSafeInteger(options.chainId) || options.chainId < 0)) {
    throw new ValidationError("chainId must be a non-negative integer", { venue: "lighter" });
  }
  const custom =
    options.restUrl !== undefined || options.wsUrl !== undefined || options.chainId !== undefined;
  return {
    name: custom ? "custom" : base.name,
    restUrl: (options.restUrl ?? base.restUrl).replace(/\/+$/, ""),
    wsUrl: options.wsUrl ?? base.wsUrl,
    chainId: options.chainId ?? base.chainId,
  };
}

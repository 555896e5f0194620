import { ValidationError } from "@perp/core";

export type LighterNetwork = "mainnet" | "testnet" | "robinhood" | "robinhood_testnet";

/** The WebSocket endpoint of each Lighter deployment (always wss://<REST host>/stream). */
export const LIGHTER_WS_URLS: Readonly<Record<LighterNetwork, string>> = {
  mainnet: "wss://mainnet.zklighter.elliot.ai/stream",
  testnet: "wss://testnet.zklighter.elliot.ai/stream",
  robinhood: "wss://api.rh.lighter.xyz/stream",
  robinhood_testnet: "wss://api.rh-testnet.lighter.xyz/stream",
};

/**
 * The stream URL of a network. `readonly` appends `readonly=true`, which lets geo-restricted
 * regions read market data (writes are refused there).
 */
export function lighterStreamUrl(network: LighterNetwork, options: { readonly?: boolean } = {}): string {
  const url = LIGHTER_WS_URLS[network];
  if (url === undefined) {
    throw new ValidationError(`Unknown Lighter network ${JSON.stringify(network)}`, {
      venue: "lighter",
      issues: [{ path: ["network"], message: `expected one of ${Object.keys(LIGHTER_WS_URLS).join(", ")}` }],
    });
  }
  return options.readonly ? `${url}?readonly=true` : url;
}

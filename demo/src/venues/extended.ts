import { ExtendedPerpetual } from "@perp/extended";
import { plainVariable, secretVariable } from "./live-env.js";
import type { VenueDefinition } from "./venue.js";

const SYMBOL = "BTC-USD";

export const extendedVenue: VenueDefinition = {
  name: "extended",
  symbol: SYMBOL,
  simulator: async (testkit, urls) => {
    const account = testkit.EXTENDED_TEST_ACCOUNT;
    return new ExtendedPerpetual({
      baseUrl: urls.http,
      streamBaseUrl: `${urls.ws}${testkit.EXTENDED_STREAM_PREFIX}`,
      markets: [SYMBOL],
      credentials: { apiKey: account.apiKey, starkPrivateKey: account.starkPrivateKey, vault: account.vault },
    });
  },
  live: async (env) =>
    new ExtendedPerpetual({
      network: "testnet",
      markets: [SYMBOL],
      credentials: {
        apiKey: secretVariable(env, "EXTENDED_API_KEY"),
        starkPrivateKey: secretVariable(env, "EXTENDED_STARK_PRIVATE_KEY"),
        vault: plainVariable(env, "EXTENDED_VAULT"),
      },
    }),
};

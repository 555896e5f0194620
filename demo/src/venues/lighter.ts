import { LighterPerpetual } from "@perp/lighter";
import { integerVariable, plainVariable, secretVariable } from "./live-env.js";
import type { VenueDefinition } from "./venue.js";

const SYMBOL = "BTC";

export const lighterVenue: VenueDefinition = {
  name: "lighter",
  symbol: SYMBOL,
  simulator: async (testkit, urls) => {
    const account = testkit.LIGHTER_TEST_CREDENTIALS;
    return new LighterPerpetual({
      restUrl: urls.http,
      wsUrl: `${urls.ws}${testkit.LIGHTER_WS_PATH}`,
      markets: [SYMBOL],
      credentials: {
        accountIndex: account.accountIndex.toString(),
        apiKeyIndex: account.apiKeyIndex,
        apiPrivateKey: account.apiPrivateKey,
      },
    });
  },
  live: async (env) => {
    return new LighterPerpetual({
      environment: "testnet",
      markets: [SYMBOL],
      credentials: {
        accountIndex: plainVariable(env, "LIGHTER_ACCOUNT_INDEX"),
        apiKeyIndex: integerVariable(env, "LIGHTER_API_KEY_INDEX"),
        apiPrivateKey: secretVariable(env, "LIGHTER_API_PRIVATE_KEY"),
      },
    });
  },
};

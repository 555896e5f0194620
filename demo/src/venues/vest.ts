import { ValidationError } from "@perp/core";
import { VestPerpetual } from "@perp/vest";
import { type Environment, integerVariable, plainVariable, secretVariable } from "./live-env.js";
import type { VenueDefinition } from "./venue.js";

const SYMBOL = "BTC-PERP";

export const vestVenue: VenueDefinition = {
  name: "vest",
  symbol: SYMBOL,
  simulator: async (testkit, urls) => {
    const account = testkit.VEST_TEST_CREDENTIALS;
    return new VestPerpetual({
      restUrl: `${urls.http}${testkit.VEST_REST_PREFIX}`,
      wsUrl: `${urls.ws}${testkit.VEST_WS_PATH}`,
      markets: [SYMBOL],
      credentials: {
        apiKey: account.apiKey,
        signingKey: account.signingPrivateKey,
        primaryAddress: account.primaryAddress,
        accountGroup: account.accountGroup,
      },
    });
  },
  live: async (env) =>
    new VestPerpetual({
      environment: "dev",
      markets: [SYMBOL],
      credentials: {
        apiKey: secretVariable(env, "VEST_API_KEY"),
        signingKey: privateKey(env, "VEST_SIGNING_PRIVATE_KEY"),
        primaryAddress: plainVariable(env, "VEST_PRIMARY_ADDRESS"),
        accountGroup: integerVariable(env, "VEST_ACCOUNT_GROUP"),
      },
    }),
};

/** A 0x-prefixed 32-byte hex key, checked without echoing it. */
function privateKey(env: Environment, name: string): `0x${string}` {
  const key = secretVariable(env, name);
  if (!/^0x[0-9a-fA-F]{64}$/.test(key))
    throw new ValidationError(`${name} must be 0x followed by 64 hex digits`);
  return key as `0x${string}`;
}

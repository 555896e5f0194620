/** Auth tokens: signed by the API key, they open private REST endpoints and account streams (default 10 min, up to 8 h). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer" });

const auth = env.signer.createAuthToken({ ttlSeconds: 3600 });
// The signed text is "<deadline>:<account>:<api key>"; the token itself is a secret: never log it.
console.log(`signed "${auth.message}" (valid until ${new Date(auth.deadlineSeconds * 1000).toISOString()})`);

// A fixed token works until its deadline; env.rest instead carries signerAuthTokens(signer), which re-signs in time.
const { rest } = env;
const client = new LighterRestClient({ ...rest, authToken: auth.token });
const limits = await client.getAccountLimits({ accountIndex: env.accountIndex });
console.log(
  `authenticated as account ${env.accountIndex}: tier ${limits.user_tier_name ?? limits.user_tier}`,
);

/** GET /info/starknet: the SNIP-12 domain every order, transfer and withdrawal is signed under. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new ExtendedRestClient(env.rest);

const domain = await client.getStarknetDomain();
console.log("served domain:  ", domain);
// The client signs with its environment's built-in domain; fetch this at start-up to catch a change.
const builtIn = client.environment.signingDomain;
const same =
  domain.name === builtIn.name && domain.chainId === builtIn.chainId && domain.version === builtIn.version;
console.log(`built-in domain: ${same ? "matches" : "DIFFERS: pass signingDomain to ExtendedRestClient"}`);

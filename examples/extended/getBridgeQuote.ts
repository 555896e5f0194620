/** GET /user/bridge/quote: price a bridged withdrawal from Starknet to an EVM chain. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  notServedBySimulator: "GET /user/bridge/quote (getBridgeQuote)",
});
const client = new ExtendedRestClient(env.rest);

// Chain names come from getBridgeConfig.ts; a quote is only a price until committed (commitBridgeQuote.ts).
const quote = await client.getBridgeQuote({ chainIn: "STRK", chainOut: "ARB", amount: "10" });
console.dir(quote, { depth: 3 });

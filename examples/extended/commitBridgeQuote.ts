/** POST /user/bridge/quote?id=: accept a bridge quote before the bridged withdrawal that uses it. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  writes: true,
  notServedBySimulator: "POST /user/bridge/quote (commitBridgeQuote)",
});
const client = new ExtendedRestClient(env.rest);

const quote = await client.getBridgeQuote({ chainIn: "STRK", chainOut: "ARB", amount: "10" });
const id = typeof quote === "object" && quote !== null && "id" in quote ? String(quote.id) : undefined;
if (id === undefined) throw new Error("the bridge quote carries no id");
// Then withdraw({ ..., chainId: "ARB", quoteId: id, recipient: account.bridgeStarknetAddress }).
const committed = await client.commitBridgeQuote({ id });
console.log(`committed quote ${id}:`, committed);

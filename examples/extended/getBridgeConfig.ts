/** GET /user/bridge/config: the EVM chains the bridge (Rhino.fi) connects for deposits and withdrawals. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  notServedBySimulator: "GET /user/bridge/config (getBridgeConfig)",
});
const client = new ExtendedRestClient(env.rest);

// Documented without a fixed field set: the SDK returns the parsed JSON as is.
const config = await client.getBridgeConfig();
console.dir(config, { depth: 3 });

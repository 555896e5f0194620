/** GET /user/balance: collateral, equity and margin of the sub-account. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

const b = await client.getBalance();
// Amounts are exact decimal strings: do arithmetic with @perp/core's decimal helpers, not Number.
console.log(`balance            ${b.balance} ${b.collateralName}`);
console.log(`equity             ${b.equity}  (unrealised PnL ${b.unrealisedPnl})`);
console.log(`available to trade ${b.availableForTrade}, to withdraw ${b.availableForWithdrawal}`);
console.log(`initial margin     ${b.initialMargin}, margin ratio ${b.marginRatio}, leverage ${b.leverage}`);

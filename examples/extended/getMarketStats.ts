/** GET /info/markets/{market}/stats: the 24 h ticker of one market, plus funding and open interest. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new ExtendedRestClient(env.rest);

const stats = await client.getMarketStats({ market: "BTC-USD" });
console.log(`BTC-USD  bid ${stats.bidPrice}  ask ${stats.askPrice}  last ${stats.lastPrice}`);
console.log(`mark ${stats.markPrice}  index ${stats.indexPrice}  24h volume ${stats.dailyVolume} USD`);
// The funding rate is per hour and is applied hourly; nextFundingRate is when (epoch ms).
const next = stats.nextFundingRate === undefined ? "?" : new Date(stats.nextFundingRate).toISOString();
console.log(`funding ${stats.fundingRate}/h, next at ${next}; open interest ${stats.openInterestBase} BTC`);

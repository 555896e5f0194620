/** GET /api/v1/stockFinancials: financial data of the listed equities behind stock perpetuals. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /api/v1/stockFinancials (getStockFinancials)" });
const client = new LighterRestClient(env.rest);

const financials = await client.getStockFinancials();
console.log(JSON.stringify(financials).slice(0, 400));

// paginateKlines: walks history backwards page by page (each page one GET /klines), without gaps
// or duplicates at page edges. Stop whenever you have enough: breaking out ends the requests. Vest
// was seen serving only the latest 501 bars, so deep history may simply end early.
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const client = new VestRestClient(env.rest);
  let total = 0;
  for await (const page of client.paginateKlines(
    { symbol: env.symbol, interval: "1m", limit: 100 },
    { maxPages: 3 },
  )) {
    const first = page[0];
    const last = page.at(-1);
    if (first === undefined || last === undefined) break;
    total += page.length;
    const span = `${new Date(first.openTime).toISOString()} .. ${new Date(last.openTime).toISOString()}`;
    console.log(`page of ${page.length} candles: ${span}`);
  }
  console.log(`${total} candles read`);
} finally {
  await env.close();
}

// paginateOrders: the whole order history, page by page (GET /orders with a moving endTime).
// Useful for reconciliation and tax exports; stop early with `maxPages` or `break`.
import { VestRestClient } from "@perp/vest";
import { placeRestingOrder, vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  // Three orders of history, read two per page.
  for (let i = 0; i < 3; i++) await (await placeRestingOrder(client, account, env.symbol)).cancel();

  let pages = 0;
  for await (const page of client.paginateOrders({ symbol: env.symbol, limit: 2 }, { maxPages: 5 })) {
    pages += 1;
    console.log(`page ${pages}: ${page.map((o) => `${o.id} ${o.status}`).join(", ")}`);
  }
} finally {
  await env.close();
}

/** GET /user/rebates/stats: the maker rebate tier of the sub-account. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  notServedBySimulator: "GET /user/rebates/stats (getRebatesStats)",
});
const client = new ExtendedRestClient(env.rest);

const r = await client.getRebatesStats();
console.log(`rebate rate ${r.rebatesRate}, maker share ${r.marketShare}, total paid ${r.totalPaid}`);
console.log(`next tier: share ${r.nextTierMakerShare ?? "-"} for rate ${r.nextTierRebateRate ?? "-"}`);

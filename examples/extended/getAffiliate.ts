/** GET /user/affiliate: affiliate programme data (Extended answers 404 to non-affiliates). */
import { NotFoundError } from "@perp/core";
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "apiKey",
  notServedBySimulator: "GET /user/affiliate (getAffiliate)",
});
const client = new ExtendedRestClient(env.rest);

try {
  console.dir(await client.getAffiliate(), { depth: 3 });
} catch (error) {
  // 404 here means "not an affiliate", not a wrong URL.
  if (!(error instanceof NotFoundError)) throw error;
  console.log("this account is not an affiliate");
}

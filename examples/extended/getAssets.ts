/** GET /info/assets: the assets Extended knows, with their Stark ids and on-chain resolutions. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new ExtendedRestClient(env.rest);

const assets = await client.getAssets();
// The collateral asset's resolution is what transfer and withdrawal amounts are scaled by.
console.table(
  assets.map((a) => ({
    name: a.name,
    precision: a.precision,
    collateral: a.isCollateral ?? false,
    starkexId: a.starkexId,
    resolution: a.starkexResolution,
  })),
);

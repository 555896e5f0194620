/** GET /api/v1/block: one L2 block by height (or commitment) with its transactions. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /api/v1/block (getBlock)" });
const client = new LighterRestClient(env.rest);

const { height } = await client.getCurrentHeight();
const { blocks } = await client.getBlock({ by: "height", value: String(height) });
const block = blocks[0];
console.log(
  `block ${block?.height}: ${block?.txs.length ?? 0} txs, commitment ${block?.commitment.slice(0, 18)}…`,
);

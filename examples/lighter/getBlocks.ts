/** GET /api/v1/blocks: a range of blocks from a height, newest first here. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ notServedBySimulator: "GET /api/v1/blocks (getBlocks)" });
const client = new LighterRestClient(env.rest);

const { height } = await client.getCurrentHeight();
const { blocks } = await client.getBlocks({ limit: 5, index: height, sort: "desc" });
for (const b of blocks) console.log(`block ${b.height}: ${b.txs.length} txs, status ${b.status ?? "?"}`);

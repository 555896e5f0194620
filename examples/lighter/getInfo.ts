/** GET /info: the address of Lighter's rollup contract on Ethereum (where deposits go). */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv();
const client = new LighterRestClient(env.rest);

const { contract_address } = await client.getInfo();
// The simulator has no L1 contract and reports the zero address.
console.log(`rollup contract: ${contract_address}`);

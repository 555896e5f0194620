/** GET /user/client/info: the wallet (client) behind the API key and its withdrawal address. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

const info = await client.getClientInfo();
console.log(`client ${info.id}`);
console.log(`EVM wallet      ${info.evmWalletAddress ?? "-"}`);
// Starknet withdrawals must name this address as recipient (see withdraw.ts).
console.log(`Starknet wallet ${info.starknetWalletAddress ?? "-"}`);

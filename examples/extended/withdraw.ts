/** POST /user/withdrawal: withdraw collateral to the wallet's Starknet address. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);

const me = await client.getAccountInfo();
// A Starknet withdrawal must go to the client's own Starknet wallet; EVM chains go through the bridge.
const { starknetWalletAddress } = await client.getClientInfo();
if (starknetWalletAddress === undefined)
  throw new Error("no Starknet wallet: withdraw through the bridge (getBridgeQuote.ts)");

const id = await client.withdraw({
  signer: env.signer,
  accountId: me.accountId,
  amount: "5",
  positionId: env.vault,
  recipient: starknetWalletAddress,
});
console.log(`withdrawal ${id}: 5 USD to ${starknetWalletAddress}`);
const [op] = (await client.getAssetOperations({ type: "WITHDRAWAL", limit: 1 })).items;
console.log(`latest withdrawal operation: ${op?.amount ?? "-"} ${op?.status ?? ""}`);

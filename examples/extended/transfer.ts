/** POST /user/transfer: move collateral to another sub-account of the same wallet. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);

const me = await client.getAccountInfo();
const other = (await client.getAccounts()).find((a) => a.accountId !== me.accountId);
if (other === undefined) throw new Error("this wallet has a single sub-account: create one to transfer to");

// The transfer is signed with the sender's Stark key and names the receiver's vault and key.
const result = await client.transfer({
  signer: env.signer,
  fromAccount: me.accountId,
  toAccount: other.accountId,
  amount: "1",
  senderVault: env.vault,
  receiverVault: other.l2Vault,
  receiverPublicKey: other.l2Key,
});
console.log(
  `sent 1 USD from account ${me.accountId} to ${other.accountId}: signature valid ${result.validSignature}, id ${result.id ?? "-"}`,
);
console.log(`available to withdraw now: ${(await client.getBalance()).availableForWithdrawal} USD`);

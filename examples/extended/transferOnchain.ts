/** POST /user/transfer/onchain: vault-to-vault transfer, addressed by vaults instead of account ids. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);

const me = await client.getAccountInfo();
const other = (await client.getAccounts()).find((a) => a.accountId !== me.accountId);
if (other === undefined) throw new Error("this wallet has a single sub-account: create one to transfer to");

const result = await client.transferOnchain({
  signer: env.signer,
  amount: "1",
  senderVault: env.vault,
  receiverVault: other.l2Vault,
  receiverPublicKey: other.l2Key,
});
console.log(
  `sent 1 USD from vault ${env.vault} to vault ${other.l2Vault}: signature valid ${result.validSignature}`,
);
console.log(`transfer id ${result.id ?? "-"}, hash ${result.hashCalculated ?? "-"}`);

/** sendTx L2Transfer (tx type 12): move 1 USDC to another account; to another owner the wallet co-signs (L1Sig). */
import { LighterRestClient, transferL1Message } from "@perp/lighter";
import { openEnv, otherAccount } from "./_env.js";

await using env = await openEnv({ needs: "wallet", writes: true });
const client = new LighterRestClient(env.rest);

// The simulator's second test account, or LIGHTER_TRANSFER_TO_ACCOUNT on a real network.
const to = await otherAccount(env, "LIGHTER_TRANSFER_TO_ACCOUNT", "the account that receives 1 USDC");
const { transfer_fee_usdc } = await client.getTransferFeeInfo({
  accountIndex: env.accountIndex,
  toAccountIndex: to,
});
const { nonce } = await client.getNextNonce({ accountIndex: env.accountIndex, apiKeyIndex: env.apiKeyIndex });
const fields = {
  ToAccountIndex: to,
  AssetIndex: 3, // USDC
  FromRouteType: 0, // perps balance to perps balance
  ToRouteType: 0,
  Amount: 1_000_000, // 1 USDC in base units
  USDCFee: transfer_fee_usdc,
  Nonce: nonce,
};
// The API key signs the L2 transaction; the owner's wallet signs this text (EIP-191) as well.
const message = transferL1Message({
  ...fields,
  FromAccountIndex: env.accountIndex,
  ApiKeyIndex: env.apiKeyIndex,
  ChainId: env.chainId,
});
const L1Sig = await env.wallet.signMessage({ message });
const signed = env.signer.transfer({ ...fields, L1Sig });
const { tx_hash } = await client.sendTx(signed);
console.log(`sent 1 USDC to account ${to} (fee ${transfer_fee_usdc} units, tx ${tx_hash.slice(0, 16)}…)`);
const [latest] = (await client.getTransferHistory({ accountIndex: env.accountIndex })).transfers;
console.log(`latest transfer: ${latest?.type} ${latest?.amount} to ${latest?.to_account_index}`);

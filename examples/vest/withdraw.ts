// POST /transfer/withdraw: pays USDC out to a wallet on a destination chain. The signature covers
// the token's ERC-20 address on that chain while the body says "USDC", and the size is an integer
// in base units (USDC has 6 decimals). On a real network this moves real funds: 1 USDC here.
import { signWithdraw, VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { tokenAddress, chainId } = env.withdrawalTarget();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const signed = await signWithdraw(account.signingPrivateKey, {
    time: Date.now(),
    nonce: (await client.getAccountNonce()).nextNonce,
    account: account.primaryAddress,
    recipient: account.primaryAddress, // Vest pays only to the account's own wallet by default
    tokenAddress,
    size: "1000000", // 1 USDC
    chainId,
  });
  const { id } = await client.withdraw(signed);
  const [transfer] = await client.getTransfers({ id });
  console.log(`withdrawal ${id}: ${transfer?.size} USDC to chain ${transfer?.chainId}, ${transfer?.status}`);
} finally {
  await env.close();
}

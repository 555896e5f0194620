/** Signing flow: sign a transfer settlement offline, then send it as a prepared request. */
import {
  ExtendedRestClient,
  expirationFromNow,
  randomNonce,
  signTransfer,
  TRANSFER_EXPIRATION_SECONDS,
} from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);
const me = await client.getAccountInfo();
const other = (await client.getAccounts()).find((a) => a.accountId !== me.accountId);
if (other === undefined) throw new Error("this wallet has a single sub-account: create one to transfer to");

// Amounts are signed in collateral units: 1 USD = 10^6 at resolution 1,000,000.
const { collateral, signingDomain } = client.environment;
const { settlement, messageHash } = signTransfer(env.signer, {
  domain: signingDomain,
  senderVault: env.vault,
  receiverVault: other.l2Vault,
  receiverPublicKey: other.l2Key,
  collateralId: collateral.id,
  collateralResolution: collateral.resolution,
  amount: "1",
  expirationSeconds: expirationFromNow(TRANSFER_EXPIRATION_SECONDS),
  nonce: randomNonce(),
});
console.log(
  `message hash 0x${messageHash.toString(16).slice(0, 16)}…, settlement amount ${settlement.amount}`,
);

const request = {
  fromAccount: me.accountId,
  toAccount: other.accountId,
  amount: "1",
  transferredAsset: collateral.name,
  settlement,
};
const result = await client.transfer({ request });
console.log(`sent: signature valid ${result.validSignature}`);

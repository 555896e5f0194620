/** Signing flow: sign a withdrawal settlement offline and inspect it before sending. */
import {
  ExtendedRestClient,
  expirationFromNow,
  randomNonce,
  signWithdrawal,
  WITHDRAWAL_EXPIRATION_SECONDS,
} from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new ExtendedRestClient(env.rest);
const me = await client.getAccountInfo();
const { starknetWalletAddress } = await client.getClientInfo();
if (starknetWalletAddress === undefined) throw new Error("no Starknet wallet: withdraw through the bridge");

// Extended refuses withdrawals that expire in under 14 days; the SDK default is 15.
const { collateral, signingDomain } = client.environment;
const { settlement } = signWithdrawal(env.signer, {
  domain: signingDomain,
  positionId: env.vault,
  collateralId: collateral.id,
  collateralResolution: collateral.resolution,
  recipient: starknetWalletAddress,
  amount: "2",
  expirationSeconds: expirationFromNow(WITHDRAWAL_EXPIRATION_SECONDS),
  salt: randomNonce(),
});
console.log(
  `withdraw ${settlement.amount} units to ${settlement.recipient.slice(0, 12)}…, expires ${new Date(settlement.expiration.seconds * 1000).toISOString()}`,
);

const id = await client.withdraw({
  request: { accountId: me.accountId, amount: "2", chainId: "STRK", asset: collateral.name, settlement },
});
console.log(`withdrawal ${id} accepted`);

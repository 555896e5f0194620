/** POST /user/claim: the testnet faucet, which credits play collateral to the sub-account. */
import { ExtendedRestClient } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const client = new ExtendedRestClient(env.rest);

if (env.target === "mainnet") {
  console.log("the faucet exists on testnet only: run with EXTENDED_NETWORK=testnet");
} else {
  const before = await client.getBalance();
  const claim = await client.claimTestnetFunds();
  const after = await client.getBalance();
  console.log(`claim ${claim.id}: balance ${before.balance} -> ${after.balance} ${after.collateralName}`);
}

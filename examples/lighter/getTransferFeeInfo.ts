/** GET /api/v1/transferFeeInfo (auth): the USDC fee a transfer pays, to sign into its USDCFee field. */
import { fromScaledInt } from "@perp/core";
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer" });
const client = new LighterRestClient(env.rest);

const { transfer_fee_usdc } = await client.getTransferFeeInfo({ accountIndex: env.accountIndex });
// An integer of USDC base units (1 USDC = 10^6), exactly what L2Transfer's USDCFee carries.
console.log(`transfer fee: ${transfer_fee_usdc} units = ${fromScaledInt(BigInt(transfer_fee_usdc), 6)} USDC`);

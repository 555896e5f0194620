import type * as z from "zod";
import { withdrawalRequestBody } from "../../schemas/order-request.js";
import { starkSignerParam } from "../../schemas/params.js";
import { withdrawalId } from "../../schemas/trading.js";
import {
  expirationFromNow,
  randomNonce,
  type StarknetDomain,
  type StarkSigner,
  signWithdrawal,
  WITHDRAWAL_EXPIRATION_SECONDS,
} from "../../signing/index.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export type WithdrawalRequestBody = z.input<typeof withdrawalRequestBody>;

/** A Starknet withdrawal, signed here with the account's key. */
export interface WithdrawalIntent {
  signer: StarkSigner;
  accountId: string | number;
  /** Decimal amount of collateral. */
  amount: string;
  /** The account's vault (l2Vault). */
  positionId: number | string;
  /** Starknet address receiving the funds: the client's starknetWalletAddress, or the bridge's for EVM chains. */
  recipient: string;
  /** "STRK" for Starknet; the EVM chain for bridged withdrawals (with quoteId). */
  chainId?: string;
  quoteId?: string;
  description?: string;
  salt?: number;
  /** Signed expiration, epoch seconds; now + 15 days when omitted (the venue needs ≥ 14). */
  expirationSeconds?: number;
  domain?: StarknetDomain;
}

export type WithdrawParameters = { request: WithdrawalRequestBody; signer?: undefined } | WithdrawalIntent;
/** The withdrawal id. */
export type WithdrawReturnType = string;

function bodyOf(client: ExtendedRestContext, intent: WithdrawalIntent): WithdrawalRequestBody {
  const signer = validateParams(starkSignerParam, intent.signer, "withdraw");
  const { collateral, signingDomain } = client.environment;
  const signed = signWithdrawal(signer, {
    domain: intent.domain ?? signingDomain,
    positionId: intent.positionId,
    collateralId: collateral.id,
    collateralResolution: collateral.resolution,
    recipient: intent.recipient,
    amount: intent.amount,
    expirationSeconds: intent.expirationSeconds ?? expirationFromNow(WITHDRAWAL_EXPIRATION_SECONDS),
    salt: intent.salt ?? randomNonce(),
  });
  return {
    accountId: String(intent.accountId),
    amount: intent.amount,
    chainId: intent.chainId ?? "STRK",
    asset: collateral.name,
    ...(intent.description !== undefined ? { description: intent.description } : {}),
    ...(intent.quoteId !== undefined ? { quoteId: intent.quoteId } : {}),
    settlement: signed.settlement,
  };
}

/** POST /user/withdrawal: Starknet withdrawal (bridged EVM withdrawals pass the bridge quote id). */
export async function withdraw(
  client: ExtendedRestContext,
  params: WithdrawParameters,
  options?: RequestOptions,
): Promise<WithdrawReturnType> {
  const body = params.signer === undefined ? params.request : bodyOf(client, params);
  validateParams(withdrawalRequestBody, body, "withdraw");
  const { data } = await callApi(
    client,
    {
      action: "withdraw",
      method: "POST",
      path: "/user/withdrawal",
      json: body,
      private: true,
      schema: withdrawalId,
    },
    options,
  );
  return data;
}

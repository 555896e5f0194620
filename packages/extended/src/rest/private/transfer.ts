import type * as z from "zod";
import { transferRequestBody } from "../../schemas/order-request.js";
import { starkSignerParam } from "../../schemas/params.js";
import { type TransferResult, transferResult } from "../../schemas/trading.js";
import {
  expirationFromNow,
  randomNonce,
  type StarknetDomain,
  type StarkSigner,
  signTransfer,
  TRANSFER_EXPIRATION_SECONDS,
  type TransferSettlement,
} from "../../signing/index.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

export type TransferRequestBody = z.input<typeof transferRequestBody>;

/** A transfer between own sub-accounts, signed here with the sender's key. */
export interface TransferIntent {
  signer: StarkSigner;
  fromAccount: string | number;
  toAccount: string | number;
  /** Decimal amount of collateral ("1000"). */
  amount: string;
  senderVault: number | string;
  receiverVault: number | string;
  /** The receiving sub-account's Stark key; the sender's when omitted. */
  receiverPublicKey?: string;
  /** Random when omitted. */
  nonce?: number;
  /** Signed expiration, epoch seconds; now + 21 days when omitted. */
  expirationSeconds?: number;
  domain?: StarknetDomain;
}

export type TransferParameters = { request: TransferRequestBody; signer?: undefined } | TransferIntent;
export type TransferReturnType = TransferResult;

/** Signs a transfer intent into the settlement of a transfer request. */
export function signTransferSettlement(
  client: ExtendedRestContext,
  intent: Omit<TransferIntent, "fromAccount" | "toAccount">,
  action: string,
): TransferSettlement {
  const signer = validateParams(starkSignerParam, intent.signer, action);
  const { collateral, signingDomain } = client.environment;
  return signTransfer(signer, {
    domain: intent.domain ?? signingDomain,
    senderVault: intent.senderVault,
    receiverVault: intent.receiverVault,
    ...(intent.receiverPublicKey !== undefined ? { receiverPublicKey: intent.receiverPublicKey } : {}),
    collateralId: collateral.id,
    collateralResolution: collateral.resolution,
    amount: intent.amount,
    expirationSeconds: intent.expirationSeconds ?? expirationFromNow(TRANSFER_EXPIRATION_SECONDS),
    nonce: intent.nonce ?? randomNonce(),
  }).settlement;
}

/** POST /user/transfer: move collateral between the wallet's sub-accounts. */
export async function transfer(
  client: ExtendedRestContext,
  params: TransferParameters,
  options?: RequestOptions,
): Promise<TransferReturnType> {
  const body =
    params.signer === undefined
      ? params.request
      : {
          fromAccount: String(params.fromAccount),
          toAccount: String(params.toAccount),
          amount: params.amount,
          transferredAsset: client.environment.collateral.name,
          settlement: signTransferSettlement(client, params, "transfer"),
        };
  validateParams(transferRequestBody, body, "transfer");
  const { data } = await callApi(
    client,
    {
      action: "transfer",
      method: "POST",
      path: "/user/transfer",
      json: body,
      private: true,
      schema: transferResult,
    },
    options,
  );
  return data;
}

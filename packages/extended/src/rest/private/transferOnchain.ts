import type * as z from "zod";
import { onchainTransferRequestBody } from "../../schemas/order-request.js";
import { type OnchainTransferResult, onchainTransferResult } from "../../schemas/trading.js";
import { callApi, validateParams } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";
import { signTransferSettlement, type TransferIntent } from "./transfer.js";

export type OnchainTransferRequestBody = z.input<typeof onchainTransferRequestBody>;
export type TransferOnchainParameters =
  | { request: OnchainTransferRequestBody; signer?: undefined }
  | Omit<TransferIntent, "fromAccount" | "toAccount">;
export type TransferOnchainReturnType = OnchainTransferResult;

/** POST /user/transfer/onchain: vault-to-vault transfer (newer SDK endpoint; same settlement as transfer). */
export async function transferOnchain(
  client: ExtendedRestContext,
  params: TransferOnchainParameters,
  options?: RequestOptions,
): Promise<TransferOnchainReturnType> {
  const body =
    params.signer === undefined
      ? params.request
      : {
          fromVault: Number(params.senderVault),
          toVault: Number(params.receiverVault),
          amount: params.amount,
          transferredAsset: client.environment.collateral.name,
          settlement: signTransferSettlement(client, params, "transferOnchain"),
        };
  validateParams(onchainTransferRequestBody, body, "transferOnchain");
  const { data } = await callApi(
    client,
    {
      action: "transferOnchain",
      method: "POST",
      path: "/user/transfer/onchain",
      json: body,
      private: true,
      schema: onchainTransferResult,
    },
    options,
  );
  return data;
}

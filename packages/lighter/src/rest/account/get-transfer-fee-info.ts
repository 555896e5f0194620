import * as z from "zod/mini";
import { TransferFeeInfo } from "../../schemas/account.js";
import { accountIndexParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams, WEIGHT } from "../request.js";

export const GetTransferFeeInfoParameters = z.object({
  accountIndex: accountIndexParam,
  toAccountIndex: z.optional(accountIndexParam),
});
export type GetTransferFeeInfoParameters = z.input<typeof GetTransferFeeInfoParameters>;
export type GetTransferFeeInfoReturnType = TransferFeeInfo;

/** `GET /api/v1/transferFeeInfo` (auth): the fee of a transfer, in USDC base units (1e-6). */
export async function getTransferFeeInfo(
  client: LighterRestContext,
  params: GetTransferFeeInfoParameters,
  options?: LighterCallOptions,
): Promise<GetTransferFeeInfoReturnType> {
  const p = parseParams(GetTransferFeeInfoParameters, params, "getTransferFeeInfo");
  return call(
    client,
    {
      action: "getTransferFeeInfo",
      method: "GET",
      path: "/api/v1/transferFeeInfo",
      query: { account_index: p.accountIndex, to_account_index: p.toAccountIndex },
      schema: TransferFeeInfo,
      auth: true,
      weight: WEIGHT.transferFeeInfo,
    },
    options,
  );
}

import { transfers, type VestTransfer } from "../../schemas/orders.js";
import { transfersParams } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestTransferType } from "../../schemas/primitives.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export interface GetTransfersParameters {
  id?: string | readonly string[];
  nonce?: number | bigint | string;
  orderType?: VestTransferType;
  startTime?: number;
  endTime?: number;
  limit?: number;
  /** Epoch ms sent as `time`; default: the client clock. */
  time?: number;
}

export type GetTransfersReturnType = VestTransfer[];

/** `GET /transfer`: deposits and withdrawals, with the on-chain withdrawal proof fields. */
export async function getTransfers(
  client: VestRestContext,
  params: GetTransfersParameters = {},
  options?: VestCallOptions,
): Promise<GetTransfersReturnType> {
  const p = parseParams(transfersParams, params, "getTransfers parameters");
  return vestRequest(
    client,
    {
      method: "GET",
      path: "transfer",
      query: {
        id: p.id,
        nonce: p.nonce,
        orderType: p.orderType,
        startTime: p.startTime,
        endTime: p.endTime,
        limit: p.limit,
        time: p.time ?? client.now(),
      },
      private: true,
      schema: transfers,
    },
    options,
  );
}

import { signedWithdrawBody } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import { idAck, type VestIdAck } from "../../schemas/primitives.js";
import type { SignedWithdraw } from "../../signing/index.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

/** The `signWithdraw` output: `size` in integer base units, `token` a symbol ("USDC"). */
export type WithdrawParameters = SignedWithdraw;

export type WithdrawReturnType = VestIdAck;

/**
 * `POST /transfer/withdraw`. The outcome arrives on the stream's TRANSFER events and in
 * `GET /transfer`; with `execute: false` the proof fields of that row are what the treasury
 * contract's `withdraw` call takes. Sent exactly once.
 */
export async function withdraw(
  client: VestRestContext,
  params: WithdrawParameters,
  options?: VestCallOptions,
): Promise<WithdrawReturnType> {
  // Validated, then sent as given: the strict schema admits no extra field, and key order is kept.
  parseParams(signedWithdrawBody, params, "signed withdrawal");
  return vestRequest(
    client,
    { method: "POST", path: "transfer/withdraw", json: params, private: true, schema: idAck },
    options,
  );
}

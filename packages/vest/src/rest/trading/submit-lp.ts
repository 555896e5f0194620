import { signedLpBody } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import { idAck, type VestIdAck } from "../../schemas/primitives.js";
import type { LpRequest, SignedRequest } from "../../signing/index.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

/** The `signLp` output. */
export type SubmitLpParameters = SignedRequest<LpRequest>;

export type SubmitLpReturnType = VestIdAck;

/**
 * `POST /lp`: deposit into or withdraw from the LP pool. Like orders, `{id}` only means accepted;
 * the outcome (FILLED or REJECTED with a 4xxx code) arrives on the stream's LP events and in
 * `GET /lp`. Sent exactly once.
 */
export async function submitLp(
  client: VestRestContext,
  params: SubmitLpParameters,
  options?: VestCallOptions,
): Promise<SubmitLpReturnType> {
  // Validated, then sent as given: the strict schema admits no extra field, and key order is kept.
  parseParams(signedLpBody, params, "signed LP request");
  return vestRequest(
    client,
    { method: "POST", path: "lp", json: params, private: true, schema: idAck },
    options,
  );
}

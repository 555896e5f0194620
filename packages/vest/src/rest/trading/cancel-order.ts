import { signedCancelBody } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import { idAck, type VestIdAck } from "../../schemas/primitives.js";
import type { CancelRequest, SignedRequest } from "../../signing/index.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

/** The `signCancel` output. */
export type CancelOrderParameters = SignedRequest<CancelRequest>;

export type CancelOrderReturnType = VestIdAck;

export interface CancelOrderOptions extends VestCallOptions {
  /**
   * What goes in the URL query (never signed). One client got HTTP 422 "missing query.time"
   * without `?time=`, and sends `?time=<order.time>&nonce=<order.nonce>`; the docs show neither.
   * Default "time" (`?time=<order.time>`); "time-and-nonce" mirrors that client; "none" sends
   * the bare path.
   */
  query?: "time" | "time-and-nonce" | "none";
}

/**
 * `POST /orders/cancel`. There is no cancel-all in v2: cancel each id. An order that already
 * filled or was cancelled answers 3017, thrown as a NotFoundError: read the order (`getOrder`)
 * to learn which.
 */
export async function cancelOrder(
  client: VestRestContext,
  params: CancelOrderParameters,
  options: CancelOrderOptions = {},
): Promise<CancelOrderReturnType> {
  // Validated, then sent as given: the strict schema admits no extra field, and key order is kept.
  parseParams(signedCancelBody, params, "signed cancel");
  const mode = options.query ?? "time";
  const query =
    mode === "none"
      ? undefined
      : { time: params.order.time, ...(mode === "time-and-nonce" ? { nonce: params.order.nonce } : {}) };
  const { query: _mode, ...callOptions } = options;
  return vestRequest(
    client,
    {
      method: "POST",
      path: "orders/cancel",
      ...(query === undefined ? {} : { query }),
      json: params,
      private: true,
      schema: idAck,
    },
    callOptions,
  );
}

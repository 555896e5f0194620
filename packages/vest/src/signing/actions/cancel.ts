import * as z from "zod/mini";
import { actionPayload } from "../digest/payload.js";
import { toSigningKey, type VestSigningKeySource } from "../keys/signing-key.js";
import type { SignedRequest, SigningPayload, SignOptions } from "../types.js";
import * as field from "../validation/fields.js";
import { parseInput } from "../validation/parse.js";
import { envelope } from "./envelope.js";

/** The `order` object of `POST /orders/cancel`; every field is signed. */
export interface CancelRequest {
  time: number;
  nonce: number;
  /** The order id exactly as the server returned it (hex string). */
  id: string;
}

const cancelSchema = z.strictObject({ time: field.epochMillis, nonce: field.nonce, id: field.orderId });
const optionsSchema = z.object({ recvWindow: z.optional(field.recvWindow) });

/** abi.encode(uint256 time, uint256 nonce, string id). */
export function cancelPayload(request: CancelRequest): SigningPayload {
  return unvalidatedCancelPayload(parseInput(cancelSchema, request, "Vest cancel"));
}

function unvalidatedCancelPayload(c: CancelRequest): SigningPayload {
  return actionPayload([
    { type: "uint256", value: c.time },
    { type: "uint256", value: c.nonce },
    { type: "string", value: c.id },
  ]);
}

/**
 * Signs a cancel and returns the `POST /orders/cancel` body. Some servers also want
 * `?time=<order.time>` in the URL; that query is not signed and is the transport's concern.
 */
export async function signCancel(
  signingKey: VestSigningKeySource,
  request: CancelRequest,
  options: SignOptions = {},
): Promise<SignedRequest<CancelRequest>> {
  const input = parseInput(cancelSchema, request, "Vest cancel");
  const opts = parseInput(optionsSchema, options, "Vest cancel options");
  const key = toSigningKey(signingKey);
  const order: CancelRequest = { time: input.time, nonce: input.nonce, id: input.id };
  return envelope(order, await key.signPayload(unvalidatedCancelPayload(order)), opts.recvWindow);
}

import * as z from "zod/mini";
import { actionPayload } from "../digest/payload.js";
import { toSigningKey, type VestSigningKeySource } from "../keys/signing-key.js";
import type { SignedRequest, SigningPayload, SignOptions } from "../types.js";
import * as field from "../validation/fields.js";
import { parseInput } from "../validation/parse.js";
import { envelope } from "./envelope.js";

export type VestLpOrderType = "DEPOSIT" | "IMMEDIATE_WITHDRAW" | "SCHEDULE_WITHDRAW";

/** The `order` object of `POST /lp`; every field is signed. */
export interface LpRequest {
  time: number;
  nonce: number;
  orderType: VestLpOrderType;
  /** USDC amount as a decimal string; signed and sent byte-for-byte. */
  size: string;
}

const lpSchema = z.strictObject({
  time: field.epochMillis,
  nonce: field.nonce,
  orderType: z.enum(["DEPOSIT", "IMMEDIATE_WITHDRAW", "SCHEDULE_WITHDRAW"], {
    error: "must be DEPOSIT, IMMEDIATE_WITHDRAW or SCHEDULE_WITHDRAW",
  }),
  size: field.positiveDecimal,
});
const optionsSchema = z.object({ recvWindow: z.optional(field.recvWindow) });

/** abi.encode(uint256 time, uint256 nonce, string orderType, string size). */
export function lpPayload(request: LpRequest): SigningPayload {
  return unvalidatedLpPayload(parseInput(lpSchema, request, "Vest LP request"));
}

function unvalidatedLpPayload(lp: LpRequest): SigningPayload {
  return actionPayload([
    { type: "uint256", value: lp.time },
    { type: "uint256", value: lp.nonce },
    { type: "string", value: lp.orderType },
    { type: "string", value: lp.size },
  ]);
}

/** Signs an LP deposit or withdrawal and returns the `POST /lp` body. */
export async function signLp(
  signingKey: VestSigningKeySource,
  request: LpRequest,
  options: SignOptions = {},
): Promise<SignedRequest<LpRequest>> {
  const input = parseInput(lpSchema, request, "Vest LP request");
  const opts = parseInput(optionsSchema, options, "Vest LP options");
  const key = toSigningKey(signingKey);
  const order: LpRequest = {
    time: input.time,
    nonce: input.nonce,
    orderType: input.orderType,
    size: input.size,
  };
  return envelope(order, await key.signPayload(unvalidatedLpPayload(order)), opts.recvWindow);
}

import * as z from "zod/mini";
import { actionPayload } from "../digest/payload.js";
import { toSigningKey, type VestSigningKeySource } from "../keys/signing-key.js";
import type { Address, Hex, SigningPayload } from "../types.js";
import * as field from "../validation/fields.js";
import { parseInput } from "../validation/parse.js";

/**
 * Exactly the tuple a withdrawal signature covers, which the treasury contract decodes as
 * `requestArgs`. It differs from the body: `account` is signed but not sent, and `token` is the
 * ERC-20 address here but a symbol in the body.
 */
export interface WithdrawSignatureFields {
  time: number;
  nonce: number;
  /** The primary (trading) account, not the signing key. */
  account: Address;
  recipient: Address;
  /** ERC-20 address of the token on the destination chain. */
  token: Address;
  /** Integer token base units (USDC × 1e6) as a decimal string. */
  size: string;
  /** Destination chain id; the contract requires it to equal block.chainid. */
  chainId: number;
}

export interface WithdrawRequest extends Omit<WithdrawSignatureFields, "token"> {
  /** ERC-20 address of the token on the destination chain (signed). */
  tokenAddress: Address;
  /** Token symbol sent in the body; default "USDC", the only collateral. */
  tokenSymbol?: string;
}

/** The `order` object of `POST /transfer/withdraw`. */
export interface WithdrawBody {
  time: number;
  nonce: number;
  recipient: Address;
  token: string;
  /** Integer base units, a JSON number (the signed value is the same integer). */
  size: number;
  chainId: number;
}

export interface WithdrawSignOptions {
  recvWindow?: number;
  /** true (default): a keeper executes the payout; false: call the treasury `withdraw` yourself. */
  execute?: boolean;
}

export interface SignedWithdraw {
  order: WithdrawBody;
  execute: boolean;
  recvWindow?: number;
  signature: Hex;
}

const signatureFieldsShape = {
  time: field.epochMillis,
  nonce: field.nonce,
  account: field.address,
  recipient: field.address,
  size: field.baseUnits,
  chainId: field.chainId,
};
const signatureFieldsSchema = z.strictObject({ ...signatureFieldsShape, token: field.address });
const requestSchema = z.strictObject({
  ...signatureFieldsShape,
  size: field.safeBaseUnits,
  tokenAddress: field.address,
  tokenSymbol: z.optional(field.symbol),
});
const optionsSchema = z.object({ recvWindow: z.optional(field.recvWindow), execute: z.optional(field.bool) });

/** abi.encode(uint256 time, uint256 nonce, bool false, address account, address recipient, address token, uint256 size, uint256 chainId). */
export function withdrawPayload(fields: WithdrawSignatureFields): SigningPayload {
  const f = parseInput(signatureFieldsSchema, fields, "Vest withdrawal signature fields");
  return unvalidatedWithdrawPayload(f);
}

function unvalidatedWithdrawPayload(w: WithdrawSignatureFields): SigningPayload {
  return actionPayload([
    { type: "uint256", value: w.time },
    { type: "uint256", value: w.nonce },
    // isDeposit: always false for a withdrawal request.
    { type: "bool", value: false },
    { type: "address", value: w.account },
    { type: "address", value: w.recipient },
    { type: "address", value: w.token },
    { type: "uint256", value: BigInt(w.size) },
    { type: "uint256", value: w.chainId },
  ]);
}

/**
 * Signs a withdrawal and returns the `POST /transfer/withdraw` body. The body carries `size` as a
 * JSON number, so amounts above 2^53 − 1 base units are rejected rather than rounded.
 */
export async function signWithdraw(
  signingKey: VestSigningKeySource,
  request: WithdrawRequest,
  options: WithdrawSignOptions = {},
): Promise<SignedWithdraw> {
  const input = parseInput(requestSchema, request, "Vest withdrawal");
  const opts = parseInput(optionsSchema, options, "Vest withdrawal options");
  const key = toSigningKey(signingKey);
  const payload = unvalidatedWithdrawPayload({
    time: input.time,
    nonce: input.nonce,
    account: input.account,
    recipient: input.recipient,
    token: input.tokenAddress,
    size: input.size,
    chainId: input.chainId,
  });
  const signature = await key.signPayload(payload);
  const order: WithdrawBody = {
    time: input.time,
    nonce: input.nonce,
    recipient: input.recipient,
    token: input.tokenSymbol ?? "USDC",
    size: Number(input.size),
    chainId: input.chainId,
  };
  const execute = opts.execute ?? true;
  return opts.recvWindow === undefined
    ? { order, execute, signature }
    : { order, execute, recvWindow: opts.recvWindow, signature };
}

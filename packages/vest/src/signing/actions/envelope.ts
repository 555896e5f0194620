import type { Hex, SignedRequest } from "../types.js";

/** Wraps signed fields into the request body shape shared by orders, cancels, LP and withdrawals. */
export function envelope<T>(order: T, signature: Hex, recvWindow: number | undefined): SignedRequest<T> {
  return recvWindow === undefined ? { order, signature } : { order, recvWindow, signature };
}

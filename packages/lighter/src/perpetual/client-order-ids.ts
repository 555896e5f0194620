/**
 * Unified client order ids ⇄ Lighter client order indexes (COIs). Lighter only knows integers
 * 1..2^48-1, so a user's clientOrderId must be such an integer in decimal text; without one the
 * adapter draws a fresh COI. Either way the tracked clientOrderId is the COI's decimal text, which
 * is what the venue echoes in `client_order_index`, so stream updates find the order.
 */
import { ValidationError } from "@perp/core";
import { createClientOrderIndexSource, toClientOrderIndex } from "../rest/client-order-index.js";

export class ClientOrderIds {
  readonly #next: () => bigint;

  constructor(now: () => number) {
    this.#next = createClientOrderIndexSource({ now });
  }

  /** The COI for an order: the user's id when given (validated), else a fresh one. */
  forOrder(clientOrderId: string | undefined): bigint {
    return clientOrderId === undefined ? this.#next() : parseClientOrderId(clientOrderId);
  }
}

/** A unified clientOrderId as a COI; a ValidationError explaining Lighter's rule otherwise. */
export function parseClientOrderId(clientOrderId: string): bigint {
  if (!/^\d{1,15}$/.test(clientOrderId) || /^0\d/.test(clientOrderId)) {
    throw new ValidationError(
      `clientOrderId ${JSON.stringify(clientOrderId.slice(0, 20))} is not valid on Lighter: client order ids are integers from 1 to 2^48 - 1 in decimal text`,
      { venue: "lighter", issues: [{ path: ["clientOrderId"], message: "must be an integer 1..2^48-1" }] },
    );
  }
  try {
    return toClientOrderIndex(clientOrderId);
  } catch (cause) {
    throw new ValidationError(`clientOrderId ${clientOrderId} is outside Lighter's range 1..2^48 - 1`, {
      venue: "lighter",
      cause,
      issues: [{ path: ["clientOrderId"], message: "must be an integer 1..2^48-1" }],
    });
  }
}

import { ValidationError } from "@perp/core";

const MAX_NONCE = Number.MAX_SAFE_INTEGER;
const NONCE_TEXT = /^(0|[1-9]\d{0,15})$/;

/**
 * Nonces for signed requests. Vest only promises that a repeated nonce is refused (3015); some
 * deployments may demand increasing ones, and the venue's advice is "use time as nonce". So every
 * nonce is max(now, last + 1): unique and increasing, and above any user-chosen nonce used before.
 */
export class NonceSource {
  readonly #now: () => number;
  #last = -1;

  constructor(now: () => number) {
    this.#now = now;
  }

  next(): number {
    const candidate = Math.max(Math.floor(this.#now()), this.#last + 1);
    if (candidate > MAX_NONCE) {
      throw new ValidationError("no nonce left below 2^53: the last nonce used was at the limit", {
        venue: "vest",
        issues: [{ path: ["nonce"], message: "exhausted" }],
      });
    }
    this.#last = candidate;
    return candidate;
  }

  /** Records a nonce chosen by the user (a client order id) so later nonces stay above it. */
  observe(nonce: number): void {
    if (nonce > this.#last) this.#last = nonce;
  }
}

/**
 * Reads a client order id as a Vest nonce. Vest has no client-order-id field, but the nonce is
 * user-chosen, signed, stored with the order and filterable (`GET /orders?nonce=`), so it serves as
 * one: a decimal integer from 0 to 2^53 − 1.
 */
export function nonceFromClientOrderId(clientOrderId: string): number {
  if (!NONCE_TEXT.test(clientOrderId) || Number(clientOrderId) > MAX_NONCE) {
    throw new ValidationError(
      `invalid order: clientOrderId "${clientOrderId}" must be a decimal integer from 0 to 2^53 - 1 on Vest (it is sent as the order's nonce)`,
      { venue: "vest", issues: [{ path: ["clientOrderId"], message: "must be a decimal integer nonce" }] },
    );
  }
  return Number(clientOrderId);
}

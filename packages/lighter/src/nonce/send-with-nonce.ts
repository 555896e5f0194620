/**
 * Sign + send with automatic nonce handling: the nonce is allocated, the transaction signed and
 * its send started while the allocation lock is held (so sends leave in nonce order, which the
 * venue requires per key, reference §4.13), and the outcome is reported back to the manager. A
 * nonce rejection (21104/21105) is retried once with a nonce resynced from the venue; any other
 * failure is thrown as is.
 */
import { ValidationError } from "@perp/core";
import type { LighterSigner } from "../signing/signer.js";
import type { LighterNonceManager } from "./nonce-manager.js";

export interface SendWithNonceOptions {
  signal?: AbortSignal;
  /** Retry once after a nonce rejection with a nonce resynced from the venue. Default true. */
  retryOnNonceError?: boolean;
}

/** Builds and signs the transaction for `nonce`, e.g. `(s, nonce) => s.createOrder({ ...order, Nonce: nonce })`. */
export type BuildTx<Tx> = (signer: LighterSigner, nonce: bigint) => Tx;

/** Sends a signed transaction (REST `sendTx`, or `LighterWsTxSender#sendTx`). */
export type SendTx<Tx, R> = (tx: Tx, signal?: AbortSignal) => Promise<R>;

function dispatch<Tx, R>(
  signer: LighterSigner,
  nonce: bigint,
  buildTx: BuildTx<Tx>,
  send: SendTx<Tx, R>,
  signal: AbortSignal | undefined,
): { nonce: bigint; result: Promise<R> } {
  const tx = buildTx(signer, nonce);
  let result: Promise<R>;
  try {
    result = send(tx, signal);
  } catch (error) {
    result = Promise.reject(error);
  }
  return { nonce, result };
}

export async function sendWithNonce<Tx, R>(
  manager: LighterNonceManager,
  signer: LighterSigner,
  buildTx: BuildTx<Tx>,
  send: SendTx<Tx, R>,
  options: SendWithNonceOptions = {},
): Promise<R> {
  if (signer.accountIndex !== manager.accountIndex || signer.apiKeyIndex !== manager.apiKeyIndex) {
    throw new ValidationError(
      `the signer (account ${signer.accountIndex}, API key ${signer.apiKeyIndex}) does not match the nonce manager (account ${manager.accountIndex}, API key ${manager.apiKeyIndex})`,
      { venue: "lighter" },
    );
  }
  const retries = options.retryOnNonceError === false ? 0 : 1;
  for (let attempt = 0; ; attempt++) {
    const { nonce, result } = await manager.allocate(
      1,
      (first) => dispatch(signer, first, buildTx, send, options.signal),
      options.signal === undefined ? {} : { signal: options.signal },
    );
    try {
      return await result;
    } catch (error) {
      const kind = manager.onRejected(nonce, error);
      if (kind !== "nonce" || attempt >= retries || options.signal?.aborted) throw error;
    }
  }
}

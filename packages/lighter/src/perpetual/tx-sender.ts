/**
 * Signs and sends the adapter's transactions over REST with the package's nonce manager: one
 * nonce sequence per (account, API key), sends leave in nonce order, and a nonce rejection
 * (21104/21105) resyncs from the venue and is retried once (see nonce/send-with-nonce.ts).
 */
import { LighterNonceManager } from "../nonce/nonce-manager.js";
import { restNonceFetcher } from "../nonce/rest-fetcher.js";
import { sendWithNonce } from "../nonce/send-with-nonce.js";
import type { LighterRestClient } from "../rest/client.js";
import type { SendTxResult } from "../schemas/transaction.js";
import type { LighterSigner } from "../signing/signer.js";
import type { SignedTx } from "../signing/tx/sign.js";

export interface SentTx {
  txHash: string;
  nonce: bigint;
}

export class LighterTxSender {
  readonly nonces: LighterNonceManager;
  readonly #signer: LighterSigner;
  readonly #rest: LighterRestClient;
  readonly #priceProtection: boolean | undefined;

  constructor(signer: LighterSigner, rest: LighterRestClient, priceProtection: boolean | undefined) {
    this.#signer = signer;
    this.#rest = rest;
    this.#priceProtection = priceProtection;
    this.nonces = new LighterNonceManager({
      accountIndex: signer.accountIndex,
      apiKeyIndex: signer.apiKeyIndex,
      fetchNextNonce: restNonceFetcher(rest, {
        accountIndex: signer.accountIndex,
        apiKeyIndex: signer.apiKeyIndex,
      }),
    });
  }

  /** Builds the signed tx for the allocated nonce and sends it; never retried except after a nonce rejection. */
  async send(
    build: (signer: LighterSigner, nonce: bigint) => SignedTx,
    signal?: AbortSignal,
  ): Promise<SentTx> {
    let nonce = -1n;
    const result = await sendWithNonce<SignedTx, SendTxResult>(
      this.nonces,
      this.#signer,
      (signer, allocated) => {
        nonce = allocated;
        return build(signer, allocated);
      },
      (tx, abort) =>
        this.#rest.sendTx(
          {
            txType: tx.txType,
            txInfo: tx.txInfo,
            ...(this.#priceProtection === undefined ? {} : { priceProtection: this.#priceProtection }),
          },
          abort === undefined ? {} : { signal: abort },
        ),
      signal === undefined ? {} : { signal },
    );
    return { txHash: result.tx_hash, nonce };
  }
}

/**
 * One LighterNonceManager per (account index, API key index) in a process: two managers counting
 * the same key would hand out the same nonces.
 */
import type { TxFailureCodes } from "./failure.js";
import { LighterNonceManager } from "./nonce-manager.js";

export interface NonceKey {
  accountIndex: bigint;
  apiKeyIndex: number;
}

export type KeyedNonceFetcher = (key: NonceKey, signal?: AbortSignal) => Promise<bigint | number | string>;

export class LighterNonceRegistry {
  readonly #fetch: KeyedNonceFetcher;
  readonly #codes: TxFailureCodes;
  readonly #managers = new Map<string, LighterNonceManager>();

  constructor(fetchNextNonce: KeyedNonceFetcher, codes: TxFailureCodes = {}) {
    this.#fetch = fetchNextNonce;
    this.#codes = codes;
  }

  /** The manager of this key, created on first use. */
  get(accountIndex: bigint | number | string, apiKeyIndex: number): LighterNonceManager {
    const created = new LighterNonceManager({
      ...this.#codes,
      accountIndex,
      apiKeyIndex,
      fetchNextNonce: (signal) => this.#fetch(key, signal),
    });
    const key: NonceKey = { accountIndex: created.accountIndex, apiKeyIndex: created.apiKeyIndex };
    const id = `${key.accountIndex}/${key.apiKeyIndex}`;
    const existing = this.#managers.get(id);
    if (existing !== undefined) return existing;
    this.#managers.set(id, created);
    return created;
  }
}

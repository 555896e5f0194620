export interface ListenKey {
  readonly key: string;
  readonly accountId: string;
  expiresAt: number;
  /** Set once it lapsed, was expired by a fault, or was deleted; a dead key never comes back. */
  state: "active" | "expired" | "deleted";
}

/**
 * Listen keys of the private stream: one active key per account, valid `ttlMs` from the last POST or
 * PUT. POST while a key is active returns the same key with a fresh lifetime. Dead keys are remembered
 * so a socket opened with one is told "expired" (4005) rather than "not found" (4004).
 */
export class ListenKeys {
  readonly #keys = new Map<string, ListenKey>();
  readonly #active = new Map<string, ListenKey>();
  readonly #ttlMs: number;
  readonly #newKey: () => string;

  constructor(ttlMs: number, newKey: () => string) {
    this.#ttlMs = ttlMs;
    this.#newKey = newKey;
  }

  /** POST: the active key (extended) or a new one. */
  open(accountId: string, now: number): ListenKey {
    const current = this.active(accountId, now);
    if (current !== undefined) {
      current.expiresAt = now + this.#ttlMs;
      return current;
    }
    const key: ListenKey = { key: this.#newKey(), accountId, expiresAt: now + this.#ttlMs, state: "active" };
    this.#keys.set(key.key, key);
    this.#active.set(accountId, key);
    return key;
  }

  /** PUT: extend the active key; undefined when there is none (or it lapsed). */
  keepAlive(accountId: string, now: number): ListenKey | undefined {
    const current = this.active(accountId, now);
    if (current !== undefined) current.expiresAt = now + this.#ttlMs;
    return current;
  }

  /** DELETE: the key that was closed, if any. */
  close(accountId: string, now: number): ListenKey | undefined {
    const current = this.active(accountId, now);
    if (current === undefined) return undefined;
    current.state = "deleted";
    this.#active.delete(accountId);
    return current;
  }

  active(accountId: string, now: number): ListenKey | undefined {
    const key = this.#active.get(accountId);
    if (key === undefined) return undefined;
    if (key.expiresAt <= now) this.#kill(key);
    return key.state === "active" ? key : undefined;
  }

  lookup(key: string, now: number): ListenKey | undefined {
    const found = this.#keys.get(key);
    if (found?.state === "active" && found.expiresAt <= now) this.#kill(found);
    return found;
  }

  /** Marks `key` (or every active key) expired now; returns the keys that died. */
  expire(key: string | undefined): ListenKey[] {
    const victims =
      key === undefined
        ? [...this.#active.values()]
        : [this.#keys.get(key)].filter((k): k is ListenKey => k?.state === "active");
    for (const victim of victims) this.#kill(victim);
    return victims;
  }

  /** Keys whose lifetime ran out by `now`, now marked expired. */
  sweep(now: number): ListenKey[] {
    const lapsed = [...this.#active.values()].filter((k) => k.expiresAt <= now);
    for (const key of lapsed) this.#kill(key);
    return lapsed;
  }

  #kill(key: ListenKey): void {
    key.state = "expired";
    if (this.#active.get(key.accountId) === key) this.#active.delete(key.accountId);
  }
}

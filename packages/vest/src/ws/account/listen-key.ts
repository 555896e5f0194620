import { PerpError, registerSecret, WebSocketError } from "@perp/core";

/** A listen key as the REST client returns it: the bare key or the `{ listenKey }` body. */
export type ListenKeyResult = string | { listenKey: string };

/**
 * The listen-key calls, as functions (the REST client provides them; this module never sees the
 * API key). The venue keeps a key 60 min after the last POST or PUT.
 */
export interface VestListenKeyProvider {
  /** `POST /account/listenKey`. Returns the active key again (with 60 more minutes) while one lives. */
  create(): Promise<ListenKeyResult>;
  /**
   * `PUT /account/listenKey`. Rejects when the key expired (1125) or none exists. A returned key
   * (bare or `{ listenKey }`) that differs from the current one replaces it; anything else keeps it.
   */
  keepAlive(listenKey: string): Promise<unknown>;
  /** `DELETE /account/listenKey`, called on close when given. */
  close?(listenKey: string): Promise<unknown>;
}

/** What a refresh did: the key was extended, or a different key replaced it (reconnect with it). */
export type ListenKeyRefresh = "extended" | "replaced";

/**
 * Holds the current listen key: creates it on first use and after the venue said it is gone,
 * extends it on schedule, and registers every key as a secret so that it is masked wherever it
 * reaches an error or a log (it authenticates the private socket, like a token).
 */
export class ListenKeyManager {
  readonly #provider: VestListenKeyProvider;
  #key: string | undefined;
  #valid = false;
  #creating: Promise<string> | undefined;

  constructor(provider: VestListenKeyProvider) {
    this.#provider = provider;
  }

  /** Whether a key is held and believed valid. */
  get valid(): boolean {
    return this.#key !== undefined && this.#valid;
  }

  /** The key to connect with; a new one is created when there is none or it was invalidated. */
  async current(): Promise<string> {
    if (this.#key !== undefined && this.#valid) return this.#key;
    this.#creating ??= this.#create().finally(() => {
      this.#creating = undefined;
    });
    return this.#creating;
  }

  /** The venue closed the socket with 4004/4005 (or answered 1125): the next connect creates a key. */
  invalidate(): void {
    this.#valid = false;
  }

  /**
   * Extends the key (PUT). When that fails the key is presumed expired and POST is tried: it gives
   * back the same key when it was in fact still active ("extended"), or a new one ("replaced").
   * Rejects when no key could be had; the error never contains the key.
   */
  async refresh(): Promise<ListenKeyRefresh> {
    const key = this.#key;
    if (key === undefined) {
      await this.current();
      return "replaced";
    }
    let extendedTo: string | undefined;
    try {
      const result = await this.#provider.keepAlive(key);
      extendedTo = isKeyResult(result) ? keyOf(result) : key;
    } catch {
      this.#valid = false;
      const fresh = await this.current();
      return fresh === key ? "extended" : "replaced";
    }
    if (extendedTo === key) return "extended";
    this.#adopt(extendedTo);
    return "replaced";
  }

  /** Closes the key at the venue (DELETE) when the provider can; forgets it either way. */
  async release(): Promise<void> {
    const key = this.#key;
    this.#key = undefined;
    this.#valid = false;
    if (key === undefined || this.#provider.close === undefined) return;
    try {
      await this.#provider.close(key);
    } catch (cause) {
      throw new WebSocketError("Could not close the Vest listen key", { venue: "vest", cause });
    }
  }

  async #create(): Promise<string> {
    let result: ListenKeyResult;
    try {
      result = await this.#provider.create();
    } catch (cause) {
      throw cause instanceof PerpError
        ? cause
        : new WebSocketError("Could not create a Vest listen key", { venue: "vest", cause });
    }
    const key = keyOf(result);
    this.#adopt(key);
    return key;
  }

  #adopt(key: string): void {
    registerSecret(key);
    this.#key = key;
    this.#valid = true;
  }
}

function isKeyResult(value: unknown): value is ListenKeyResult {
  return (
    (typeof value === "string" && value.length > 0) ||
    (typeof value === "object" &&
      value !== null &&
      typeof (value as { listenKey?: unknown }).listenKey === "string")
  );
}

function keyOf(result: unknown): string {
  const key =
    typeof result === "string"
      ? result
      : isKeyResult(result)
        ? (result as { listenKey: string }).listenKey
        : undefined;
  if (typeof key !== "string" || key.length === 0) {
    throw new WebSocketError("The listen-key provider returned no key", { venue: "vest" });
  }
  return key;
}

import type { HttpTransport } from "@perp/core";

/**
 * What every endpoint action needs from a client: the transport, the routing headers, a clock
 * for the `time` parameter and whether an API key is configured. `VestRestClient` is one; tests
 * and adapters can supply their own.
 */
export interface VestRestContext {
  readonly transport: HttpTransport;
  /** Headers every request carries (the account-group routing header). */
  routingHeaders(): Readonly<Record<string, string>>;
  /** Epoch milliseconds, for the `time` that private reads and cancels carry. */
  now(): number;
  /** True when private endpoints can be called (an API key is set). */
  readonly hasApiKey: boolean;
}

/** Per-call options every action accepts. */
export interface VestCallOptions {
  signal?: AbortSignal;
  /** Per-attempt timeout for this call, overriding the client's. */
  timeoutMs?: number;
}

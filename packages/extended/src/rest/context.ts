import type { HttpTransport } from "@perp/core";
import type { ExtendedEnvironment } from "./environments.js";

/**
 * What every endpoint action needs: the two transports and whether an API key is configured.
 * ExtendedRestClient implements it; tree-shaken code can build its own.
 */
export interface ExtendedRestContext {
  readonly environment: ExtendedEnvironment;
  /** Transport bound to `environment.restBaseUrl`; its auth hook adds X-Api-Key. */
  readonly transport: HttpTransport;
  /** Transport bound to `environment.onboardingBaseUrl` (no API key). */
  readonly onboardingTransport: HttpTransport;
  readonly hasApiKey: boolean;
}

/** Per-call options of every action. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Per-attempt timeout override, ms. */
  timeoutMs?: number;
}

/** One page of a cursor-paginated list (items newest first). */
export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; undefined when the venue sent none. */
  cursor: string | undefined;
  /** Items the venue says this page holds. */
  count: number | undefined;
}

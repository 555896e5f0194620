import ky, { isHTTPError, isNetworkError, isTimeoutError } from "ky";
import type * as z from "zod";
import {
  AbortedError,
  HttpError,
  PerpError,
  RateLimitError,
  redact,
  SigningError,
  TimeoutError,
  ValidationError,
} from "../errors/index.js";
import { parseJson, stringifyJson } from "../json/index.js";
import type { RateLimiter } from "./rate-limiter.js";
import { redactHeaders, redactUrl } from "./redaction.js";
import { parseRetryAfter } from "./retry-after.js";
import { buildUrl, type Query } from "./url.js";

export type HttpMethod = "GET" | "HEAD" | "OPTIONS" | "POST" | "PUT" | "PATCH" | "DELETE";

const SAFE_METHODS: ReadonlySet<HttpMethod> = new Set(["GET", "HEAD", "OPTIONS"]);
const ALL_METHODS = ["get", "head", "options", "post", "put", "patch", "delete"];

/** What an auth hook sees: it may set headers and query parameters (and may sign the body text). */
export interface AuthRequest {
  readonly method: HttpMethod;
  /** Mutable: add query parameters here. Rebuilt from the unsigned URL on every attempt. */
  readonly url: URL;
  /** Mutable: add or replace headers here. */
  readonly headers: Headers;
  /** Exact body text that will be sent, for signing. */
  readonly body: string | undefined;
  /** 0 for the first attempt, then 1, 2, … for retries (each attempt is signed afresh). */
  readonly attempt: number;
  readonly signal: AbortSignal | undefined;
}

export type AuthHook = (request: AuthRequest) => void | Promise<void>;

/** A non-2xx (or venue-envelope) response handed to the venue's error mapper. */
export interface HttpErrorResponse {
  status: number;
  /** Parsed with the transport's JSON parser; the raw text when it was not JSON. */
  body: unknown;
  headers: Headers;
  method: HttpMethod;
  url: string;
}

/** Redacted view of an outgoing attempt, for logging. */
export interface HttpRequestLog {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  attempt: number;
}

/** Redacted view of the final response of a request, for logging. */
export interface HttpResponseLog {
  method: HttpMethod;
  url: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  durationMs: number;
}

export interface HttpRetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** First backoff step; doubles each retry, full jitter. Default 300 ms. */
  baseDelayMs?: number;
  /** Ceiling for one backoff delay. Default 10 s. */
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited out: the error is thrown instead. Default 60 s. */
  maxRetryAfterMs?: number;
  /** Statuses retried for idempotent requests. Default 408, 425, 429, 500, 502, 503, 504. */
  statusCodes?: number[];
  /** Retry idempotent requests whose attempt timed out. Default true. */
  retryOnTimeout?: boolean;
}

export interface HttpTransportConfig {
  /** Resolved base URL (the venue picks it from its per-environment map). */
  baseUrl: string;
  /** Venue name stamped on errors. */
  venue?: string;
  headers?: Record<string, string>;
  /** Adds credentials or a signature to requests sent with `auth: true`. */
  auth?: AuthHook;
  /** Per-attempt timeout. Default 10 s. */
  timeoutMs?: number;
  retry?: HttpRetryOptions | false;
  rateLimiter?: RateLimiter;
  /** Weight of a request that does not say. Default 1. */
  defaultWeight?: number;
  /** JSON text → value. Default: the exact `parseJson` (integers beyond 2^53 come back as bigint). */
  parse?: (text: string) => unknown;
  /** Value → JSON text for `json` bodies. Default: `stringifyJson` (bigint as a bare integer). */
  stringify?: (value: unknown) => string;
  /**
   * Turns a venue's response into its error. Called for every response, 2xx included (venues
   * that wrap errors in 200 envelopes), so return undefined for anything that is not an error.
   */
  mapError?: (response: HttpErrorResponse) => PerpError | undefined;
  onRequest?: (log: HttpRequestLog) => void;
  onResponse?: (log: HttpResponseLog) => void;
  /** Extra header or query names to mask in logs and errors (credential-like names always are). */
  sensitiveNames?: string[];
  /** Fetch implementation, for environments that bring their own. */
  fetch?: typeof globalThis.fetch;
}

export interface HttpRequest<T> {
  method: HttpMethod;
  /** Path relative to the base URL (or an absolute URL). */
  path: string;
  query?: Query;
  /** Serialized with the transport's `stringify`; sets Content-Type: application/json. */
  json?: unknown;
  /** Raw body text, when the venue serializes itself. */
  body?: string;
  headers?: Record<string, string>;
  /** Run the auth hook. Default false. */
  auth?: boolean;
  /**
   * GET/HEAD/OPTIONS are idempotent and retried by default; anything else is sent exactly once
   * unless marked idempotent (e.g. the venue dedupes by an idempotency key).
   */
  idempotent?: boolean;
  schema?: z.ZodType<T>;
  weight?: number;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

const DEFAULT_RETRY_STATUS = [408, 425, 429, 500, 502, 503, 504];

/** HTTP transport over ky: retries only what is safe, rate-limits, signs, parses exactly, maps errors. */
export class HttpTransport {
  readonly #config: HttpTransportConfig;
  readonly #parse: (text: string) => unknown;
  readonly #stringify: (value: unknown) => string;
  readonly #sensitive: Set<string>;

  constructor(config: HttpTransportConfig) {
    if (!/^https?:\/\//i.test(config.baseUrl)) {
      throw new ValidationError(`HTTP base URL must be absolute http(s), got "${config.baseUrl}"`);
    }
    this.#config = config;
    this.#parse = config.parse ?? ((text) => parseJson(text));
    this.#stringify = config.stringify ?? stringifyJson;
    this.#sensitive = new Set((config.sensitiveNames ?? []).map((n) => n.toLowerCase()));
  }

  get baseUrl(): string {
    return this.#config.baseUrl;
  }

  /** Sends a request and returns only the parsed (and schema-checked) body. */
  async request<T = unknown>(request: HttpRequest<T>): Promise<T> {
    return (await this.send(request)).data;
  }

  /** Sends a request and returns status, headers and the parsed body. */
  async send<T = unknown>(request: HttpRequest<T>): Promise<HttpResponse<T>> {
    const config = this.#config;
    const method = request.method;
    const unsignedUrl = buildUrl(config.baseUrl, request.path, request.query);
    const sensitive = new Set(this.#sensitive);
    const shownUrl = (): string => redactUrl(unsignedUrl, sensitive);

    let bodyText: string | undefined = request.body;
    if (request.json !== undefined) {
      if (bodyText !== undefined) throw new ValidationError("Pass either `json` or `body`, not both");
      bodyText = this.#stringify(request.json);
    }
    const headers = new Headers({ accept: "application/json" });
    for (const [k, v] of Object.entries(config.headers ?? {})) headers.set(k, v);
    if (request.json !== undefined) headers.set("content-type", "application/json");
    for (const [k, v] of Object.entries(request.headers ?? {})) headers.set(k, v);

    const weight = request.weight ?? config.defaultWeight ?? 1;
    const idempotent = request.idempotent ?? SAFE_METHODS.has(method);
    const retry = config.retry === false ? undefined : config.retry;
    const maxRetries = idempotent && retry !== undefined ? (retry.maxRetries ?? 2) : 0;
    const baseDelayMs = retry?.baseDelayMs ?? 300;
    const maxRetryAfterMs = retry?.maxRetryAfterMs ?? 60_000;
    const signal = request.signal;
    const started = Date.now();
    const loggedBody = request.json !== undefined ? request.json : request.body;

    const prepare = async (current: Request, attempt: number): Promise<Request> => {
      if (config.rateLimiter) await config.rateLimiter.acquire(weight, signal);
      let out = current;
      if (request.auth === true && config.auth) {
        const url = new URL(unsignedUrl);
        const before = new Headers(current.headers);
        const authHeaders = new Headers(current.headers);
        try {
          await config.auth({ method, url, headers: authHeaders, body: bodyText, attempt, signal });
        } catch (cause) {
          if (cause instanceof PerpError) throw cause;
          throw new SigningError(`Auth hook failed for ${method} ${shownUrl()}`, { cause, ...this.#venue() });
        }
        authHeaders.forEach((value, key) => {
          if (before.get(key) !== value) sensitive.add(key);
          current.headers.set(key, value);
        });
        for (const key of url.searchParams.keys()) {
          if (!unsignedUrl.searchParams.has(key)) sensitive.add(key.toLowerCase());
        }
        if (url.toString() !== current.url) {
          // Built from the body text rather than the old Request: streamed bodies cannot be re-wrapped.
          out = new Request(url, {
            method,
            headers: current.headers,
            signal: current.signal,
            ...(bodyText !== undefined ? { body: bodyText } : {}),
          });
        }
      }
      notify(config.onRequest, {
        method,
        url: redactUrl(out.url, sensitive),
        headers: redactHeaders(out.headers, sensitive),
        body: redact(loggedBody),
        attempt,
      });
      return out;
    };

    let last: { status: number; headers: Headers } | undefined;
    const init = {
      method,
      headers,
      timeout: request.timeoutMs ?? config.timeoutMs ?? 10_000,
      throwHttpErrors: true,
      parseJson: (text: string) => this.#parseLenient(text),
      retry: {
        limit: maxRetries,
        methods: ALL_METHODS,
        statusCodes: retry?.statusCodes ?? DEFAULT_RETRY_STATUS,
        afterStatusCodes: [429, 503],
        retryOnTimeout: retry?.retryOnTimeout ?? true,
        delay: (n: number) => baseDelayMs * 2 ** (n - 1),
        backoffLimit: retry?.maxDelayMs ?? 10_000,
        jitter: true,
        shouldRetry: ({ error }: { error: Error }) => {
          if (isHTTPError(error)) {
            const wait = parseRetryAfter(error.response.headers.get("retry-after"));
            if (wait !== undefined && wait > maxRetryAfterMs) return false;
          }
          return undefined;
        },
      },
      hooks: {
        beforeRequest: [({ request: r }: { request: Request }) => prepare(r, 0)],
        beforeRetry: [
          ({ request: r, retryCount }: { request: Request; retryCount: number }) => prepare(r, retryCount),
        ],
        afterResponse: [
          ({ response }: { response: Response }) => {
            last = { status: response.status, headers: response.headers };
            if (response.status === 429 && config.rateLimiter) {
              const wait = parseRetryAfter(response.headers.get("retry-after"));
              if (wait !== undefined) config.rateLimiter.pause(Math.min(wait, maxRetryAfterMs));
            }
          },
        ],
      },
      ...(bodyText !== undefined ? { body: bodyText } : {}),
      ...(signal !== undefined ? { signal } : {}),
      ...(config.fetch !== undefined ? { fetch: config.fetch } : {}),
    };

    let text: string;
    try {
      text = await ky(unsignedUrl.toString(), init).text();
    } catch (error) {
      throw this.#mapFailure(error, method, shownUrl, signal, started, sensitive);
    }
    const status = last?.status ?? 200;
    const responseHeaders = last?.headers ?? new Headers();
    let data: unknown;
    if (text !== "") {
      try {
        data = this.#parse(text);
      } catch (cause) {
        throw new HttpError(`${method} ${shownUrl()} returned a body that is not valid JSON`, {
          status,
          method,
          url: shownUrl(),
          body: text.slice(0, 512),
          cause,
          ...this.#venue(),
        });
      }
    }
    this.#logResponse(method, shownUrl(), status, responseHeaders, data, started, sensitive);
    const venueError = config.mapError?.({
      status,
      body: data,
      headers: responseHeaders,
      method,
      url: shownUrl(),
    });
    if (venueError) throw venueError;
    if (request.schema === undefined) return { status, headers: responseHeaders, data: data as T };
    const checked = request.schema.safeParse(data);
    if (!checked.success) {
      throw new ValidationError(`${method} ${shownUrl()} returned an unexpected response shape`, {
        issues: checked.error.issues.map((issue) => ({
          path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
          message: issue.message,
        })),
        details: { status, method, url: shownUrl(), stage: "response" },
        ...this.#venue(),
      });
    }
    return { status, headers: responseHeaders, data: checked.data };
  }

  #venue(): { venue?: string } {
    return this.#config.venue === undefined ? {} : { venue: this.#config.venue };
  }

  #parseLenient(text: string): unknown {
    try {
      return this.#parse(text);
    } catch {
      return text;
    }
  }

  #logResponse(
    method: HttpMethod,
    url: string,
    status: number,
    headers: Headers,
    body: unknown,
    started: number,
    sensitive: Set<string>,
  ): void {
    notify(this.#config.onResponse, {
      method,
      url,
      status,
      headers: redactHeaders(headers, sensitive),
      body: redact(body),
      durationMs: Date.now() - started,
    });
  }

  #mapFailure(
    error: unknown,
    method: HttpMethod,
    shownUrl: () => string,
    signal: AbortSignal | undefined,
    started: number,
    sensitive: Set<string>,
  ): PerpError {
    const venue = this.#venue();
    if (signal?.aborted) {
      return error instanceof AbortedError
        ? error
        : new AbortedError(`${method} ${shownUrl()} was aborted`, { cause: signal.reason, ...venue });
    }
    if (error instanceof PerpError) return error;
    const url = shownUrl();
    if (isHTTPError(error)) {
      const { status, headers } = error.response;
      const body = error.data;
      this.#logResponse(method, url, status, headers, body, started, sensitive);
      const mapped = this.#config.mapError?.({ status, body, headers, method, url });
      if (mapped) return mapped;
      if (status === 429) {
        const retryAfterMs = parseRetryAfter(headers.get("retry-after"));
        return new RateLimitError(`${method} ${url} was rate limited (HTTP 429)`, {
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
          details: { status, method, url, body },
          ...venue,
        });
      }
      return new HttpError(`${method} ${url} failed with HTTP ${status}`, {
        status,
        method,
        url,
        body,
        ...venue,
      });
    }
    if (isTimeoutError(error)) {
      return new TimeoutError(`${method} ${url} timed out`, { status: 0, method, url, ...venue });
    }
    if (isNetworkError(error)) {
      return new HttpError(`${method} ${url} failed: network error`, {
        status: 0,
        method,
        url,
        cause: error,
        ...venue,
      });
    }
    return new HttpError(`${method} ${url} failed`, { status: 0, method, url, cause: error, ...venue });
  }
}

/** Creates an {@link HttpTransport}. */
export function createHttpTransport(config: HttpTransportConfig): HttpTransport {
  return new HttpTransport(config);
}

/** Logging hooks observe; one that throws must not fail the request it describes. */
function notify<L>(hook: ((log: L) => void) | undefined, log: L): void {
  if (hook === undefined) return;
  try {
    hook(log);
  } catch {
    // Ignored on purpose: see above.
  }
}

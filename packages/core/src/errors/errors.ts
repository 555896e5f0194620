import { redact, redactText } from "./redact.js";

/** Stable, machine-readable error codes. They never change once released. */
export type PerpErrorCode =
  | "PERP_ERROR"
  | "VALIDATION"
  | "TRANSPORT_HTTP"
  | "TRANSPORT_TIMEOUT"
  | "TRANSPORT_WS"
  | "VENUE_API"
  | "NOT_FOUND"
  | "INSUFFICIENT_MARGIN"
  | "RATE_LIMIT"
  | "SIGNING"
  | "NOT_READY"
  | "SEQUENCE_GAP"
  | "ABORTED";

export interface PerpErrorOptions {
  cause?: unknown;
  /** Venue the error came from, when it came from one. */
  venue?: string;
  details?: Record<string, unknown>;
}

/** Root of every error the SDK throws. Messages and details are redacted on construction. */
export class PerpError extends Error {
  override name = "PerpError";
  readonly code: PerpErrorCode = "PERP_ERROR";
  readonly venue: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(message: string, options: PerpErrorOptions = {}) {
    super(redactText(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.venue = options.venue;
    this.details = options.details === undefined ? undefined : redact(options.details);
  }

  /** JSON form for logs: name, code, message, venue and redacted details; never the cause's secrets. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      venue: this.venue,
      details: this.details,
    };
  }
}

export interface ValidationIssue {
  path: (string | number)[];
  message: string;
}

/** Input rejected before anything was signed or sent. */
export class ValidationError extends PerpError {
  override name = "ValidationError";
  override readonly code = "VALIDATION" as const;
  readonly issues: ValidationIssue[];

  constructor(message: string, options: PerpErrorOptions & { issues?: ValidationIssue[] } = {}) {
    super(message, options);
    this.issues = options.issues ?? [];
  }
}

export interface HttpErrorOptions extends PerpErrorOptions {
  status: number;
  method: string;
  url: string;
  body?: unknown;
}

/** An HTTP exchange failed: non-2xx status with a body that is not a venue error, or a network failure (status 0). */
export class HttpError extends PerpError {
  override name = "HttpError";
  override readonly code: PerpErrorCode = "TRANSPORT_HTTP";
  readonly status: number;
  readonly method: string;
  readonly url: string;
  readonly body: unknown;

  constructor(message: string, options: HttpErrorOptions) {
    super(message, options);
    this.status = options.status;
    this.method = options.method;
    this.url = redactText(stripQuerySecrets(options.url));
    this.body = redact(options.body);
  }
}

/** The request did not complete within its timeout. */
export class TimeoutError extends HttpError {
  override name = "TimeoutError";
  override readonly code = "TRANSPORT_TIMEOUT" as const;
}

/** A WebSocket failed to connect, closed unexpectedly, or sent a frame that could not be read. */
export class WebSocketError extends PerpError {
  override name = "WebSocketError";
  override readonly code = "TRANSPORT_WS" as const;
  readonly url: string | undefined;
  readonly closeCode: number | undefined;
  readonly closeReason: string | undefined;

  constructor(
    message: string,
    options: PerpErrorOptions & { url?: string; closeCode?: number; closeReason?: string } = {},
  ) {
    super(message, options);
    this.url = options.url === undefined ? undefined : redactText(stripQuerySecrets(options.url));
    this.closeCode = options.closeCode;
    this.closeReason = options.closeReason === undefined ? undefined : redactText(options.closeReason);
  }
}

export interface VenueApiErrorOptions extends PerpErrorOptions {
  venueCode: string | number | undefined;
  venueMessage: string | undefined;
  status?: number;
  raw?: unknown;
}

/** The venue answered and refused: its own code and message are kept, with the raw payload. */
export class VenueApiError extends PerpError {
  override name = "VenueApiError";
  override readonly code: PerpErrorCode = "VENUE_API";
  readonly venueCode: string | number | undefined;
  readonly venueMessage: string | undefined;
  readonly status: number | undefined;
  readonly raw: unknown;

  constructor(message: string, options: VenueApiErrorOptions) {
    super(message, options);
    this.venueCode = options.venueCode;
    this.venueMessage = options.venueMessage === undefined ? undefined : redactText(options.venueMessage);
    this.status = options.status;
    this.raw = redact(options.raw);
  }
}

/** The venue says the requested thing does not exist (an order id, an account, a market). */
export class NotFoundError extends VenueApiError {
  override name = "NotFoundError";
  override readonly code = "NOT_FOUND" as const;
}

/** The venue rejected an order or transfer for lack of margin or balance. */
export class InsufficientMarginError extends VenueApiError {
  override name = "InsufficientMarginError";
  override readonly code = "INSUFFICIENT_MARGIN" as const;
}

/** Rate limited, by the venue (HTTP 429 or its code) or by the client-side limiter. */
export class RateLimitError extends PerpError {
  override name = "RateLimitError";
  override readonly code = "RATE_LIMIT" as const;
  /** Milliseconds to wait before retrying, when known. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: PerpErrorOptions & { retryAfterMs?: number } = {}) {
    super(message, options);
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** A signature could not be produced (bad key, value out of range, wallet refused). */
export class SigningError extends PerpError {
  override name = "SigningError";
  override readonly code = "SIGNING" as const;
}

export interface NotReadyComponent {
  component: string;
  state: string;
  reason: string | undefined;
  since: number;
  lastError: string | undefined;
}

/** Readiness was awaited and not reached: lists each component still missing and why. */
export class NotReadyError extends PerpError {
  override name = "NotReadyError";
  override readonly code = "NOT_READY" as const;
  readonly missing: NotReadyComponent[];

  constructor(message: string, options: PerpErrorOptions & { missing: NotReadyComponent[] }) {
    super(message, options);
    this.missing = options.missing;
  }
}

/** A sequenced stream skipped numbers; the stream resyncs, the error says what was expected. */
export class SequenceGapError extends PerpError {
  override name = "SequenceGapError";
  override readonly code = "SEQUENCE_GAP" as const;
  readonly stream: string;
  readonly expected: string;
  readonly received: string;

  constructor(
    message: string,
    options: PerpErrorOptions & {
      stream: string;
      expected: bigint | number | string;
      received: bigint | number | string;
    },
  ) {
    super(message, options);
    this.stream = options.stream;
    this.expected = String(options.expected);
    this.received = String(options.received);
  }
}

/** The caller aborted the operation through its AbortSignal. */
export class AbortedError extends PerpError {
  override name = "AbortedError";
  override readonly code = "ABORTED" as const;
}

export function isPerpError(value: unknown): value is PerpError {
  return value instanceof PerpError;
}

function stripQuerySecrets(url: string): string {
  const q = url.indexOf("?");
  if (q < 0) return url;
  const params = url
    .slice(q + 1)
    .split("&")
    .map((pair) => {
      const eq = pair.indexOf("=");
      const key = eq < 0 ? pair : pair.slice(0, eq);
      return /key|secret|token|auth|signature/i.test(key) && eq >= 0 ? `${key}=[redacted]` : pair;
    });
  return `${url.slice(0, q)}?${params.join("&")}`;
}

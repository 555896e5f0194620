import {
  InsufficientMarginError,
  NotFoundError,
  type PerpError,
  RateLimitError,
  VenueApiError,
  type VenueApiErrorOptions,
} from "./errors.js";

/** What a venue's error code means to a caller; venues classify their catalogues with it. */
export type VenueErrorKind = "not-found" | "insufficient-margin" | "rate-limit" | "api";

/**
 * The core error for a classified venue refusal. Rate limits carry the venue's code, message,
 * status and payload in `details`, since RateLimitError is not a VenueApiError.
 */
export function venueErrorOfKind(
  kind: VenueErrorKind,
  message: string,
  options: VenueApiErrorOptions & { retryAfterMs?: number | undefined },
): PerpError {
  switch (kind) {
    case "not-found":
      return new NotFoundError(message, options);
    case "insufficient-margin":
      return new InsufficientMarginError(message, options);
    case "rate-limit":
      return new RateLimitError(message, {
        ...(options.venue === undefined ? {} : { venue: options.venue }),
        ...(options.retryAfterMs === undefined ? {} : { retryAfterMs: options.retryAfterMs }),
        details: {
          venueCode: options.venueCode,
          venueMessage: options.venueMessage,
          status: options.status,
          raw: options.raw,
        },
      });
    default:
      return new VenueApiError(message, options);
  }
}

import {
  AbortedError,
  HttpError,
  PerpError,
  RateLimitError,
  SigningError,
  TimeoutError,
  ValidationError,
  VenueApiError,
} from "@perp/core";

/**
 * Whether a failed order POST certainly did not place the order: the venue answered with a
 * refusal (an error envelope below 500, any other 4xx, 429) or nothing was sent (bad input, signing). A timeout, an
 * abort, a 5xx or an unreadable answer leave it unknown: the order may exist, so it is looked up.
 */
export function isDefinitiveRefusal(error: unknown): boolean {
  if (error instanceof AbortedError || error instanceof TimeoutError) return false;
  // A 5xx carrying an error envelope is still a server failure: the order may have gone through.
  if (error instanceof VenueApiError) return error.status === undefined || error.status < 500;
  if (error instanceof RateLimitError || error instanceof SigningError) return true;
  if (error instanceof ValidationError) {
    return error.details?.stage !== "response";
  }
  if (error instanceof HttpError) return error.status >= 400 && error.status < 500 && error.status !== 408;
  return false;
}

/** A short reason for a rejected order, from the error that refused it. */
export function refusalReason(error: unknown): string {
  if (error instanceof VenueApiError && error.venueMessage !== undefined) {
    return `${String(error.venueCode ?? error.status ?? "")} ${error.venueMessage}`.trim();
  }
  if (error instanceof PerpError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

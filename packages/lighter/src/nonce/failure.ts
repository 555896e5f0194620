/**
 * What a failed send means for its nonce. Lighter's API layer does not consume the nonce of a
 * transaction it refuses (bad params, signature, rate limit); a timeout or a dropped connection
 * leaves the outcome unknown, so the nonce must not be reused until the venue says so.
 */
import {
  AbortedError,
  HttpError,
  RateLimitError,
  SigningError,
  TimeoutError,
  ValidationError,
  VenueApiError,
  WebSocketError,
} from "@perp/core";

/**
 * - "nonce": the venue refused the nonce itself; resync from the venue.
 * - "unknown": the transaction may or may not have been accepted; resync, never reuse.
 * - "rejected": refused before it could consume the nonce; the nonce may be handed out again.
 */
export type TxFailureKind = "nonce" | "unknown" | "rejected";

/** 21104 invalid nonce, 21105 batch nonce not increasing (reference §2.6). */
export const NONCE_ERROR_CODES: readonly number[] = [21104, 21105];

/** 29500 internal server error, 29501 process timeout: the venue may have queued the tx anyway. */
export const UNKNOWN_OUTCOME_CODES: readonly number[] = [29500, 29501];

export interface TxFailureCodes {
  nonceErrorCodes?: readonly number[];
  unknownOutcomeCodes?: readonly number[];
}

function venueCodeOf(error: VenueApiError | RateLimitError): number | undefined {
  const raw = error instanceof VenueApiError ? error.venueCode : error.details?.venueCode;
  const code = typeof raw === "string" ? Number(raw) : raw;
  return typeof code === "number" && Number.isSafeInteger(code) ? code : undefined;
}

/** Classifies a send failure. Anything unrecognised counts as "unknown", the safe side. */
export function classifyTxFailure(error: unknown, codes: TxFailureCodes = {}): TxFailureKind {
  const nonceCodes = codes.nonceErrorCodes ?? NONCE_ERROR_CODES;
  const unknownCodes = codes.unknownOutcomeCodes ?? UNKNOWN_OUTCOME_CODES;
  if (error instanceof VenueApiError || error instanceof RateLimitError) {
    const code = venueCodeOf(error);
    if (code !== undefined && nonceCodes.includes(code)) return "nonce";
    if (code !== undefined && unknownCodes.includes(code)) return "unknown";
    return "rejected";
  }
  if (error instanceof TimeoutError) return "unknown";
  // status 0 is a network failure: the request may have reached the venue
  if (error instanceof HttpError) return error.status === 0 || error.status >= 500 ? "unknown" : "rejected";
  if (error instanceof WebSocketError || error instanceof AbortedError) return "unknown";
  if (error instanceof ValidationError || error instanceof SigningError) return "rejected";
  return "unknown";
}

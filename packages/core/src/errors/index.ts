export * from "./errors.js";
export { isSecretKey, REDACTED, redact, redactText, registerSecret, unregisterSecret } from "./redact.js";
export { type VenueErrorKind, venueErrorOfKind } from "./venue-error.js";

export * from "./errors.js";
export { REDACTED, isSecretKey, redact, redactText, registerSecret, unregisterSecret } from "./redact.js";

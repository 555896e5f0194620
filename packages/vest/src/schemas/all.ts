/** Every response schema, for callers that validate stream payloads or cached data themselves. */
export * from "./account.js";
export * from "./market.js";
export * from "./orders.js";
export * from "./primitives.js";

export * from "./conformance/index.js";
export * from "./errors/index.js";

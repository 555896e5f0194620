export * from "./nonce/index.js";
export * from "./perpetual/index.js";
export * from "./rest/index.js";
export * from "./schemas/index.js";
export * from "./signing/index.js";
export * from "./ws/index.js";

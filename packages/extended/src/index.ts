export * from "./onboarding.js";
export * from "./perpetual/index.js";
export * from "./rest/index.js";
export type * from "./schemas/index.js";
export * as extendedSchemas from "./schemas/index.js";
export * from "./signing/index.js";
export * from "./ws/index.js";

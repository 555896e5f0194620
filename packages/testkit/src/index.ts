export * from "./engine/index.js";
export * from "./server/index.js";
export { registerBuiltinVenueProtocols } from "./venues/builtin.js";
export * from "./venues/extended/index.js";
export * from "./venues/lighter/index.js";
export * from "./venues/vest/index.js";

export * from "./engine/index.js";
export * from "./server/index.js";

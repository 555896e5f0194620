export { vestCapabilities } from "./capabilities.js";
export type { VestCredentials, VestPerpetualConfig } from "./config.js";
export { VestPerpetual, type VestPerpetualOptions } from "./vest-perpetual.js";

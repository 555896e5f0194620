/**
 * Venue-neutral exchange engine of the local simulator. Venue protocol layers drive it through
 * `Engine` methods, render its events (`subscribe`) and snapshots, and map `EngineRejectReason`s to
 * their own error codes.
 */
export { type Clock, ManualClock, SystemClock } from "./clock.js";
export { Engine, ORDER_ID_ABOVE_2_53 } from "./engine.js";
export { SeededRandom } from "./prng.js";
export type * from "./types.js";

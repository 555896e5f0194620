export { ReadinessTracker, type ReadinessTrackerOptions, type RegisterOptions } from "./tracker.js";
export {
  ACCOUNT_COMPONENTS,
  type ComponentState,
  type ComponentStatus,
  type KnownComponent,
  type PartStatus,
  type Readiness,
  type ReadinessChange,
  type ReadinessComponent,
  type ReadinessEvidence,
  type ReadinessListener,
  type ReadinessStatus,
  type ReadyConfirmation,
  type ReadyOptions,
} from "./types.js";

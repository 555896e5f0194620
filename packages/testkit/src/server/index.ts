export { ADMIN_PREFIX, type AdminServer } from "./admin-server.js";
export type { FaultController, FaultTarget } from "./fault-controller.js";
export {
  type ActiveFault,
  type AppliedFault,
  type ConnectionFault,
  type DelayFault,
  type DropFault,
  type ExpireSessionFault,
  type Fault,
  type FaultCount,
  type FaultRequest,
  faultRequestSchema,
  type HalfOpenFault,
  type MalformedFault,
  type MalformedVariant,
  parseFaultRequest,
  type RateLimitFault,
  type RequestMatch,
  type RestartFault,
  type SequenceAction,
  type SequenceFault,
  type ServerErrorFault,
  type SlowFault,
  type VenueOnlyFault,
} from "./fault-spec.js";
export {
  type ConnectionStatus,
  type Harness,
  type HarnessOptions,
  type HarnessStatus,
  startHarness,
} from "./harness.js";
export { jsonResponse } from "./http-io.js";
export type {
  CancelTimer,
  CloseInfo,
  ConnectionFaultControls,
  InboundFrame,
  InjectedHttpFault,
  OutboundMessage,
  SessionExpiry,
  SimConnection,
  SimHttpRequest,
  SimHttpResponse,
  SimHttpResult,
  SimUpgradeRequest,
  VenueContext,
  VenueEvents,
  VenueProtocol,
  VenueProtocolFactory,
  VenueProtocolOptions,
  VenueUrls,
  WebSocketDecision,
  WebSocketHandlers,
} from "./protocol.js";
export { registerVenueProtocol, VenueProtocolRegistry, venueProtocols } from "./registry.js";
export type { VenueState } from "./venue-server.js";

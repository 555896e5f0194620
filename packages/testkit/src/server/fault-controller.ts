import { ValidationError } from "@perp/core";
import {
  type ActiveFault,
  type AppliedFault,
  type DelayFault,
  type DropFault,
  type ExpireSessionFault,
  type Fault,
  type FaultRequest,
  type MalformedFault,
  parseFaultRequest,
  type RateLimitFault,
  type RestartFault,
  type SequenceFault,
  type ServerErrorFault,
  type SlowFault,
} from "./fault-spec.js";
import type { VenueServer } from "./venue-server.js";

/** A venue name, or a venue and one of its connection ids. */
export type FaultTarget = string | { readonly venue: string; readonly connection?: string };

type Options<F extends Fault> = Omit<F, "kind">;

/**
 * Fault injection for tests. Every method validates like the admin endpoint does and resolves once the
 * fault is in place (a restart resolves when the venue listens again).
 */
export interface FaultController {
  apply(request: FaultRequest): Promise<AppliedFault>;
  /** Validate and apply a request of unknown shape (admin endpoint body, CLI --fault). */
  applyJson(input: unknown): Promise<AppliedFault>;
  drop(target: FaultTarget, options?: Options<DropFault>): Promise<AppliedFault>;
  halfOpen(target: FaultTarget): Promise<AppliedFault>;
  sequence(target: FaultTarget, options: Options<SequenceFault>): Promise<AppliedFault>;
  delay(target: FaultTarget, options: Options<DelayFault>): Promise<AppliedFault>;
  malformed(target: FaultTarget, options?: Options<MalformedFault>): Promise<AppliedFault>;
  expireSession(target: FaultTarget, options?: Options<ExpireSessionFault>): Promise<AppliedFault>;
  rateLimit(venue: string, options?: Options<RateLimitFault>): Promise<AppliedFault>;
  serverError(venue: string, options?: Options<ServerErrorFault>): Promise<AppliedFault>;
  slow(venue: string, options: Options<SlowFault>): Promise<AppliedFault>;
  restart(venue: string, options?: Options<RestartFault>): Promise<AppliedFault>;
  /** Clear faults by id and/or venue (all when no filter); returns how many installed faults were removed. */
  clear(filter?: { readonly venue?: string; readonly id?: string }): number;
  active(venue?: string): ActiveFault[];
}

export function createFaultController(
  venues: ReadonlyMap<string, VenueServer>,
  nextFaultId: () => string,
): FaultController {
  const venueServer = (venue: string): VenueServer => {
    const server = venues.get(venue);
    if (server === undefined) {
      throw new ValidationError(`unknown venue "${venue}"`, {
        issues: [{ path: ["venue"], message: `served venues: ${[...venues.keys()].join(", ") || "none"}` }],
      });
    }
    return server;
  };
  const clear = (filter: { readonly venue?: string; readonly id?: string } = {}): number => {
    const targets = filter.venue === undefined ? [...venues.values()] : [venueServer(filter.venue)];
    return targets.reduce((sum, server) => sum + server.clearFaults(filter.id), 0);
  };
  const apply = async (input: unknown): Promise<AppliedFault> => {
    const request = parseFaultRequest(input);
    const server = venueServer(request.venue);
    const id = nextFaultId();
    const affected = await server.applyFault(request.fault, request.connection, id);
    return {
      id,
      kind: request.fault.kind,
      venue: request.venue,
      connection: request.connection,
      affected,
      clear: () => {
        server.clearFaults(id);
      },
    };
  };
  const at = (target: FaultTarget, fault: Fault): Promise<AppliedFault> => {
    if (typeof target === "string") return apply({ venue: target, fault });
    return apply(
      target.connection === undefined
        ? { venue: target.venue, fault }
        : { venue: target.venue, connection: target.connection, fault },
    );
  };
  return {
    apply,
    applyJson: apply,
    drop: (target, options = {}) => at(target, { kind: "drop", ...options }),
    halfOpen: (target) => at(target, { kind: "halfOpen" }),
    sequence: (target, options) => at(target, { kind: "sequence", ...options }),
    delay: (target, options) => at(target, { kind: "delay", ...options }),
    malformed: (target, options = {}) => at(target, { kind: "malformed", ...options }),
    expireSession: (target, options = {}) => at(target, { kind: "expireSession", ...options }),
    rateLimit: (venue, options = {}) => at(venue, { kind: "rateLimit", ...options }),
    serverError: (venue, options = {}) => at(venue, { kind: "serverError", ...options }),
    slow: (venue, options) => at(venue, { kind: "slow", ...options }),
    restart: (venue, options = {}) => at(venue, { kind: "restart", ...options }),
    clear,
    active: (venue) =>
      venue === undefined
        ? [...venues.values()].flatMap((s) => s.activeFaults())
        : venueServer(venue).activeFaults(),
  };
}

import type { Perpetual } from "@perp/core";
import type { Environment } from "./live-env.js";
import type { VenueName } from "./names.js";

/** The simulator package, loaded only when the demo runs against it (`--live` does not need it). */
export type Testkit = typeof import("@perp/testkit");

/** Where the simulator serves one venue. */
export interface SimulatorUrls {
  readonly http: string;
  readonly ws: string;
}

/**
 * Everything the demo knows about one venue: which market is BTC there and how to build its
 * Perpetual. The rest of the demo only sees the @perp/core `Perpetual` interface.
 */
export interface VenueDefinition {
  readonly name: VenueName;
  /** The BTC perpetual's symbol on this venue. */
  readonly symbol: string;
  /** A connection to the local simulator, trading as its public TEST account. */
  simulator(testkit: Testkit, urls: SimulatorUrls): Promise<Perpetual>;
  /** A connection to the venue's test network with keys from the environment (checked beforehand). */
  live(env: Environment): Promise<Perpetual>;
}

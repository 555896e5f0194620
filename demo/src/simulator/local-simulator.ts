import { PerpError } from "@perp/core";
import type { VenueName } from "../venues/names.js";
import type { SimulatorUrls, Testkit } from "../venues/venue.js";

/**
 * The local exchange simulator serving the selected venues. The demo touches it only to start it,
 * to hand its URLs to the SDKs, and to inject the one fault it demonstrates.
 */
export interface LocalSimulator {
  readonly testkit: Testkit;
  urls(venue: VenueName): SimulatorUrls;
  /** Drops the venue's account-stream socket (the one carrying a session), as a network failure would. */
  dropAccountStream(venue: VenueName): Promise<{ connection: string }>;
  close(): Promise<void>;
}

const SEED = 7;

export async function startLocalSimulator(venues: readonly VenueName[]): Promise<LocalSimulator> {
  // Loaded here only: a --live run needs no simulator.
  const testkit = await import("@perp/testkit");
  const factories = {
    extended: testkit.extendedProtocolFactory,
    lighter: testkit.lighterProtocolFactory,
    vest: testkit.vestProtocolFactory,
  } as const;
  // The default (real-clock) protocols: books move, makers re-quote, funding accrues.
  const harness = await testkit.startHarness({
    protocols: venues.map((venue) => factories[venue]({ seed: SEED })),
    seed: SEED,
    admin: false,
  });
  return {
    testkit,
    urls: (venue) => {
      const urls = harness.urls[venue];
      if (urls === undefined) throw new PerpError(`the simulator does not serve ${venue}`, { venue });
      return urls;
    },
    dropAccountStream: async (venue) => {
      // Every venue protocol names the session (account, listen key) of its account socket.
      const socket = harness.connections(venue).find((connection) => connection.session !== undefined);
      if (socket === undefined) {
        throw new PerpError(`${venue} has no open account-stream socket to drop`, { venue });
      }
      await harness.faults.drop({ venue, connection: socket.id }, { mode: "terminate" });
      return { connection: socket.id };
    },
    close: () => harness.close(),
  };
}

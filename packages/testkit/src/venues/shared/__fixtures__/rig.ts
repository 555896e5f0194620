import type { ManualClock } from "../../../engine/index.js";
import { type Harness, startHarness, type VenueProtocol } from "../../../server/index.js";

/** One simulator with a manual clock on its own harness, and the URLs tests call it on. */
export interface SimulatorRig<S extends VenueProtocol> {
  readonly sim: S & { readonly clock: ManualClock };
  readonly harness: Harness;
  readonly http: string;
  readonly ws: string;
  close(): Promise<void>;
}

/** Starts `sim` alone on a harness (no admin server; harness errors are printed). */
export async function startRig<S extends VenueProtocol>(
  sim: S & { readonly clock: ManualClock },
): Promise<SimulatorRig<S>> {
  const harness = await startHarness({ protocols: [sim], admin: false, onError: (e) => console.error(e) });
  const urls = harness.urls[sim.venue]!;
  return { sim, harness, http: urls.http, ws: urls.ws, close: () => harness.close() };
}

import { type VenueProtocolRegistry, venueProtocols } from "../server/registry.js";
import { extendedProtocolFactory } from "./extended/index.js";
import { lighterProtocolFactory } from "./lighter/index.js";
import { vestProtocolFactory } from "./vest/index.js";

/** Adds every venue protocol this package ships to a registry (the CLI's by default). */
export function registerBuiltinVenueProtocols(registry: VenueProtocolRegistry = venueProtocols): void {
  registry.register("extended", extendedProtocolFactory);
  registry.register("lighter", lighterProtocolFactory);
  registry.register("vest", vestProtocolFactory);
}

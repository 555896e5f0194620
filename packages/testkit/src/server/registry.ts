import { ValidationError } from "@perp/core";
import type { VenueProtocol, VenueProtocolFactory, VenueProtocolOptions } from "./protocol.js";

/** Venue protocol layers by name; the CLI builds its protocols from one. */
export class VenueProtocolRegistry {
  readonly #factories = new Map<string, VenueProtocolFactory>();

  /** Add a venue layer. Registering the same factory twice is a no-op; a different one is refused. */
  register(venue: string, factory: VenueProtocolFactory): void {
    if (!/^[a-z][a-z0-9-]*$/.test(venue)) {
      throw new ValidationError(`venue name "${venue}" must be lower-case letters, digits and dashes`);
    }
    const existing = this.#factories.get(venue);
    if (existing !== undefined && existing !== factory) {
      throw new ValidationError(`a protocol for venue "${venue}" is already registered`);
    }
    this.#factories.set(venue, factory);
  }

  unregister(venue: string): boolean {
    return this.#factories.delete(venue);
  }

  has(venue: string): boolean {
    return this.#factories.has(venue);
  }

  /** Registered venue names, in registration order. */
  names(): string[] {
    return [...this.#factories.keys()];
  }

  /** Build fresh protocol instances for `venues`; unknown names are a ValidationError listing the known ones. */
  create(venues: readonly string[], options: VenueProtocolOptions): VenueProtocol[] {
    const unknown = venues.filter((v) => !this.#factories.has(v));
    if (unknown.length > 0) {
      throw new ValidationError(`no protocol registered for venue(s) ${unknown.join(", ")}`, {
        issues: [{ path: ["venues"], message: `registered: ${this.names().join(", ") || "none"}` }],
      });
    }
    return venues.map((venue) => {
      const protocol = this.#factories.get(venue)!(options);
      if (protocol.venue !== venue) {
        throw new ValidationError(`protocol registered as "${venue}" names itself "${protocol.venue}"`);
      }
      return protocol;
    });
  }
}

/** The registry the `perp-sim` CLI reads; venue layers add themselves with `registerVenueProtocol`. */
export const venueProtocols = new VenueProtocolRegistry();

export function registerVenueProtocol(venue: string, factory: VenueProtocolFactory): void {
  venueProtocols.register(venue, factory);
}

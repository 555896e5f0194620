import { extendedVenue } from "./extended.js";
import { lighterVenue } from "./lighter.js";
import type { VenueName } from "./names.js";
import type { VenueDefinition } from "./venue.js";
import { vestVenue } from "./vest.js";

export const VENUES: Readonly<Record<VenueName, VenueDefinition>> = {
  extended: extendedVenue,
  lighter: lighterVenue,
  vest: vestVenue,
};

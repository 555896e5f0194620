/** The venues the demo knows, in the order it shows them. */
export const VENUE_NAMES = ["extended", "lighter", "vest"] as const;

export type VenueName = (typeof VENUE_NAMES)[number];

export function isVenueName(value: string): value is VenueName {
  return (VENUE_NAMES as readonly string[]).includes(value);
}

import { parseArgs } from "node:util";
import { ValidationError } from "@perp/core";
import { isVenueName, VENUE_NAMES, type VenueName } from "../venues/names.js";

export const USAGE = `Usage: pnpm demo [options]

One bot on Extended, Lighter and Vest through the @perp/core Perpetual interface: readiness,
quotes and funding for BTC, a resting order, a fill, a forced account-stream disconnect and its
resync, cancels, then the final positions and balances. By default everything runs against the
local simulator (@perp/testkit), with its public TEST accounts.

Options:
  --venue <name>   extended, lighter or vest; repeatable or a comma list (default: all three)
  --live           use the venues' test networks (Extended testnet, Lighter testnet, Vest dev)
                   with keys from the environment instead of the simulator:
                     EXTENDED_API_KEY, EXTENDED_STARK_PRIVATE_KEY, EXTENDED_VAULT
                     LIGHTER_API_PRIVATE_KEY, LIGHTER_ACCOUNT_INDEX, LIGHTER_API_KEY_INDEX
                     VEST_API_KEY, VEST_SIGNING_PRIVATE_KEY, VEST_PRIMARY_ADDRESS, VEST_ACCOUNT_GROUP
  --json           one JSON object per line for every step, then a summary object
  -h, --help       show this help
`;

export interface DemoArgs {
  /** Selected venues, in the demo's display order, without duplicates. */
  readonly venues: readonly VenueName[];
  /** True when the user named the venues (an unavailable one is then an error, not a skip). */
  readonly venuesChosen: boolean;
  readonly live: boolean;
  readonly json: boolean;
  readonly help: boolean;
}

/** Reads the demo's flags; anything unknown or malformed is a ValidationError naming it. */
export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  let values: ReturnType<typeof readFlags>["values"];
  try {
    values = readFlags(argv).values;
  } catch (error) {
    throw new ValidationError(error instanceof Error ? error.message : String(error));
  }
  const named = (values.venue ?? []).flatMap((entry) => entry.split(",")).map((name) => name.trim());
  if (named.some((name) => name === "")) {
    throw new ValidationError("--venue needs a venue name (extended, lighter or vest)");
  }
  const unknown = named.filter((name) => !isVenueName(name));
  if (unknown.length > 0) {
    throw new ValidationError(
      `unknown venue ${unknown.map((name) => `"${name}"`).join(", ")}: choose from ${VENUE_NAMES.join(", ")}`,
      { issues: unknown.map((name) => ({ path: ["--venue"], message: `unknown venue "${name}"` })) },
    );
  }
  const venues = named.length === 0 ? [...VENUE_NAMES] : VENUE_NAMES.filter((name) => named.includes(name));
  return {
    venues,
    venuesChosen: named.length > 0,
    live: values.live ?? false,
    json: values.json ?? false,
    help: values.help ?? false,
  };
}

function readFlags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      venue: { type: "string", multiple: true },
      live: { type: "boolean" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

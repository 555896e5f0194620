import { parseArgs } from "node:util";
import { isPerpError, ValidationError } from "@perp/core";
import { startHarness } from "./server/harness.js";
import type { VenueUrls } from "./server/protocol.js";
import { type VenueProtocolRegistry, venueProtocols } from "./server/registry.js";

export const USAGE = `Usage: perp-sim [options]

Serve the venue simulators on 127.0.0.1 until SIGINT/SIGTERM.

Options:
  --venues <list>     comma-separated venues to serve (default: every registered venue)
  --port-base <port>  admin endpoint on <port>, venues on <port>+1, +2, ... in --venues order
                      (default: ephemeral ports)
  --seed <int>        seed for simulated market data and randomised faults (default 1)
  --fault <json>      apply a fault at start-up, repeatable; same body as POST /__sim/faults,
                      e.g. '{"venue":"vest","fault":{"kind":"delay","ms":200}}'
  --json              print the URLs as one JSON line instead of text
  -h, --help          show this help
`;

export interface CliOptions {
  readonly venues: readonly string[] | undefined;
  readonly portBase: number | undefined;
  readonly seed: number;
  readonly faults: readonly unknown[];
  readonly json: boolean;
  readonly help: boolean;
}

/** Parse perp-sim flags; bad input is a ValidationError naming the flag. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let values: ReturnType<typeof parseFlags>["values"];
  try {
    values = parseFlags(argv).values;
  } catch (error) {
    throw new ValidationError((error as Error).message);
  }
  const venues = values.venues
    ?.split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "");
  if (venues !== undefined && venues.length === 0)
    throw new ValidationError("--venues needs at least one venue");
  if (venues !== undefined && new Set(venues).size !== venues.length) {
    throw new ValidationError("--venues lists a venue twice");
  }
  const portBase =
    values["port-base"] === undefined ? undefined : integerFlag("--port-base", values["port-base"]);
  if (portBase !== undefined && (portBase < 1 || portBase + (venues?.length ?? 0) > 65_535)) {
    throw new ValidationError(
      "--port-base must leave room for the admin port and one port per venue below 65536",
    );
  }
  const seed = values.seed === undefined ? 1 : integerFlag("--seed", values.seed);
  const faults = (values.fault ?? []).map((text) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ValidationError(`--fault is not JSON: ${text}`);
    }
  });
  return { venues, portBase, seed, faults, json: values.json ?? false, help: values.help ?? false };
}

export interface CliDeps {
  readonly registry?: VenueProtocolRegistry;
  readonly stdout?: (text: string) => void;
  readonly stderr?: (text: string) => void;
  /** Where SIGINT/SIGTERM come from (the process by default; tests pass an emitter). */
  readonly signals?: SignalSource;
  /** Called once the harness is up (tests use it to drive the running simulator). */
  readonly onReady?: (info: CliReadyInfo) => void;
}

export interface SignalSource {
  once(signal: "SIGINT" | "SIGTERM", listener: () => void): unknown;
  off(signal: "SIGINT" | "SIGTERM", listener: () => void): unknown;
}

export interface CliReadyInfo {
  readonly seed: number;
  readonly admin: string | undefined;
  readonly venues: Readonly<Record<string, VenueUrls>>;
}

/**
 * The perp-sim executable: start the harness with the registered venue protocols, print where they
 * listen, serve until SIGINT/SIGTERM, then shut down. Resolves with the process exit code.
 */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  deps: CliDeps = {},
): Promise<number> {
  const stdout = deps.stdout ?? ((text: string) => process.stdout.write(text));
  const stderr = deps.stderr ?? ((text: string) => process.stderr.write(text));
  const registry = deps.registry ?? venueProtocols;
  const signals = deps.signals ?? process;

  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    stderr(`perp-sim: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    stdout(USAGE);
    return 0;
  }

  const venues = options.venues ?? registry.names();
  let harness: Awaited<ReturnType<typeof startHarness>>;
  try {
    const protocols = registry.create(venues, { seed: options.seed });
    const ports =
      options.portBase === undefined
        ? undefined
        : Object.fromEntries(venues.map((venue, i) => [venue, (options.portBase ?? 0) + 1 + i]));
    harness = await startHarness({
      protocols,
      seed: options.seed,
      admin: { port: options.portBase ?? 0 },
      ...(ports === undefined ? {} : { ports }),
    });
  } catch (error) {
    stderr(`perp-sim: ${describeError(error)}\n`);
    return error instanceof ValidationError ? 2 : 1;
  }

  try {
    for (const fault of options.faults) await harness.faults.applyJson(fault);
  } catch (error) {
    stderr(`perp-sim: --fault: ${describeError(error)}\n`);
    await harness.close();
    return 2;
  }

  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => {
      signals.off("SIGINT", stop);
      signals.off("SIGTERM", stop);
      resolve();
    };
    signals.once("SIGINT", stop);
    signals.once("SIGTERM", stop);
  });
  const info: CliReadyInfo = { seed: harness.seed, admin: harness.adminUrl, venues: harness.urls };
  stdout(options.json ? `${JSON.stringify(info)}\n` : formatReady(info));
  deps.onReady?.(info);
  await stopped;
  await harness.close();
  if (!options.json) stdout("perp-sim: stopped\n");
  return 0;
}

function formatReady(info: CliReadyInfo): string {
  const lines = [
    `perp-sim: seed ${info.seed}`,
    `admin     ${info.admin}/status  (POST ${info.admin}/faults)`,
  ];
  const names = Object.keys(info.venues);
  if (names.length === 0) lines.push("no venue protocols registered: serving the admin endpoint only");
  const width = Math.max(9, ...names.map((n) => n.length + 1));
  for (const [name, urls] of Object.entries(info.venues)) {
    lines.push(`${name.padEnd(width)} ${urls.http}  ${urls.ws}`);
  }
  return `${lines.join("\n")}\n`;
}

function describeError(error: unknown): string {
  if (error instanceof ValidationError && error.issues.length > 0) {
    return `${error.message} (${error.issues.map((i) => i.message).join("; ")})`;
  }
  if (isPerpError(error) && error.cause instanceof Error) return `${error.message}: ${error.cause.message}`;
  return error instanceof Error ? error.message : String(error);
}

function parseFlags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      venues: { type: "string" },
      "port-base": { type: "string" },
      seed: { type: "string" },
      fault: { type: "string", multiple: true },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function integerFlag(flag: string, text: string): number {
  if (!/^-?\d+$/.test(text)) throw new ValidationError(`${flag} must be an integer, got "${text}"`);
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new ValidationError(`${flag} is out of range: ${text}`);
  return value;
}

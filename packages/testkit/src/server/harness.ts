import { ValidationError } from "@perp/core";
import { type AdminServer, startAdminServer } from "./admin-server.js";
import { createFaultController, type FaultController } from "./fault-controller.js";
import type { ActiveFault } from "./fault-spec.js";
import type { SimConnection, VenueProtocol, VenueUrls } from "./protocol.js";
import { createRandom, deriveSeed } from "./random.js";
import { VenueServer, type VenueState } from "./venue-server.js";

export interface HarnessOptions {
  /** The venues to serve, one protocol instance each (names must be unique). */
  readonly protocols: readonly VenueProtocol[];
  /** Fixed port per venue name; venues not listed get an ephemeral port. */
  readonly ports?: Readonly<Record<string, number>>;
  /** The admin endpoint (default: on, ephemeral port); `false` to skip it. */
  readonly admin?: false | { readonly port?: number };
  /** Seed for venue randomness and randomised faults (default 1). */
  readonly seed?: number;
  /** Where errors thrown by protocol callbacks go (default: stderr). */
  readonly onError?: (error: unknown, where: string) => void;
}

export interface Harness {
  /** Per venue, the base URLs to hand to the SDK clients. */
  readonly urls: Readonly<Record<string, VenueUrls>>;
  /** Admin base URL ("http://127.0.0.1:PORT/__sim"), when the admin endpoint is on. */
  readonly adminUrl: string | undefined;
  readonly seed: number;
  readonly faults: FaultController;
  /** Open connections of one venue (or of all venues), oldest first. */
  connections(venue?: string): SimConnection[];
  status(): HarnessStatus;
  /** Close every server and socket and clear every timer; idempotent. */
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

export interface HarnessStatus {
  readonly seed: number;
  readonly admin: string | undefined;
  readonly venues: Readonly<
    Record<string, VenueUrls & { readonly state: VenueState; readonly connections: ConnectionStatus[] }>
  >;
  readonly faults: ActiveFault[];
}

export interface ConnectionStatus {
  readonly id: string;
  readonly path: string;
  readonly session: string | undefined;
  readonly halfOpen: boolean;
}

/** Serve the given venues on 127.0.0.1, each on its own port, plus the admin endpoint. */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed)) throw new ValidationError(`seed must be an integer, got ${seed}`);
  validateVenues(options);
  const reportError = options.onError ?? defaultReportError;
  let faultCount = 0;
  const nextFaultId = (): string => `f${++faultCount}`;
  const venues = new Map<string, VenueServer>();
  for (const protocol of options.protocols) {
    const venueSeed = deriveSeed(seed, protocol.venue);
    venues.set(
      protocol.venue,
      new VenueServer({
        protocol,
        port: options.ports?.[protocol.venue] ?? 0,
        seed: venueSeed,
        random: createRandom(venueSeed),
        nextFaultId,
        reportError,
      }),
    );
  }
  const faults = createFaultController(venues, nextFaultId);
  let admin: AdminServer | undefined;
  const closeAll = async (): Promise<void> => {
    await Promise.all([...venues.values()].map((v) => v.close()));
    await admin?.close();
  };
  const status = (): HarnessStatus => ({
    seed,
    admin: admin?.url,
    venues: Object.fromEntries(
      [...venues].map(([name, server]) => [
        name,
        {
          ...server.urls,
          state: server.state,
          connections: server.connections().map((c) => ({
            id: c.id,
            path: c.path,
            session: c.session,
            halfOpen: c.faults.halfOpen,
          })),
        },
      ]),
    ),
    faults: faults.active(),
  });
  try {
    for (const server of venues.values()) await server.start();
    if (options.admin !== false) {
      admin = await startAdminServer({ port: options.admin?.port ?? 0, faults, status, reportError });
    }
  } catch (error) {
    await closeAll();
    throw error;
  }
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= closeAll();
    return closing;
  };
  return {
    urls: Object.fromEntries([...venues].map(([name, server]) => [name, server.urls])),
    adminUrl: admin?.url,
    seed,
    faults,
    connections: (venue) => {
      if (venue === undefined) return [...venues.values()].flatMap((s) => s.connections());
      const server = venues.get(venue);
      if (server === undefined) throw new ValidationError(`unknown venue "${venue}"`);
      return server.connections();
    },
    status,
    close,
    [Symbol.asyncDispose]: close,
  };
}

function validateVenues(options: HarnessOptions): void {
  const names = options.protocols.map((p) => p.venue);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate !== undefined) throw new ValidationError(`venue "${duplicate}" is served twice`);
  for (const [venue, port] of Object.entries(options.ports ?? {})) {
    if (!names.includes(venue))
      throw new ValidationError(`port given for venue "${venue}", which is not served`);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      throw new ValidationError(`port for venue "${venue}" must be an integer in 0..65535, got ${port}`);
    }
  }
  const adminPort = options.admin === false ? undefined : options.admin?.port;
  if (adminPort !== undefined && (!Number.isInteger(adminPort) || adminPort < 0 || adminPort > 65_535)) {
    throw new ValidationError(`admin port must be an integer in 0..65535, got ${adminPort}`);
  }
}

function defaultReportError(error: unknown, where: string): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`perp-sim: error in ${where}: ${message}\n`);
}

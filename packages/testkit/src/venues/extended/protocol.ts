import { MAINNET_DOMAIN, type StarknetDomain } from "@perp/extended/signing";
import { type Clock, ORDER_ID_ABOVE_2_53, SystemClock } from "../../engine/index.js";
import type {
  SimConnection,
  VenueContext,
  VenueProtocol,
  VenueProtocolFactory,
  WebSocketDecision,
} from "../../server/index.js";
import {
  EXTENDED_TEST_ACCOUNT,
  EXTENDED_TEST_SUBACCOUNT,
  type ExtendedAccountConfig,
} from "./credentials.js";
import { ErrorCode, stringifyError } from "./envelope.js";
import { defaultExtendedMarkets, type ExtendedMarketConfig } from "./markets.js";
import type { ExtendedRules } from "./rest/context.js";
import { createRouter, missingUserAgent } from "./rest/router.js";
import { StreamHub } from "./streams/hub.js";
import { parseStreamPath } from "./streams/paths.js";
import { ExtendedVenue } from "./venue.js";

export interface ExtendedSimOptions {
  /** Seed of the mark-price walk; the factory passes the harness seed. Default 1. */
  seed?: number;
  /** Markets to list; default BTC-USD and ETH-USD (`defaultExtendedMarkets()`). */
  markets?: ExtendedMarketConfig[];
  /** Accounts; default the two test sub-accounts (`EXTENDED_TEST_ACCOUNT`, `EXTENDED_TEST_SUBACCOUNT`). */
  accounts?: ExtendedAccountConfig[];
  /** Engine time; default the system clock. Tests pass a ManualClock. */
  clock?: Clock;
  /** Real-time mode: engine tick period (mark walk, maker requotes, funding). false = manual `tick()`. Default 1000. */
  tickIntervalMs?: number | false;
  /** Order book / candle push period (Extended: 100 ms). false = manual `flush()`. Default 100. */
  streamFlushIntervalMs?: number | false;
  /** Full-book SNAPSHOT period per connection. Default 60000. */
  bookSnapshotIntervalMs?: number;
  /** Server ping period. Default 15000; false disables. */
  pingIntervalMs?: number | false;
  /** SNIP-12 domain; default mainnet (`SN_MAIN`). */
  domain?: StarknetDomain;
  /** Default 90 days (mainnet); Extended testnet allows 28. */
  maxOrderExpiryMs?: number;
  /** Serve the testnet faucet (POST /user/claim). Default false. */
  testnet?: boolean;
  /** Refuse requests and upgrades without User-Agent (403). Default true. */
  requireUserAgent?: boolean;
  /** Accept `?X-Api-Key=` on the account stream (unverified community report). Default false. */
  acceptApiKeyQuery?: boolean;
  /** First order id; default 2^53 + 1 so clients that parse ids into JS numbers break visibly. */
  orderIdStart?: bigint;
}

/** The protocol plus handles for deterministic tests. */
export interface ExtendedSimulator extends VenueProtocol {
  readonly state: ExtendedVenue;
  /** One engine step plus the venue's funding/open-interest bookkeeping. */
  tick(): void;
  /** Push pending order book deltas and candle updates to the streams now. */
  flush(): void;
}

const DAY_MS = 86_400_000;

/** Builds the Extended protocol layer of the simulator. */
export function createExtendedSimulator(options: ExtendedSimOptions = {}): ExtendedSimulator {
  const orderIdStart = options.orderIdStart ?? ORDER_ID_ABOVE_2_53;
  const venue = new ExtendedVenue({
    markets: options.markets ?? defaultExtendedMarkets(),
    accounts: options.accounts ?? [EXTENDED_TEST_ACCOUNT, EXTENDED_TEST_SUBACCOUNT],
    clock: options.clock ?? new SystemClock(),
    seed: options.seed ?? 1,
    orderIdStart,
    tradeIdStart: orderIdStart,
  });
  const rules: ExtendedRules = {
    domain: options.domain ?? MAINNET_DOMAIN,
    maxOrderExpiryMs: options.maxOrderExpiryMs ?? 90 * DAY_MS,
    testnet: options.testnet ?? false,
    requireUserAgent: options.requireUserAgent ?? true,
    acceptApiKeyQuery: options.acceptApiKeyQuery ?? false,
  };
  const hub = new StreamHub(venue, {
    bookSnapshotIntervalMs: options.bookSnapshotIntervalMs ?? 60_000,
    pingIntervalMs: options.pingIntervalMs ?? 15_000,
  });
  const routerState = { deadManSwitches: new Map<number, () => void>() };
  const route = createRouter(venue, rules, routerState);
  const tickInterval = options.tickIntervalMs ?? 1000;
  const flushInterval = options.streamFlushIntervalMs ?? 100;

  const startTimers = (ctx: VenueContext): void => {
    if (tickInterval !== false) ctx.setInterval(() => venue.tick(), tickInterval);
    if (flushInterval !== false) ctx.setInterval(() => hub.flush(), flushInterval);
  };

  const webSocket = (request: {
    path: string;
    query: URLSearchParams;
    headers: Readonly<Record<string, string>>;
  }): WebSocketDecision => {
    const parsed = parseStreamPath(request.path, request.query);
    if (parsed === undefined) return undefined;
    if (missingUserAgent(rules, request.headers))
      return { reject: 403, message: "User-Agent header is required" };
    if ("error" in parsed) {
      if (parsed.error === "unknown-path") return { reject: 404 };
      return refuseAfterOpen(ErrorCode.NotSupportedInterval, "Not supported interval.");
    }
    const spec = parsed.spec;
    const market = spec.kind === "account" ? undefined : spec.market;
    if (market !== undefined && !venue.markets.has(market)) {
      return refuseAfterOpen(ErrorCode.MarketNotFound, "Market not found.");
    }
    let account: ExtendedAccountConfig | undefined;
    if (spec.kind === "account") {
      const key =
        request.headers["x-api-key"] ??
        (rules.acceptApiKeyQuery
          ? (request.query.get("X-Api-Key") ?? request.query.get("X-API-KEY"))
          : null) ??
        undefined;
      account = key === undefined ? undefined : venue.accountByApiKey(key);
      if (account === undefined) return { reject: 401, message: "Unauthorized" };
    }
    return {
      onOpen(connection: SimConnection) {
        if (account !== undefined) connection.session = sessionOf(account.accountId);
        hub.open(connection, spec, account);
      },
      onClose(_info, connection: SimConnection) {
        hub.close(connection);
      },
    };
  };

  return {
    venue: "extended",
    state: venue,
    tick: () => venue.tick(),
    flush: () => hub.flush(),
    http: (request, ctx) => route(request, ctx),
    webSocket,
    faultResponse(fault) {
      const code = fault.kind === "rateLimit" ? "RATE_LIMITED" : "INTERNAL_SERVER_ERROR";
      const message = fault.kind === "rateLimit" ? "Too many requests" : "Internal server error";
      return {
        status: fault.status,
        headers: { "content-type": "application/json" },
        body: stringifyError(code, message),
      };
    },
    start(ctx) {
      startTimers(ctx);
      ctx.on("sessionExpired", (event) => {
        // Extended has no sessions; an expiry closes the matching account streams (clients reconnect
        // and get a fresh snapshot). The API key stays valid.
        for (const connection of ctx.connections()) {
          if (connection.session === undefined) continue;
          const hit =
            event.connectionId !== undefined
              ? connection.id === event.connectionId
              : event.session === undefined || event.session === connection.session;
          if (hit) connection.close(1008, "session expired");
        }
      });
    },
    restart(ctx) {
      for (const cancel of routerState.deadManSwitches.values()) cancel();
      routerState.deadManSwitches.clear();
      startTimers(ctx);
    },
    stop() {
      routerState.deadManSwitches.clear();
    },
  };
}

/** Session name of an account stream (what `expireSession({ session })` targets). */
export function sessionOf(accountId: number): string {
  return `account:${accountId}`;
}

/** Extended reports stream errors as a frame (e.g. unknown market), then the stream ends. */
function refuseAfterOpen(code: number, message: string): WebSocketDecision {
  return {
    onOpen(connection: SimConnection) {
      connection.send(stringifyError(code, message));
      connection.close(1000, message);
    },
  };
}

/** Registry entry: `registerVenueProtocol("extended", extendedProtocolFactory)`. */
export const extendedProtocolFactory: VenueProtocolFactory = ({ seed }) => createExtendedSimulator({ seed });

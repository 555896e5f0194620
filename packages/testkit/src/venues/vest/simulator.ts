import { type Clock, type Engine, ManualClock, SystemClock } from "../../engine/index.js";
import {
  type InjectedHttpFault,
  jsonResponse,
  type SessionExpiry,
  type SimHttpRequest,
  type SimHttpResponse,
  type SimHttpResult,
  type SimUpgradeRequest,
  type VenueContext,
  type VenueProtocol,
  type VenueProtocolFactory,
  type WebSocketDecision,
} from "../../server/index.js";
import { PeriodicJobs } from "../shared/periodic-jobs.js";
import type { TransferRecord } from "./ledger.js";
import { resolveVestOptions, type VestSimulatorOptions } from "./options.js";
import { handleVestRest } from "./rest.js";
import { VestVenue } from "./venue.js";
import { VestStreamHub } from "./ws.js";

const LISTEN_KEY_SWEEP_MS = 1000;

/**
 * The Vest protocol for the perp-sim harness: REST under /v2 and the WebSocket API at /ws-api,
 * backed by one engine. With the system clock (default) harness timers tick the engine; with any
 * other clock (a ManualClock in tests) every periodic job runs on that clock, so nothing moves until
 * the test advances it.
 */
export class VestSimulator implements VenueProtocol {
  readonly venue = "vest";
  readonly clock: Clock;
  /** Vest-side state (accounts, orders, listen keys, history) over the engine. */
  readonly state: VestVenue;
  readonly #hub: VestStreamHub;
  readonly #periodic: PeriodicJobs;

  constructor(options: VestSimulatorOptions = {}) {
    const resolved = resolveVestOptions(options);
    this.clock = options.clock ?? new SystemClock();
    this.state = new VestVenue(resolved, this.clock);
    this.#hub = new VestStreamHub(this.state);
    this.state.streams = this.#hub;
    const o = this.state.options;
    this.#periodic = new PeriodicJobs(this.clock, () => [
      [o.tickIntervalMs, () => this.state.tick()],
      [LISTEN_KEY_SWEEP_MS, () => this.state.expireListenKeys()],
      [o.tickerIntervalMs, () => this.#hub.publishTickers()],
      [o.depthSnapshotIntervalMs, () => this.#hub.publishDepthSnapshots()],
    ]);
  }

  get engine(): Engine {
    return this.state.engine;
  }

  /** One engine step (mark walk, house re-quote, funding) and listen-key expiry. */
  tick(): void {
    this.state.tick();
    this.state.expireListenKeys();
  }

  /** Credits an on-chain deposit to an account (reported as a TRANSFER event). */
  deposit(primaryAddress: string, amount: string): TransferRecord {
    return this.state.deposit(primaryAddress, amount);
  }

  setFundingRate(symbol: string, rate: string): void {
    this.state.setFundingRate(symbol, rate);
  }

  http(request: SimHttpRequest): Promise<SimHttpResult> {
    return handleVestRest(request, this.state);
  }

  webSocket(request: SimUpgradeRequest): WebSocketDecision {
    return this.#hub.decide(request);
  }

  faultResponse(fault: InjectedHttpFault): SimHttpResponse {
    // The documented rate-limit body; server errors reuse its shape with the HTTP status as code.
    const body =
      fault.kind === "rateLimit"
        ? { code: 429, msg: "Rate limited" }
        : { code: fault.status, msg: "Service unavailable" };
    return jsonResponse(
      fault.status,
      this.state.options.errorEnvelope === "detail" ? { detail: body } : body,
    );
  }

  start(ctx: VenueContext): void {
    ctx.on("sessionExpired", (expiry) => this.#expireSession(expiry));
    this.#periodic.start(ctx);
  }

  restart(ctx: VenueContext): void {
    this.#periodic.restart(ctx);
  }

  stop(): void {
    this.#periodic.stop();
  }

  #expireSession(expiry: SessionExpiry): void {
    if (expiry.connectionId !== undefined) {
      const key = expiry.session ?? this.#hub.sessionOf(expiry.connectionId);
      if (key !== undefined) this.state.expireListenKeys({ key });
      return;
    }
    this.state.expireListenKeys({ key: expiry.session });
  }
}

/** Registry entry for the CLI: real clock, default markets and accounts, seeded by the harness. */
export const vestProtocolFactory: VenueProtocolFactory = ({ seed }) => new VestSimulator({ seed });

/** A simulator for deterministic tests: manual clock at `startMs`, no engine ticks, no periodic frames. */
export function manualVestSimulator(
  options: Omit<VestSimulatorOptions, "clock"> & { startMs?: number } = {},
): VestSimulator & { readonly clock: ManualClock } {
  const { startMs, ...rest } = options;
  const clock = new ManualClock(startMs ?? 1_700_000_000_000);
  return new VestSimulator({
    tickIntervalMs: 0,
    tickerIntervalMs: 0,
    depthSnapshotIntervalMs: 0,
    ...rest,
    clock,
  }) as VestSimulator & { readonly clock: ManualClock };
}

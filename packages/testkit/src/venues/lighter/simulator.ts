import { type Clock, type Engine, ManualClock, SystemClock } from "../../engine/index.js";
import {
  type InjectedHttpFault,
  jsonResponse,
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
import { LIGHTER_ERROR_CODES as E } from "./errors.js";
import type { LighterAccountConfig } from "./options.js";
import { type LighterSimulatorOptions, resolveLighterOptions } from "./options.js";
import { handleLighterRest } from "./rest.js";
import type { LighterAccount } from "./state.js";
import { TxProcessor } from "./transactions.js";
import { LighterVenue } from "./venue.js";
import { LighterStreamHub } from "./ws.js";

/**
 * The Lighter protocol for the perp-sim harness: REST under /api/v1 (form-encoded sendTx with
 * Schnorr-verified transactions) and the WebSocket API at /stream, backed by one engine. With the
 * system clock (default) harness timers tick the engine; with any other clock (a ManualClock in tests)
 * every periodic job runs on that clock, so nothing moves until the test advances it.
 */
export class LighterSimulator implements VenueProtocol {
  readonly venue = "lighter";
  readonly clock: Clock;
  /** Lighter-side state (accounts, API keys, nonces, orders, trades, txs) over the engine. */
  readonly state: LighterVenue;
  readonly txs: TxProcessor;
  readonly #hub: LighterStreamHub;
  readonly #periodic: PeriodicJobs;

  constructor(options: LighterSimulatorOptions = {}) {
    this.clock = options.clock ?? new SystemClock();
    this.state = new LighterVenue(resolveLighterOptions(options), this.clock);
    this.txs = new TxProcessor(this.state);
    this.#hub = new LighterStreamHub(this.state, this.txs);
    this.state.streams = this.#hub;
    const o = this.state.options;
    this.#periodic = new PeriodicJobs(this.clock, () => [
      [o.tickIntervalMs, () => this.state.tick()],
      [o.statsIntervalMs, () => this.#hub.publishStats()],
    ]);
  }

  get engine(): Engine {
    return this.state.engine;
  }

  /** One engine step (mark walk, maker re-quote, funding) plus scheduled cancel-alls. */
  tick(): void {
    this.state.tick();
  }

  /** Credits a bridge deposit of USDC to an account. */
  deposit(accountIndex: bigint, amount: string): void {
    this.state.deposit(accountIndex, amount);
  }

  /** Opens another account (e.g. from `lighterTestCredentials`). */
  addAccount(config: LighterAccountConfig): LighterAccount {
    return this.state.addAccount(config);
  }

  http(request: SimHttpRequest): Promise<SimHttpResult> {
    return handleLighterRest(request, this.state, this.txs);
  }

  webSocket(request: SimUpgradeRequest): WebSocketDecision {
    return this.#hub.decide(request);
  }

  /** Injected 429s carry Lighter's 23000 body; server errors its internal-error code. */
  faultResponse(fault: InjectedHttpFault): SimHttpResponse {
    return fault.kind === "rateLimit"
      ? jsonResponse(fault.status, { code: E.TOO_MANY_REQUESTS, message: "Too Many Requests!" })
      : jsonResponse(fault.status, { code: E.INTERNAL, message: "internal server error" });
  }

  start(ctx: VenueContext): void {
    this.#periodic.start(ctx);
  }

  restart(ctx: VenueContext): void {
    this.#periodic.restart(ctx);
  }

  stop(): void {
    this.#periodic.stop();
  }
}

/** Registry entry for the CLI: real clock, default markets and accounts, seeded by the harness. */
export const lighterProtocolFactory: VenueProtocolFactory = ({ seed }) => new LighterSimulator({ seed });

/** A simulator for deterministic tests: manual clock at `startMs`, no engine ticks, no periodic frames. */
export function manualLighterSimulator(
  options: Omit<LighterSimulatorOptions, "clock"> & { startMs?: number } = {},
): LighterSimulator & { readonly clock: ManualClock } {
  const { startMs, ...rest } = options;
  const clock = new ManualClock(startMs ?? 1_700_000_000_000);
  return new LighterSimulator({
    tickIntervalMs: 0,
    statsIntervalMs: 0,
    ...rest,
    clock,
  }) as LighterSimulator & { readonly clock: ManualClock };
}

import type { FundingRate, Market, Order, OrderBookSnapshot, Perpetual } from "@perp/core";
import type { AccountState } from "../account/account-state.js";
import type { Reporter } from "../output/reporter.js";
import type { ReadinessView } from "../readiness/view.js";
import type { LocalSimulator } from "../simulator/local-simulator.js";
import type { VenueName } from "../venues/names.js";
import { Conditions } from "../wait/conditions.js";
import { DemoStepError } from "./step-error.js";

/** One venue while the demo runs: its Perpetual, its account as the stream keeps it, what steps found. */
export class VenueSession {
  readonly name: VenueName;
  readonly symbol: string;
  readonly perp: Perpetual;
  readonly account: AccountState;
  /** Notified on every order book the stream delivers. */
  readonly bookChanges = new Conditions();
  book: OrderBookSnapshot | undefined;
  market: Market | undefined;
  funding: FundingRate | undefined;
  readyAfterMs: number | undefined;
  resting: Order | undefined;
  filled: Order | undefined;

  constructor(name: VenueName, symbol: string, perp: Perpetual, account: AccountState) {
    this.name = name;
    this.symbol = symbol;
    this.perp = perp;
    this.account = account;
  }

  /** The market's rules, loaded by the connect step. */
  requireMarket(): Market {
    if (this.market === undefined) {
      throw new DemoStepError("markets", `${this.symbol} was not loaded`, { venue: this.name });
    }
    return this.market;
  }
}

/** What every step gets. */
export interface StepContext {
  readonly sessions: readonly VenueSession[];
  readonly reporter: Reporter;
  readonly view: ReadinessView;
  /** Present when the demo runs against the local simulator. */
  readonly simulator: LocalSimulator | undefined;
  /** Aborted on Ctrl-C or when a watched stream dies. */
  readonly signal: AbortSignal;
  /** Ends the run with this error (a watched stream that died). */
  fail(error: unknown): void;
  /** Registers a clean-up to run when the demo ends, however it ends. */
  defer(cleanup: () => Promise<void> | void): void;
}

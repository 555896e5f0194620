import { AbortedError, PerpError, type Perpetual } from "@perp/core";
import { AccountState } from "./account/account-state.js";
import { CleanupStack } from "./cleanup.js";
import type { DemoArgs } from "./cli/args.js";
import { createReporter, describeError, type Reporter } from "./output/reporter.js";
import type { Writer } from "./output/writer.js";
import { createReadinessView, type ReadinessView } from "./readiness/view.js";
import { type LocalSimulator, startLocalSimulator } from "./simulator/local-simulator.js";
import { cancelRestingOrders } from "./steps/cancels.js";
import { connect } from "./steps/connect.js";
import { showFinalState } from "./steps/final-state.js";
import { fillMarketOrders } from "./steps/market-fill.js";
import { showQuotes } from "./steps/quotes.js";
import { placeRestingOrders } from "./steps/resting-orders.js";
import { forceResync } from "./steps/resync.js";
import { type StepContext, VenueSession } from "./steps/session.js";
import { VENUES } from "./venues/definitions.js";
import { type Environment, requireLiveVariables } from "./venues/live-env.js";
import type { VenueName } from "./venues/names.js";

export interface RunOptions {
  readonly writer: Writer;
  readonly env: Environment;
  /** Aborted to stop early (Ctrl-C). */
  readonly signal?: AbortSignal;
}

/** The whole demo; resolves with the process exit code once every socket and timer is closed. */
export async function runDemo(args: DemoArgs, options: RunOptions): Promise<number> {
  const reporter = createReporter(options.writer, { json: args.json });
  const cleanups = new CleanupStack();
  const controller = new AbortController();
  const stop = () => controller.abort(new AbortedError("interrupted"));
  options.signal?.addEventListener("abort", stop, { once: true });
  const view = createReadinessView(reporter);
  const startedAt = Date.now();
  let outcome: { summary: Record<string, unknown> } | { error: unknown };
  try {
    outcome = { summary: await runSteps(args, options.env, reporter, view, cleanups, controller) };
  } catch (error) {
    outcome = { error: controller.signal.reason instanceof PerpError ? controller.signal.reason : error };
  }
  options.signal?.removeEventListener("abort", stop);
  // Stopping the venues changes their readiness: the view stops first.
  view.close();
  let code = "error" in outcome ? 1 : 0;
  for (const failure of await cleanups.run()) {
    const message = describeError(failure).message;
    reporter.step("cleanup", undefined, `clean-up failed: ${message}`, { error: message });
    code = 1;
  }
  if ("error" in outcome) {
    reporter.failure(outcome.error);
  } else {
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    reporter.summary(`done in ${seconds} s on ${Object.keys(outcome.summary).join(", ")}`, {
      durationMs: Date.now() - startedAt,
      venues: outcome.summary,
    });
  }
  return code;
}

async function runSteps(
  args: DemoArgs,
  env: Environment,
  reporter: Reporter,
  view: ReadinessView,
  cleanups: CleanupStack,
  controller: AbortController,
): Promise<Record<string, unknown>> {
  if (args.live) requireLiveVariables(args.venues, env);
  let simulator: LocalSimulator | undefined;
  if (!args.live) {
    simulator = await startLocalSimulator(args.venues);
    cleanups.defer(() => simulator?.close());
    reporter.step("simulator", undefined, `local simulator serving ${args.venues.join(", ")}`, {
      venues: args.venues,
    });
  }
  const sessions: VenueSession[] = [];
  for (const name of args.venues) {
    const perp = await buildPerpetual(name, simulator, env);
    view.watch(name, perp.readiness);
    const account = new AccountState();
    const session = new VenueSession(name, VENUES[name].symbol, perp, account);
    cleanups.defer(() => perp.stop());
    // Subscribed before start(): nothing the stream reports is missed.
    const subscription = await perp.watchAccount((event) => account.apply(event), {
      signal: controller.signal,
      onError: (error) => controller.abort(error),
    });
    cleanups.defer(() => subscription.unsubscribe());
    sessions.push(session);
  }
  if (sessions.length === 0) throw new PerpError("no venue left to run");
  const ctx: StepContext = {
    sessions,
    reporter,
    view,
    simulator,
    signal: controller.signal,
    fail: (error) => controller.abort(error),
    defer: (task) => cleanups.defer(task),
  };
  await connect(ctx);
  await showQuotes(ctx);
  await placeRestingOrders(ctx);
  await fillMarketOrders(ctx);
  await forceResync(ctx);
  await cancelRestingOrders(ctx);
  return showFinalState(ctx);
}

/** The venue's Perpetual: on the local simulator, or on its test network with --live. */
async function buildPerpetual(
  name: VenueName,
  simulator: LocalSimulator | undefined,
  env: Environment,
): Promise<Perpetual> {
  const venue = VENUES[name];
  return simulator === undefined
    ? await venue.live(env)
    : await venue.simulator(simulator.testkit, simulator.urls(name));
}

import type { ComponentState } from "@perp/core";
import { Conditions } from "../wait/conditions.js";
import { accountSnapshot, sameSnapshot } from "./account-snapshot.js";
import type { StepContext } from "./session.js";
import { DemoStepError } from "./step-error.js";

const RESYNC_TIMEOUT_MS = 15_000;

/**
 * Drops one venue's account-stream socket on the simulator: readiness goes stale, the SDK
 * reconnects and resyncs, readiness is ready again, and the open orders and positions are the
 * same before and after (on the stream and on REST).
 */
export async function forceResync(ctx: StepContext): Promise<void> {
  const session = ctx.sessions[0];
  if (session === undefined) return;
  if (ctx.simulator === undefined) {
    ctx.reporter.step(
      "resync",
      session.name,
      "forced disconnect skipped: faults are injected on the simulator only",
      {
        skipped: true,
      },
    );
    return;
  }
  const { account, perp } = session;
  const before = accountSnapshot(account.openOrders(), account.positions());
  const states: ComponentState[] = [];
  const changes = new Conditions();
  const off = perp.readiness.on("change", (change) => {
    if (change.component !== "accountStream") return;
    states.push(change.status.state);
    changes.notify();
  });
  const resyncsBefore = account.resyncs().length;
  const wait = { step: "resync", venue: session.name, timeoutMs: RESYNC_TIMEOUT_MS, signal: ctx.signal };
  const startedAt = Date.now();
  try {
    const { connection } = await ctx.simulator.dropAccountStream(session.name);
    ctx.reporter.step(
      "disconnect",
      session.name,
      `simulator fault: dropped the account-stream socket ${connection}`,
      {
        connection,
      },
    );
    await changes.until(
      "accountStream to go stale",
      () => (states.includes("stale") ? true : undefined),
      wait,
    );
    await perp.readiness.ready({ timeoutMs: RESYNC_TIMEOUT_MS, signal: ctx.signal });
    await account.until(
      "the account stream's resync to complete",
      () =>
        account
          .resyncs()
          .slice(resyncsBefore)
          .some((event) => event.phase === "completed")
          ? true
          : undefined,
      wait,
    );
  } finally {
    off();
  }
  const after = accountSnapshot(account.openOrders(), account.positions());
  const [orders, positions] = await Promise.all([
    perp.fetchOpenOrders({ signal: ctx.signal }),
    perp.fetchPositions({ signal: ctx.signal }),
  ]);
  const venue = accountSnapshot(orders, positions);
  if (!sameSnapshot(before, after) || !sameSnapshot(after, venue)) {
    throw new DemoStepError("resync", "the account changed across the resync", {
      venue: session.name,
      details: { before, after, venue },
    });
  }
  const markers = account
    .resyncs()
    .slice(resyncsBefore)
    .map((event) => event.phase);
  ctx.reporter.step(
    "resync",
    session.name,
    `resynced in ${Date.now() - startedAt} ms: accountStream ${["ready", ...states].join(" → ")}; ` +
      `stream markers ${markers.join(", ")}; open orders and positions unchanged ` +
      `(${after.openOrders.length} open order${after.openOrders.length === 1 ? "" : "s"}, ${after.positions.length} position${after.positions.length === 1 ? "" : "s"}; REST agrees)`,
    { states, markers, unchanged: true, before, after },
  );
}

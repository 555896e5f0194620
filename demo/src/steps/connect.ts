import type { StepContext } from "./session.js";
import { DemoStepError } from "./step-error.js";

const READY_TIMEOUT_MS = 20_000;

/**
 * Starts every venue (the readiness view already follows each) and waits until each is ready on venue evidence (snapshots,
 * subscription acks, REST answers); then loads the market rules and the account snapshots.
 */
export async function connect(ctx: StepContext): Promise<void> {
  const startedAt = Date.now();
  await Promise.all(
    ctx.sessions.map(async (session) => {
      await session.perp.start({ signal: ctx.signal });
      await session.perp.readiness.ready({ timeoutMs: READY_TIMEOUT_MS, signal: ctx.signal });
      session.readyAfterMs = Date.now() - startedAt;
    }),
  );
  ctx.view.settle();

  for (const session of ctx.sessions) {
    const { perp } = session;
    const options = { signal: ctx.signal };
    const [markets, orders, positions, balances] = await Promise.all([
      perp.loadMarkets(options),
      perp.fetchOpenOrders(options),
      perp.fetchPositions(options),
      perp.fetchBalances(options),
    ]);
    session.market = markets.find((market) => market.symbol === session.symbol);
    if (session.market === undefined) {
      throw new DemoStepError("ready", `lists no market ${session.symbol}`, { venue: session.name });
    }
    session.account.seed({ orders, positions, balances });
    const components = perp.readiness.status().components;
    ctx.reporter.step(
      "ready",
      session.name,
      `ready after ${session.readyAfterMs} ms (${Object.keys(components).join(", ")})`,
      { readyAfterMs: session.readyAfterMs, components: Object.keys(components) },
    );
  }
}

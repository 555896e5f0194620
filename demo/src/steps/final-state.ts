import { balanceData, describeBalance, describePosition, positionData } from "../output/format.js";
import type { StepContext } from "./session.js";

/** Prints each venue's positions and balances as the stream left them; returns them for the summary. */
export function showFinalState(ctx: StepContext): Record<string, unknown> {
  const venues: Record<string, unknown> = {};
  for (const session of ctx.sessions) {
    const positions = session.account.positions();
    const balances = session.account.balances();
    const openOrders = session.account.openOrders();
    const lines = [
      ...(positions.length === 0 ? ["no position"] : positions.map((p) => `position ${describePosition(p)}`)),
      ...balances.map((b) => `balance  ${describeBalance(b)}`),
      `${openOrders.length} open order${openOrders.length === 1 ? "" : "s"}`,
    ];
    const data = {
      positions: positions.map(positionData),
      balances: balances.map(balanceData),
      openOrders: openOrders.length,
    };
    ctx.reporter.step("final", session.name, `final: ${lines.join("\n")}`, data);
    venues[session.name] = {
      readyAfterMs: session.readyAfterMs ?? null,
      restingOrderId: session.resting?.id ?? null,
      filledOrderId: session.filled?.id ?? null,
      ...data,
    };
  }
  return venues;
}

import { describeOrder, orderData } from "../output/format.js";
import { orderReaches, refOf } from "./order-waits.js";
import type { StepContext } from "./session.js";

/** Cancels each venue's resting order and waits for the account stream to show it cancelled. */
export async function cancelRestingOrders(ctx: StepContext): Promise<void> {
  for (const session of ctx.sessions) {
    const resting = session.resting;
    if (resting === undefined) continue;
    const ref = refOf(session, "cancel", resting);
    await session.perp.cancelOrder(
      ref.id === undefined
        ? { symbol: session.symbol, clientOrderId: ref.clientOrderId }
        : { symbol: session.symbol, orderId: ref.id },
      { signal: ctx.signal },
    );
    const cancelled = await orderReaches(ctx, session, "cancel", ref, "cancelled");
    session.resting = cancelled;
    ctx.reporter.step(
      "cancelled",
      session.name,
      `cancelled on the account stream: ${describeOrder(cancelled)}`,
      {
        order: orderData(cancelled),
      },
    );
  }
}

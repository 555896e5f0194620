import { isFinalOrderStatus, type Order, type OrderStatus } from "@perp/core";
import type { OrderRef } from "../account/account-state.js";
import type { StepContext, VenueSession } from "./session.js";
import { DemoStepError } from "./step-error.js";

const ORDER_TIMEOUT_MS = 10_000;

/**
 * Waits until the account stream shows the order in `status`; a different final status ends the
 * wait at once with the venue's reason.
 */
export function orderReaches(
  ctx: StepContext,
  session: VenueSession,
  step: string,
  ref: OrderRef,
  status: OrderStatus,
): Promise<Order> {
  const label = ref.id ?? ref.clientOrderId ?? "?";
  return session.account.until(
    `order ${label} to be ${status} on the account stream`,
    () => {
      const order = session.account.order(ref);
      if (order === undefined) return undefined;
      if (order.status === status) return order;
      if (isFinalOrderStatus(order.status)) {
        throw new DemoStepError(
          step,
          `order ${label} ended ${order.status}${order.statusReason === undefined ? "" : ` (${order.statusReason})`} instead of ${status}`,
          { venue: session.name },
        );
      }
      return undefined;
    },
    { step, venue: session.name, timeoutMs: ORDER_TIMEOUT_MS, signal: ctx.signal },
  );
}

/** The placed order's keys; an adapter always returns at least one of them. */
export function refOf(session: VenueSession, step: string, order: Order): OrderRef {
  if (order.id === undefined && order.clientOrderId === undefined) {
    throw new DemoStepError(step, "placeOrder returned an order with neither id nor client order id", {
      venue: session.name,
    });
  }
  return { id: order.id, clientOrderId: order.clientOrderId };
}

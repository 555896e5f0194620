import type { PlaceOrderRequest } from "@perp/core";
import { describeOrder, orderData } from "../output/format.js";
import { RESTING_DISTANCE, restingBuyPrice, smallestSize } from "./order-pricing.js";
import { orderReaches, refOf } from "./order-waits.js";
import type { StepContext } from "./session.js";
import { DemoStepError } from "./step-error.js";

const DISTANCE_PERCENT = `${Math.round((1 - Number(RESTING_DISTANCE)) * 100)} %`;

/**
 * A maker buy away from the touch on each venue: post-only where the venue has it, otherwise a
 * GTC limit at the same distance (it cannot cross, so it rests the same way). Seen open on the
 * account stream.
 */
export async function placeRestingOrders(ctx: StepContext): Promise<void> {
  for (const session of ctx.sessions) {
    const market = session.requireMarket();
    const bestBid = session.book?.bids[0]?.price;
    if (bestBid === undefined)
      throw new DemoStepError("resting-order", "the book has no bid", { venue: session.name });
    const price = restingBuyPrice(market, bestBid);
    const size = smallestSize(market, price);
    const postOnly = session.perp.capabilities.postOnly;
    const request: PlaceOrderRequest = postOnly
      ? { symbol: session.symbol, side: "buy", type: "limit", size, price, postOnly: true }
      : { symbol: session.symbol, side: "buy", type: "limit", size, price, timeInForce: "GTC" };
    if (!postOnly) {
      ctx.reporter.step(
        "note",
        session.name,
        `no post-only orders here (capabilities.postOnly is false): a GTC limit ${DISTANCE_PERCENT} under the best bid rests instead, it cannot cross`,
        { capability: "postOnly", supported: false, instead: "GTC limit away from the touch" },
      );
    }
    const placed = await session.perp.placeOrder(request, { signal: ctx.signal });
    const open = await orderReaches(
      ctx,
      session,
      "resting-order",
      refOf(session, "resting-order", placed),
      "open",
    );
    session.resting = open;
    ctx.reporter.step(
      "order-open",
      session.name,
      `order open on the account stream: ${describeOrder(open)}`,
      {
        order: orderData(open),
      },
    );
  }
}

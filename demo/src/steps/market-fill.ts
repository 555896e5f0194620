import type { PlaceOrderRequest } from "@perp/core";
import {
  balanceData,
  describeBalance,
  describeFill,
  describePosition,
  orderData,
  positionData,
} from "../output/format.js";
import { marketableBuyPrice, smallestSize } from "./order-pricing.js";
import { orderReaches, refOf } from "./order-waits.js";
import type { StepContext } from "./session.js";
import { DemoStepError } from "./step-error.js";

const STREAM_TIMEOUT_MS = 10_000;

/**
 * A small marketable buy on each venue; its fill, then the position and the balance, all as the
 * account stream reports them.
 */
export async function fillMarketOrders(ctx: StepContext): Promise<void> {
  for (const session of ctx.sessions) {
    const { account, perp } = session;
    const market = session.requireMarket();
    const bestAsk = session.book?.asks[0]?.price;
    if (bestAsk === undefined)
      throw new DemoStepError("fill", "the book has no ask", { venue: session.name });
    const size = smallestSize(market, bestAsk);
    const request: PlaceOrderRequest = perp.capabilities.marketOrders
      ? { symbol: session.symbol, side: "buy", type: "market", size }
      : {
          symbol: session.symbol,
          side: "buy",
          type: "limit",
          size,
          price: marketableBuyPrice(market, bestAsk),
          timeInForce: "IOC",
        };
    const seen = account.updateCounts();
    const placed = await perp.placeOrder(request, { signal: ctx.signal });
    const ref = refOf(session, "fill", placed);
    const filled = await orderReaches(ctx, session, "fill", ref, "filled");
    session.filled = filled;
    const wait = { step: "fill", venue: session.name, timeoutMs: STREAM_TIMEOUT_MS, signal: ctx.signal };
    const fills = await account.until(
      "the fill on the account stream",
      () => {
        const found = account.fills(ref);
        return found.length > 0 ? found : undefined;
      },
      wait,
    );
    ctx.reporter.step("fill", session.name, `filled on the account stream: ${describeFill(filled, fills)}`, {
      order: orderData(filled),
      fills: fills.map((fill) => ({
        id: fill.id,
        price: fill.price,
        size: fill.size,
        fee: fill.fee,
        liquidity: fill.liquidity,
      })),
    });

    const position = await account.until(
      `the ${session.symbol} position update on the account stream`,
      () =>
        account.updateCounts().positions > seen.positions
          ? account.positions().find((p) => p.symbol === session.symbol)
          : undefined,
      wait,
    );
    ctx.reporter.step("position", session.name, `position from the stream: ${describePosition(position)}`, {
      position: positionData(position),
    });
    const balances = await account.until(
      "a balance update on the account stream",
      () => (account.updateCounts().balances > seen.balances ? account.balances() : undefined),
      wait,
    );
    for (const balance of balances) {
      ctx.reporter.step("balance", session.name, `balance from the stream: ${describeBalance(balance)}`, {
        balance: balanceData(balance),
      });
    }
  }
}

import { type AccountEvent, NotFoundError, ValidationError } from "@perp/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { VestPerpetual } from "../../src/perpetual/index.js";
import {
  accountIdOf,
  adapterFor,
  eventually,
  expectInSync,
  type SimSetup,
  simOpenOrderIds,
  startVestSim,
} from "./sim.js";

describe("VestPerpetual against the simulator: trading", () => {
  let setup: SimSetup;
  let adapter: VestPerpetual;
  let events: AccountEvent[];

  beforeEach(async () => {
    setup = await startVestSim();
    adapter = adapterFor(setup);
    events = [];
    await adapter.start();
    await adapter.watchAccount((event) => events.push(event));
    await adapter.readiness.ready({ timeoutMs: 3000 });
  });
  afterEach(async () => {
    await adapter.stop();
    await setup.close();
  });

  it("refuses post-only before signing (Vest has none) and sees a resting GTC limit open on the stream", async () => {
    await expect(
      adapter.placeOrder({
        symbol: "BTC-PERP",
        side: "buy",
        type: "limit",
        size: "0.01",
        price: "60000",
        postOnly: true,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(simOpenOrderIds(setup.sim, accountIdOf())).toEqual([]);

    const order = await adapter.placeOrder({
      symbol: "BTC-PERP",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "60000",
      timeInForce: "GTC",
    });
    expect(order.status).toBe("open");
    expect(order.id).toMatch(/^0x/);
    expect(order.price).toBe("60000");
    const seen = events.filter((e) => e.type === "order" && e.order.clientOrderId === order.clientOrderId);
    expect(seen.map((e) => (e.type === "order" ? e.order.status : ""))).toEqual(["pending", "open"]);
    await expectInSync(adapter, setup.sim);
  });

  it("fills a market order; positions and balances follow the stream's fills", async () => {
    const before = setup.sim.engine.balance(accountIdOf())?.balance;
    const order = await adapter.placeOrder({ symbol: "BTC-PERP", side: "buy", type: "market", size: "0.01" });
    await eventually(() => expect(adapter.trackedOrder({ id: order.id as string })?.status).toBe("filled"));
    expect(events.some((e) => e.type === "fill" && e.fill.orderId === order.id)).toBe(true);
    await eventually(() => {
      expect(events.some((e) => e.type === "position" && e.position.symbol === "BTC-PERP")).toBe(true);
      expect(adapter.cachedPositions()[0]).toMatchObject({ symbol: "BTC-PERP", side: "long", size: "0.01" });
    });
    expect(setup.sim.engine.balance(accountIdOf())?.balance).not.toBe(before);
    await expectInSync(adapter, setup.sim);
  });

  it("rejects after acceptance (margin) as InsufficientMarginError, tracked as rejected", async () => {
    const error = await adapter
      .placeOrder({
        symbol: "BTC-PERP",
        side: "buy",
        type: "limit",
        size: "900.0000",
        price: "60000",
        clientOrderId: "77",
      })
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe("InsufficientMarginError");
    expect(adapter.trackedOrder({ clientOrderId: "77" })?.status).toBe("rejected");
    await expectInSync(adapter, setup.sim);
  });

  it("cancels by id and by client order id (the nonce)", async () => {
    const a = await adapter.placeOrder({
      symbol: "BTC-PERP",
      side: "buy",
      type: "limit",
      size: "0.01",
      price: "60000",
    });
    const b = await adapter.placeOrder({
      symbol: "BTC-PERP",
      side: "sell",
      type: "limit",
      size: "0.01",
      price: "70000",
      clientOrderId: "123456789",
    });
    expect(b.clientOrderId).toBe("123456789");
    await adapter.cancelOrder({ orderId: a.id as string });
    await adapter.cancelOrder({ clientOrderId: "123456789" });
    await eventually(() => {
      expect(adapter.trackedOrder({ id: a.id as string })?.status).toBe("cancelled");
      expect(adapter.trackedOrder({ clientOrderId: "123456789" })?.status).toBe("cancelled");
    });
    await expect(adapter.cancelOrder({ orderId: a.id as string })).rejects.toBeInstanceOf(NotFoundError);
    await expect(adapter.cancelOrder({ clientOrderId: "999" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(adapter.cancelOrder({ clientOrderId: "abc" })).rejects.toBeInstanceOf(ValidationError);
    await expectInSync(adapter, setup.sim);
  });

  it("cancels all open orders, optionally of one market", async () => {
    for (const price of ["60000", "60001", "60002"]) {
      await adapter.placeOrder({ symbol: "BTC-PERP", side: "buy", type: "limit", size: "0.01", price });
    }
    await adapter.placeOrder({
      symbol: "ETH-PERP",
      side: "buy",
      type: "limit",
      size: "0.100",
      price: "3000",
    });
    await adapter.cancelAllOrders({ symbol: "BTC-PERP" });
    await eventually(() => expect(adapter.trackedOpenOrders().map((o) => o.symbol)).toEqual(["ETH-PERP"]));
    await adapter.cancelAllOrders();
    await eventually(() => expect(adapter.trackedOpenOrders()).toEqual([]));
    await expectInSync(adapter, setup.sim);
  });

  it("sets leverage, and validates before sending", async () => {
    await adapter.setLeverage({ symbol: "BTC-PERP", leverage: 20 });
    expect(setup.sim.state.accounts.byId(accountIdOf())?.leverages.get("BTC-PERP")).toBe(20);
    await expect(adapter.setLeverage({ symbol: "BTC-PERP", leverage: 2.5 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(adapter.setLeverage({ symbol: "BTC-PERP", leverage: 51 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      adapter.setLeverage({ symbol: "BTC-PERP", leverage: 5, marginMode: "isolated" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expectInSync(adapter, setup.sim);
  });
});

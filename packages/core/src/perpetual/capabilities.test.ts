import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors/index.js";
import {
  assertCapability,
  assertOrderSupported,
  CAPABILITY_NAMES,
  type Capabilities,
  type Capability,
  requiredCapabilities,
} from "./capabilities.js";
import { parsePlaceOrderRequest } from "./requests.js";

function capabilities(enabled: readonly Capability[]): Capabilities {
  return Object.fromEntries(CAPABILITY_NAMES.map((name) => [name, enabled.includes(name)])) as Capabilities;
}

describe("capabilities", () => {
  it("lists the features an order needs", () => {
    const order = parsePlaceOrderRequest({
      symbol: "BTC-USD",
      side: "sell",
      type: "limit",
      size: "1",
      price: "100",
      timeInForce: "post-only",
      clientOrderId: "c1",
      takeProfit: { triggerPrice: "90" },
    });
    expect(requiredCapabilities(order)).toEqual(["postOnly", "tpsl", "clientOrderId"]);
    const market = parsePlaceOrderRequest({
      symbol: "BTC-USD",
      side: "sell",
      type: "market",
      size: "1",
      timeInForce: "FOK",
      reduceOnly: true,
      triggerPrice: "95",
    });
    expect(requiredCapabilities(market)).toEqual(["marketOrders", "reduceOnly", "triggerOrders", "fok"]);
  });

  it("rejects an unsupported order with a ValidationError naming the venue and features", () => {
    const order = parsePlaceOrderRequest({
      symbol: "BTC-USD",
      side: "buy",
      type: "market",
      size: "1",
      timeInForce: "IOC",
    });
    expect(() => assertOrderSupported(order, capabilities(["marketOrders", "ioc"]), "venue-a")).not.toThrow();
    const error = (() => {
      try {
        assertOrderSupported(order, capabilities(["ioc"]), "venue-a");
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(
      "venue-a does not support marketOrders (needed by this order)",
    );
    expect((error as ValidationError).venue).toBe("venue-a");
  });

  it("asserts one capability", () => {
    expect(() => assertCapability(capabilities([]), "setLeverage", "venue-a")).toThrow(
      "venue-a does not support setLeverage",
    );
    expect(() => assertCapability(capabilities(["setLeverage"]), "setLeverage", "venue-a")).not.toThrow();
  });
});

import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import type { VenueProtocolFactory } from "./protocol.js";
import { VenueProtocolRegistry } from "./registry.js";

const factory =
  (venue: string): VenueProtocolFactory =>
  () => ({ venue });

describe("VenueProtocolRegistry", () => {
  it("creates fresh protocols for the requested venues, passing the seed", () => {
    const registry = new VenueProtocolRegistry();
    const seeds: number[] = [];
    registry.register("alpha", ({ seed }) => {
      seeds.push(seed);
      return { venue: "alpha" };
    });
    registry.register("beta", factory("beta"));
    expect(registry.names()).toEqual(["alpha", "beta"]);
    const [first] = registry.create(["alpha"], { seed: 5 });
    const [second] = registry.create(["alpha"], { seed: 6 });
    expect(first).not.toBe(second);
    expect(seeds).toEqual([5, 6]);
  });

  it("refuses unknown venues, listing the registered ones", () => {
    const registry = new VenueProtocolRegistry();
    registry.register("alpha", factory("alpha"));
    expect(() => registry.create(["alpha", "gamma"], { seed: 1 })).toThrow(ValidationError);
    expect(() => registry.create(["gamma"], { seed: 1 })).toThrow(/gamma/);
  });

  it("refuses a second factory under the same name and a factory that misnames its venue", () => {
    const registry = new VenueProtocolRegistry();
    const alpha = factory("alpha");
    registry.register("alpha", alpha);
    registry.register("alpha", alpha);
    expect(() => registry.register("alpha", factory("alpha"))).toThrow(/already registered/);
    expect(() => registry.register("Bad Name", alpha)).toThrow(ValidationError);
    registry.register("beta", factory("gamma"));
    expect(() => registry.create(["beta"], { seed: 1 })).toThrow(/names itself "gamma"/);
    expect(registry.unregister("beta")).toBe(true);
    expect(registry.has("beta")).toBe(false);
  });
});

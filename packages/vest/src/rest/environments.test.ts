import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { VEST_VERIFYING_CONTRACTS } from "../signing/index.js";
import { accountGroupValue, resolveRestUrl, routingHeaders, VEST_ENVIRONMENTS } from "./environments.js";

describe("environments", () => {
  it("lists the documented v2 hosts and router contracts", () => {
    expect(VEST_ENVIRONMENTS.prod.restUrl).toBe("https://server-prod.hz.vestmarkets.com/v2");
    expect(VEST_ENVIRONMENTS.prod.wsUrl).toBe("wss://ws-prod.hz.vestmarkets.com/ws-api?version=1.0");
    expect(VEST_ENVIRONMENTS.dev.restUrl).toBe("https://server-dev.hz.vestmarkets.com/v2");
    expect(VEST_ENVIRONMENTS.dev.verifyingContract).toBe(VEST_VERIFYING_CONTRACTS.dev);
  });

  it("lets an explicit URL win and rejects unknown environments", () => {
    expect(resolveRestUrl()).toBe(VEST_ENVIRONMENTS.prod.restUrl);
    expect(resolveRestUrl("dev", "http://127.0.0.1:9999")).toBe("http://127.0.0.1:9999");
    expect(() => resolveRestUrl("staging" as never)).toThrow(ValidationError);
  });

  it("builds the routing header, replaceable or off", () => {
    expect(routingHeaders(0)).toEqual({ xrestservermm: "restserver0" });
    expect(routingHeaders(7, { header: "X-Group" })).toEqual({ "X-Group": "restserver7" });
    expect(routingHeaders(7, { value: (g) => `group-${g}` })).toEqual({ xrestservermm: "group-7" });
    expect(routingHeaders(7, false)).toEqual({});
    expect(accountGroupValue(12)).toBe("restserver12");
    expect(() => accountGroupValue(-1)).toThrow(ValidationError);
    expect(() => accountGroupValue(1.5)).toThrow(ValidationError);
  });
});

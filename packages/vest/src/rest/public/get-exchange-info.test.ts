import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { payload, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { getExchangeInfo } from "./get-exchange-info.js";

describe("getExchangeInfo", () => {
  const server = usePayloadServer();

  it("sends GET /exchangeInfo with the routing header and no API key, and types the markets", async () => {
    server.on("GET /v2/exchangeInfo", { body: payload("exchange-info") });
    const info = await getExchangeInfo(testClient(server), { symbols: ["BTC-PERP", "ETH-PERP"] });

    const request = server.single();
    expect(request.method).toBe("GET");
    expect(request.query).toEqual({ symbols: "BTC-PERP,ETH-PERP" });
    expect(request.headers.xrestservermm).toBe("restserver3");
    expect(request.headers["x-api-key"]).toBeUndefined();
    expect(info).toEqual({
      symbols: [
        {
          symbol: "BTC-PERP",
          displayName: "BTC-PERP",
          base: "BTC",
          quote: "USDC",
          sizeDecimals: 4,
          priceDecimals: 2,
          initMarginRatio: "0.1",
          maintMarginRatio: "0.05",
          takerFee: "0.0001",
          isolated: false,
        },
      ],
      exchange: { lp: "100000", insurance: "10000000000", collateralDecimals: 6 },
    });
  });

  it("keeps extra v3 market fields and ignores unknown top-level ones", async () => {
    server.on("GET /v2/exchangeInfo", { body: payload("exchange-info-v3-edge") });
    const info = await getExchangeInfo(testClient(server), { symbols: "NDX-USD-PERP" });
    expect(server.single().query).toEqual({ symbols: "NDX-USD-PERP" });
    expect(info.symbols[0]?.minTickSize).toBe("0.25");
    expect(info.symbols[0]?.takerFee).toBe("0.000025");
    expect(info).not.toHaveProperty("system");
  });

  it("sends no symbols query when none is asked for", async () => {
    server.on("GET /v2/exchangeInfo", { body: payload("exchange-info") });
    await getExchangeInfo(testClient(server));
    expect(server.single().query).toEqual({});
  });

  it("rejects a malformed symbol before sending", async () => {
    await expect(getExchangeInfo(testClient(server), { symbols: ["BTC PERP"] })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(getExchangeInfo(testClient(server), { symbols: "BTC-PERP,,ETH" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(server.requests).toHaveLength(0);
  });
});

import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import {
  payload,
  TEST_API_KEY,
  TEST_NOW,
  testClient,
  usePayloadServer,
} from "../__fixtures__/payload-server.js";
import { VestRestClient } from "../client.js";
import { getAccount } from "./get-account.js";

describe("getAccount", () => {
  const server = usePayloadServer();

  it("sends GET /account with time, X-API-KEY and routing, and types the account", async () => {
    server.on("GET /v2/account", { body: payload("account") });
    const account = await getAccount(testClient(server));

    const request = server.single();
    expect(request.query).toEqual({ time: String(TEST_NOW) });
    expect(request.headers["x-api-key"]).toBe(TEST_API_KEY);
    expect(request.headers.xrestservermm).toBe("restserver3");
    expect(account).toMatchObject({
      address: "0x3d4f1A8B2c9E0d7F6a5B4c3D2e1F0a9B8c7D44e1",
      balances: [{ asset: "USDC", total: "4723846.892089", locked: "0" }],
      collateral: "1333",
      withdrawable: "111222.12",
      totalAccountValue: "200000.12",
      openOrderMargin: "12222.34",
      totalMaintMargin: "123232.12",
      leverages: [{ symbol: "BTC-PERP", value: 20 }],
      lp: { balance: "100", shares: "100", unrealizedPnl: "1.23" },
      time: 1233333333333,
      twitterUsername: null,
      discordUsername: null,
    });
    expect(account.positions).toEqual([
      {
        symbol: "BTC-PERP",
        isLong: true,
        size: "0.1",
        entryPrice: "30",
        entryFunding: "1.23",
        unrealizedPnl: "-30",
        settledFunding: "30",
        markPrice: "30",
        indexPrice: "34",
        liqPrice: "20",
        initMargin: "1200",
        maintMargin: "600",
        initMarginRatio: "0.2",
      },
    ]);
  });

  it("keeps zero-size position rows on request, with a null liquidation price", async () => {
    server.on("GET /v2/account", { body: payload("account") });
    const account = await getAccount(testClient(server), {
      includeEmptyPositions: true,
      time: 1713593341234,
    });
    expect(server.single().query).toEqual({ time: "1713593341234" });
    expect(account.positions.map((p) => [p.symbol, p.size, p.liqPrice])).toEqual([
      ["BTC-PERP", "0.1", "20"],
      ["ETH-PERP", "0", null],
    ]);
  });

  it("refuses to call a private endpoint without an API key", async () => {
    const client = new VestRestClient({ restUrl: server.url, retry: false });
    await expect(getAccount(client)).rejects.toThrow(ValidationError);
    await expect(getAccount(client)).rejects.toThrow(/apiKey/);
    expect(server.requests).toHaveLength(0);
  });
});

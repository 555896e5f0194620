import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { payload, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { getFundingHistory } from "./get-funding-history.js";

describe("getFundingHistory", () => {
  const server = usePayloadServer();

  it("sends GET /funding/history with the window and interval", async () => {
    server.on("GET /v2/funding/history", { body: payload("funding-history") });
    const rows = await getFundingHistory(testClient(server), {
      symbol: "ETH-PERP",
      startTime: 1683800000000,
      endTime: 1683849600076,
      limit: 24,
      interval: "1h",
    });
    expect(server.single().query).toEqual({
      symbol: "ETH-PERP",
      startTime: "1683800000000",
      endTime: "1683849600076",
      limit: "24",
      interval: "1h",
    });
    expect(rows).toEqual([{ symbol: "ETH-PERP", time: 1683849600076, oneHrFundingRate: "0.001" }]);
  });

  it("rejects seconds for milliseconds, an unknown interval and a limit over 1000", async () => {
    const client = testClient(server);
    await expect(
      getFundingHistory(client, { symbol: "ETH-PERP", startTime: 1683849600 }),
    ).rejects.toBeInstanceOf(ValidationError);
    // @ts-expect-error: "2m" is not a Vest interval.
    await expect(getFundingHistory(client, { symbol: "ETH-PERP", interval: "2m" })).rejects.toThrow(
      /interval/,
    );
    await expect(getFundingHistory(client, { symbol: "ETH-PERP", limit: 1001 })).rejects.toThrow(
      /at most 1000/,
    );
    expect(server.requests).toHaveLength(0);
  });
});

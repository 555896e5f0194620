import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { payload, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { getDepth } from "./get-depth.js";

describe("getDepth", () => {
  const server = usePayloadServer();

  it("sends GET /depth and returns [price, size] levels", async () => {
    server.on("GET /v2/depth", { body: payload("depth") });
    const book = await getDepth(testClient(server), { symbol: "BTC-PERP", limit: 100 });
    expect(server.single().query).toEqual({ symbol: "BTC-PERP", limit: "100" });
    expect(book).toEqual({ bids: [["4", "431"]], asks: [["4.02", "12"]] });
  });

  it("sorts bids descending and asks ascending by exact decimal comparison", async () => {
    server.on("GET /v2/depth", { body: payload("depth-unsorted-edge") });
    const book = await getDepth(testClient(server), { symbol: "BTC-PERP" });
    expect(book.bids.map(([price]) => price)).toEqual(["4", "3.995", "3.99"]);
    expect(book.asks.map(([price]) => price)).toEqual(["4.02", "4.05", "4.1"]);
  });

  it("refuses more than 100 levels", async () => {
    await expect(getDepth(testClient(server), { symbol: "BTC-PERP", limit: 101 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(server.requests).toHaveLength(0);
  });
});

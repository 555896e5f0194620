import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { payload, TEST_NOW, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { setLeverage } from "./set-leverage.js";

describe("setLeverage", () => {
  const server = usePayloadServer();

  it("posts the documented unsigned JSON body", async () => {
    server.on("POST /v2/account/leverage", { body: payload("leverage") });
    const result = await setLeverage(testClient(server), { symbol: "BTC-PERP", value: 10 });
    const request = server.single();
    expect(request.method).toBe("POST");
    expect(request.headers["x-api-key"]).toBeDefined();
    expect(request.query).toEqual({});
    expect(JSON.parse(request.body)).toEqual({ time: TEST_NOW, symbol: "BTC-PERP", value: 10 });
    expect(result).toEqual({ symbol: "BTC-PERP", value: 10 });
  });

  it("passes the optional signed fields through", async () => {
    server.on("POST /v2/account/leverage", { body: payload("leverage") });
    const signature = `0x${"11".repeat(65)}` as const;
    await setLeverage(testClient(server), {
      symbol: "BTC-PERP",
      value: 10,
      time: 1713593340001,
      nonce: 7,
      recvWindow: 60000,
      signature,
    });
    expect(JSON.parse(server.single().body)).toEqual({
      time: 1713593340001,
      symbol: "BTC-PERP",
      value: 10,
      nonce: 7,
      recvWindow: 60000,
      signature,
    });
  });

  it("refuses a fractional leverage before sending", async () => {
    await expect(setLeverage(testClient(server), { symbol: "BTC-PERP", value: 2.5 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(server.requests).toHaveLength(0);
  });
});

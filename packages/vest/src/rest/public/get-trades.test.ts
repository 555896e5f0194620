import { describe, expect, it } from "vitest";
import { payload, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { getTrades } from "./get-trades.js";

describe("getTrades", () => {
  const server = usePayloadServer();

  it("sends GET /trades and types ids as strings", async () => {
    server.on("GET /v2/trades", { body: payload("trades") });
    const rows = await getTrades(testClient(server), {
      symbol: "BTC-PERP",
      endTime: 1499865549590,
      limit: 1,
    });
    expect(server.single().query).toEqual({ symbol: "BTC-PERP", endTime: "1499865549590", limit: "1" });
    expect(rows).toEqual([
      { id: "28457", price: "4", qty: "12", quoteQty: "48.000012", time: 1499865549590 },
    ]);
  });

  it("keeps 64-bit ids, opaque ids and long decimals sent as JSON numbers exact", async () => {
    server.on("GET /v2/trades", { body: payload("trades-64bit-edge") });
    const [big, hex, v3] = await getTrades(testClient(server), { symbol: "BTC-PERP" });
    expect(big?.id).toBe("18446744073709551615");
    expect(big?.quoteQty).toBe("12345678901234567.123456789");
    expect(big?.price).toBe("4.1");
    expect(big?.qty).toBe("-12");
    expect(hex?.id).toBe("0x9f3a");
    expect(v3?.id).toBe("prod:103:41396591:0");
  });
});

import { AbortedError, ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { TEST_NOW, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import {
  paginateFundingHistory,
  paginateKlines,
  paginateLpOrders,
  paginateOrders,
  paginateTrades,
  paginateTransfers,
} from "./iterators.js";

const trade = (id: number, time: number) => ({ id, price: "1.00", qty: "1", quoteQty: "1", time });
const order = (id: string, postTime: number) => ({
  id,
  nonce: postTime,
  symbol: "BTC-PERP",
  isBuy: true,
  orderType: "LIMIT",
  limitPrice: "1",
  markPrice: "1",
  size: "1",
  status: "CANCELLED",
  reduceOnly: false,
  initMarginRatio: "0.1",
  code: null,
  postTime,
});
const json = (value: unknown) => ({ body: JSON.stringify(value) });

async function collect<T>(pages: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe("pagination", () => {
  const server = usePayloadServer();

  it("walks trades back by endTime, keeping the boundary millisecond and dropping repeats", async () => {
    server.on(
      "GET /v2/trades",
      json([trade(5, 1700000000300), trade(4, 1700000000200), trade(3, 1700000000200)]),
      json([trade(3, 1700000000200), trade(2, 1700000000200), trade(1, 1700000000100)]),
      json([trade(1, 1700000000100)]),
    );
    const pages = await collect(paginateTrades(testClient(server), { symbol: "BTC-PERP", limit: 3 }));
    expect(pages.map((page) => page.map((t) => t.id))).toEqual([
      ["5", "4", "3"],
      ["2", "1"],
    ]);
    expect(server.requests.map((r) => r.query.endTime)).toEqual([
      undefined,
      "1700000000200",
      "1700000000100",
    ]);
    expect(server.requests.every((r) => r.query.limit === "3")).toBe(true);
  });

  it("moves funding windows one millisecond past the oldest row and stops at startTime", async () => {
    const rate = (time: number) => ({ symbol: "ETH-PERP", time, oneHrFundingRate: "0.0001" });
    server.on(
      "GET /v2/funding/history",
      json([rate(1700000007200), rate(1700000003600)]),
      json([rate(1700000000000), rate(1699999996400)]),
    );
    const pages = await collect(
      paginateFundingHistory(testClient(server), {
        symbol: "ETH-PERP",
        interval: "1h",
        limit: 2,
        startTime: 1699999999000,
        endTime: 1700000007200,
      }),
    );
    expect(server.requests.map((r) => r.query.endTime)).toEqual(["1700000007200", "1700000003599"]);
    expect(pages.map((page) => page.map((r) => r.time))).toEqual([
      [1700000007200, 1700000003600],
      [1700000000000],
    ]);
  });

  it("stops when an endpoint ignores endTime (klines repeat the latest bars)", async () => {
    const bar = (t: number) => [t, "1", "1", "1", "1", t + 59999, "1", "1", 1];
    server.on("GET /v2/klines", json([bar(1700000060000), bar(1700000000000)]));
    const pages = await collect(paginateKlines(testClient(server), { symbol: "BTC-PERP", limit: 2 }));
    expect(pages).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it("honours maxPages and the abort signal", async () => {
    server.on(
      "GET /v2/orders",
      json([order("0x3", 1700000000300), order("0x2", 1700000000200)]),
      json([order("0x1", 1700000000100), order("0x0", 1700000000050)]),
    );
    const capped = await collect(paginateOrders(testClient(server), { limit: 2 }, { maxPages: 1 }));
    expect(capped).toHaveLength(1);
    expect(server.requests[0]?.query).toMatchObject({ limit: "2", time: String(TEST_NOW) });

    const controller = new AbortController();
    const iterator = paginateOrders(testClient(server), { limit: 2 }, { signal: controller.signal });
    await iterator.next();
    controller.abort();
    await expect(iterator.next()).rejects.toBeInstanceOf(AbortedError);
    await expect(collect(paginateOrders(testClient(server), {}, { maxPages: 0 }))).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("pages LP requests and transfers by postTime", async () => {
    const lp = (id: string, postTime: number) => ({
      id,
      nonce: 1,
      size: "1",
      orderType: "DEPOSIT",
      status: "FILLED",
      code: null,
      fees: null,
      postTime,
    });
    server.on("GET /v2/lp", json([lp("0xa", 1700000000200), lp("0xb", 1700000000100)]));
    server.on("GET /v2/transfer", json([{ ...lp("0xc", 1700000000100), chainId: 324 }]));
    const lpPages = await collect(paginateLpOrders(testClient(server), { limit: 5 }));
    const transferPages = await collect(paginateTransfers(testClient(server), { limit: 5 }));
    expect(lpPages.flat().map((r) => r.id)).toEqual(["0xa", "0xb"]);
    expect(transferPages.flat().map((r) => [r.id, r.chainId])).toEqual([["0xc", 324]]);
  });
});

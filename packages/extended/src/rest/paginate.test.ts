import { AbortedError, ValidationError } from "@perp/core";
import { afterEach, describe, expect, it } from "vitest";
import { collectPages, paginate } from "./paginate.js";
import { getOrdersHistory } from "./private/getOrdersHistory.js";
import { getFundingRates } from "./public/getFundingRates.js";
import { type Handler, startServer, type TestServer, testClient } from "./test-server.test-helper.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const order = (id: string) =>
  `{"id":${id},"accountId":3004,"externalId":"e${id}","market":"BTC-USD","type":"LIMIT","side":"BUY","status":"FILLED","price":"1","qty":"1","reduceOnly":false,"postOnly":false,"createdTime":1,"updatedTime":2,"timeInForce":"GTT"}`;

/** Three pages of history; the last has no cursor. Cursors are ids above 2^53. */
function historyPages(): Handler {
  return (request) => {
    const cursor = request.query.get("cursor");
    if (cursor === null) {
      return {
        body: `{"status":"OK","data":[${order("9007199254740995")}],"pagination":{"cursor":9007199254740995,"count":1}}`,
      };
    }
    if (cursor === "9007199254740995") {
      return {
        body: `{"status":"OK","data":[${order("9007199254740993")}],"pagination":{"cursor":9007199254740993,"count":1}}`,
      };
    }
    return { body: `{"status":"OK","data":[${order("5")}]}` };
  };
}

describe("paginate", () => {
  it("follows pagination.cursor until the venue sends none", async () => {
    server = await startServer(historyPages());
    const client = testClient(server);
    const ids: string[] = [];
    for await (const page of paginate(getOrdersHistory, client, { market: "BTC-USD", limit: 1 })) {
      ids.push(...page.items.map((o) => o.id));
    }
    expect(ids).toEqual(["9007199254740995", "9007199254740993", "5"]);
    expect(server.requests.map((r) => r.query.get("cursor"))).toEqual([
      null,
      "9007199254740995",
      "9007199254740993",
    ]);
    expect(
      server.requests.every((r) => r.query.get("market") === "BTC-USD" && r.query.get("limit") === "1"),
    ).toBe(true);
  });

  it("honours maxPages", async () => {
    server = await startServer(historyPages());
    const items = await collectPages(getOrdersHistory, testClient(server), undefined, { maxPages: 2 });
    expect(items.map((o) => o.id)).toEqual(["9007199254740995", "9007199254740993"]);
    expect(server.requests).toHaveLength(2);
    await expect(
      collectPages(getOrdersHistory, testClient(server), {}, { maxPages: 0 }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("stops when the venue repeats the cursor or sends an empty page", async () => {
    server = await startServer(() => ({
      body: '{"status":"OK","data":[{"m":"BTC-USD","T":1,"f":"0.1"}],"pagination":{"cursor":77,"count":1}}',
    }));
    const pages = await collectPages(getFundingRates, testClient(server), {
      market: "BTC-USD",
      startTime: 0,
      endTime: 10,
      cursor: 77,
    });
    expect(pages).toHaveLength(1);
    expect(server.requests).toHaveLength(1);
  });

  it("stops with AbortedError when the signal aborts between pages", async () => {
    server = await startServer(historyPages());
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const page of paginate(
        getOrdersHistory,
        testClient(server!),
        {},
        { signal: controller.signal },
      )) {
        seen.push(page.items[0]!.id);
        controller.abort();
      }
    };
    await expect(run()).rejects.toBeInstanceOf(AbortedError);
    expect(seen).toEqual(["9007199254740995"]);
    expect(server.requests).toHaveLength(1);
  });
});

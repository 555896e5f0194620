import { AbortedError, parseJson } from "@perp/core";
import { afterEach, describe, expect, it } from "vitest";
import { payload, startServer, type TestServer } from "../../test/rest-server.js";
import { LighterRestClient } from "./client.js";
import { iterateDepositHistory, iterateTrades, iterateTxs } from "./pagination.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const trades = parseJson(payload("trades"), { numbersAsStrings: true }) as Record<string, unknown>;

describe("pagination", () => {
  it("follows next_cursor until it is absent", async () => {
    server = await startServer({
      "GET /api/v1/trades": (req) => {
        const cursor = req.query.get("cursor");
        const next = cursor === null ? "c1" : cursor === "c1" ? "c2" : undefined;
        return { body: JSON.stringify({ ...trades, next_cursor: next }) };
      },
    });
    const client = new LighterRestClient({ restUrl: server.url });
    const pages = [];
    for await (const page of iterateTrades(client, { sortBy: "timestamp", limit: 1 })) pages.push(page);
    expect(pages).toHaveLength(3);
    expect(server.requests.map((r) => r.query.get("cursor"))).toEqual([null, "c1", "c2"]);
  });

  it("stops at maxPages and on abort", async () => {
    server = await startServer({
      "GET /api/v1/trades": { body: JSON.stringify({ ...trades, next_cursor: "again" }) },
      "GET /api/v1/deposit/history": (req) => ({
        body: JSON.stringify({ code: 200, deposits: [], cursor: `n${req.query.get("cursor") ?? ""}` }),
      }),
    });
    const client = new LighterRestClient({ restUrl: server.url });
    let count = 0;
    for await (const _ of iterateTrades(client, { sortBy: "timestamp", limit: 1 }, { maxPages: 5 })) count++;
    expect(count).toBe(2); // the second page repeats the cursor, which ends the walk
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = async () => {
      for await (const page of iterateDepositHistory(
        client,
        { accountIndex: 1, l1Address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" },
        { signal: controller.signal },
      )) {
        seen.push(String(page.cursor));
        if (seen.length === 3) controller.abort();
      }
    };
    await expect(walk()).rejects.toBeInstanceOf(AbortedError);
    expect(seen).toEqual(["n", "nn", "nnn"]);
    count = 0;
    for await (const _ of iterateDepositHistory(
      client,
      { accountIndex: 1, l1Address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" },
      { maxPages: 4 },
    ))
      count++;
    expect(count).toBe(4);
  });

  it("pages txs by index until a short page", async () => {
    server = await startServer({
      "GET /api/v1/txs": (req) => {
        const start = BigInt(req.query.get("index") ?? "9007199254740990");
        const size = start < 9007199254740994n ? 2 : 1;
        const txs = Array.from({ length: size }, (_, i) => ({
          hash: `h${start + BigInt(i)}`,
          type: 14,
          info: "{}",
          status: 3,
          account_index: 1,
          nonce: 1,
          sequence_index: `${start + BigInt(i)}`,
        }));
        return { body: JSON.stringify({ code: 200, txs }) };
      },
    });
    const client = new LighterRestClient({ restUrl: server.url });
    const indexes = [];
    for await (const page of iterateTxs(client, { limit: 2, index: 9007199254740990n }))
      indexes.push(...page.txs.map((t) => t.sequence_index));
    expect(indexes).toEqual([
      "9007199254740990",
      "9007199254740991",
      "9007199254740992",
      "9007199254740993",
      "9007199254740994",
    ]);
  });
});

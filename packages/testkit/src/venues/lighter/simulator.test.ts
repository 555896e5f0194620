import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../../server/index.js";
import { type Frame, WsClient } from "./__fixtures__/lighter-client.js";
import { lighterProtocolFactory } from "./simulator.js";

let harness: Harness | undefined;
let client: WsClient | undefined;

afterEach(async () => {
  client?.close();
  await harness?.close();
});

describe("Lighter simulator in real-clock mode (the CLI's)", () => {
  it("ticks on harness timers: the mark walks and market_stats keep coming", async () => {
    harness = await startHarness({ protocols: [lighterProtocolFactory({ seed: 7 })], admin: false });
    client = new WsClient(`${harness.urls.lighter!.ws}/stream`);
    await client.opened;
    await client.next((f) => f.json?.type === "connected");
    client.send({ type: "subscribe", channel: "market_stats/0" });
    const first = await client.next((f) => f.json?.type === "subscribed/market_stats");
    const marks = new Set<string>([first.json.market_stats.mark_price]);
    const isUpdate = (f: Frame) => f.json?.type === "update/market_stats";
    for (let i = 0; i < 6 && marks.size < 2; i++)
      marks.add((await client.next(isUpdate, 3000)).json.market_stats.mark_price);
    expect(marks.size).toBeGreaterThan(1);
  });
});

import { describe, expect, it } from "vitest";
import { limit, ofType, place, quietMarket } from "./__fixtures__/engine-fixture.js";
import { ManualClock } from "./clock.js";
import { parseScaled } from "./decimal.js";
import { Engine } from "./engine.js";
import type { EngineEvent, MarketConfig } from "./types.js";

const liveMarket = (overrides: Partial<MarketConfig> = {}): MarketConfig =>
  quietMarket({
    priceWalkTicks: 3,
    marketMaker: { levels: 3, spacingTicks: 2, sizePerLevel: "0.5" },
    ...overrides,
  });

const price = (text: string): bigint => parseScaled(text, 1);

function run(seed: number, ticks: number): { engine: Engine; events: EngineEvent[]; marks: string[] } {
  const clock = new ManualClock(0);
  const engine = new Engine({ markets: [liveMarket()], clock, seed });
  const events: EngineEvent[] = [];
  engine.subscribe((event) => events.push(event));
  const marks: string[] = [];
  for (let i = 0; i < ticks; i += 1) {
    clock.advance(1000);
    engine.tick();
    marks.push(engine.market("BTC-USD")!.markPrice);
  }
  return { engine, events, marks };
}

describe("market maker and simulation ticks", () => {
  it("quotes a ladder around the mark from construction, spacing levels in ticks", () => {
    const engine = new Engine({
      markets: [liveMarket({ markPrice: "100.2", tickSize: "0.5" })],
      clock: new ManualClock(),
    });
    expect(engine.book("BTC-USD")).toMatchObject({
      bids: [
        { price: "100", size: "0.5" },
        { price: "99", size: "0.5" },
        { price: "98", size: "0.5" },
      ],
      asks: [
        { price: "100.5", size: "0.5" },
        { price: "101.5", size: "0.5" },
        { price: "102.5", size: "0.5" },
      ],
    });
    expect(engine.openOrders(engine.marketMakerAccountId)).toHaveLength(6);
  });

  it("walks the mark reproducibly for a seed and re-quotes around it on every tick", () => {
    const a = run(7, 50);
    const b = run(7, 50);
    const c = run(8, 50);
    expect(a.marks).toEqual(b.marks);
    expect(a.events).toEqual(b.events);
    expect(c.marks).not.toEqual(a.marks);
    expect(new Set(a.marks).size).toBeGreaterThan(3);
    const book = a.engine.book("BTC-USD")!;
    const mark = price(a.engine.market("BTC-USD")!.markPrice);
    expect(book.bids).toHaveLength(3);
    expect(price(book.bids[0]!.price) < mark).toBe(true);
    expect(price(book.asks[0]!.price) > mark).toBe(true);
    expect(ofType(a.events, "mark-price-changed").length).toBeGreaterThan(10);
  });

  it("keeps both sides of the book quoted even after a sweep", () => {
    const engine = new Engine({ markets: [liveMarket({ priceWalkTicks: 0 })], clock: new ManualClock() });
    engine.createAccount({ id: "whale", collateral: "1000000" });
    const sweep = place(engine, { ...limit("whale", "buy", "200", "10"), type: "market" });
    expect(sweep.fills.map((f) => f.size)).toEqual(["0.5", "0.5", "0.5"]);
    expect(engine.book("BTC-USD")?.asks).toHaveLength(3);
    expect(engine.position(engine.marketMakerAccountId, "BTC-USD")?.size).toBe("-1.5");
  });

  it("ticks on the clock's timer between start() and stop()", () => {
    const clock = new ManualClock(0);
    const engine = new Engine({ markets: [liveMarket()], clock, seed: 3 });
    const ticks: number[] = [];
    engine.subscribe((event) => {
      if (event.type === "mark-price-changed") ticks.push(event.time);
    });
    clock.advance(5000);
    expect(ticks).toEqual([]);
    engine.start(1000);
    expect(engine.running).toBe(true);
    clock.advance(5000);
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.every((time) => time % 1000 === 0 && time > 5000)).toBe(true);
    engine.stop();
    expect(clock.pendingTimers).toBe(0);
    const count = ticks.length;
    clock.advance(5000);
    expect(ticks.length).toBe(count);
  });

  it("fires conditional orders when the walking mark crosses their trigger", () => {
    const { engine } = run(11, 0);
    engine.createAccount({ id: "t", collateral: "100000" });
    const up = place(engine, {
      ...limit("t", "buy", "200", "0.1"),
      type: "market",
      trigger: { price: "100.5" },
    });
    const down = place(engine, {
      ...limit("t", "sell", "1", "0.1"),
      type: "market",
      trigger: { price: "99.5" },
    });
    const clock = engine.clock as ManualClock;
    for (let i = 0; i < 400 && engine.openOrders("t").length > 0; i += 1) {
      clock.advance(1000);
      engine.tick();
    }
    expect(engine.order(up.order.id)?.status).toBe("filled");
    expect(engine.order(down.order.id)?.status).toBe("filled");
  });
});

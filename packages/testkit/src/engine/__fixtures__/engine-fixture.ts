import { ManualClock } from "../clock.js";
import { Engine } from "../engine.js";
import type { EngineConfig, EngineEvent, MarketConfig, PlaceOrderRequest, PlaceOrderResult } from "../types.js";

/** BTC-like market without the market maker or price walk, so tests control the book and the mark. */
export function quietMarket(overrides: Partial<MarketConfig> = {}): MarketConfig {
  return {
    symbol: "BTC-USD",
    tickSize: "0.5",
    stepSize: "0.001",
    minSize: "0.001",
    maxLeverage: "20",
    defaultLeverage: "10",
    makerFee: "0.0002",
    takerFee: "0.0005",
    fundingIntervalMs: 3_600_000,
    markPrice: "100",
    priceWalkTicks: 0,
    marketMaker: false,
    ...overrides,
  };
}

export interface Fixture {
  engine: Engine;
  clock: ManualClock;
  events: EngineEvent[];
}

export function quietEngine(config: Partial<EngineConfig> = {}, market: Partial<MarketConfig> = {}): Fixture {
  const clock = new ManualClock(1_700_000_000_000);
  const engine = new Engine({ markets: [quietMarket(market)], clock, ...config });
  const events: EngineEvent[] = [];
  engine.subscribe((event) => events.push(event));
  for (const id of ["alice", "bob", "carol"]) engine.createAccount({ id, collateral: "100000" });
  events.length = 0;
  return { engine, clock, events };
}

export function limit(
  accountId: string,
  side: "buy" | "sell",
  price: string,
  size: string,
  extra: Partial<PlaceOrderRequest> = {},
): PlaceOrderRequest {
  return { accountId, market: "BTC-USD", side, type: "limit", price, size, ...extra };
}

/** Places an order that the test expects to be accepted and returns the success result. */
export function place(engine: Engine, request: PlaceOrderRequest): Extract<PlaceOrderResult, { ok: true }> {
  const result = engine.placeOrder(request);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(request)} to be accepted, got ${result.reason}: ${result.message}`);
  return result;
}

export function rejectionOf(result: PlaceOrderResult | { ok: boolean; reason?: string }): string | undefined {
  return result.ok ? undefined : (result as { reason: string }).reason;
}

export function ofType<T extends EngineEvent["type"]>(events: EngineEvent[], type: T): Extract<EngineEvent, { type: T }>[] {
  return events.filter((event): event is Extract<EngineEvent, { type: T }> => event.type === type);
}

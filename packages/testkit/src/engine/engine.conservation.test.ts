import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quietMarket } from "./__fixtures__/engine-fixture.js";
import { ManualClock } from "./clock.js";
import { formatScaled, parseScaled } from "./decimal.js";
import { Engine } from "./engine.js";
import { QUOTE_SCALE } from "./market.js";
import type { SelfTradePrevention, TimeInForce } from "./types.js";

const TRADERS = ["a", "b", "c"] as const;
const money = (text: string): bigint => parseScaled(text, QUOTE_SCALE);
const TICK = 5n; // 0.5 at price scale 1

type Command =
  | {
      kind: "place";
      trader: number;
      side: "buy" | "sell";
      market: boolean;
      offsetTicks: number;
      sizeSteps: number;
      tif: TimeInForce;
      postOnly: boolean;
      reduceOnly: boolean;
      stp: SelfTradePrevention;
      triggerOffsetTicks: number | undefined;
    }
  | { kind: "cancel"; trader: number; pick: number }
  | { kind: "cancelAll"; trader: number }
  | { kind: "modify"; trader: number; pick: number; offsetTicks: number; sizeSteps: number }
  | { kind: "mark"; offsetTicks: number }
  | { kind: "tick"; advanceMs: number }
  | { kind: "rate"; rate: string }
  | { kind: "deposit"; trader: number; amount: string }
  | { kind: "withdraw"; trader: number; amount: string };

const trader = fc.integer({ min: 0, max: TRADERS.length - 1 });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant("place" as const),
      trader,
      side: fc.constantFrom("buy" as const, "sell" as const),
      market: fc.boolean(),
      offsetTicks: fc.integer({ min: -8, max: 8 }),
      sizeSteps: fc.integer({ min: 1, max: 4000 }),
      tif: fc.constantFrom<TimeInForce>("GTC", "IOC", "FOK", "GTT"),
      postOnly: fc.boolean(),
      reduceOnly: fc.boolean(),
      stp: fc.constantFrom<SelfTradePrevention>("expire-taker", "expire-maker", "expire-both", "none"),
      triggerOffsetTicks: fc.option(fc.integer({ min: -6, max: 6 }), { nil: undefined }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancel" as const), trader, pick: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("cancelAll" as const), trader }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("modify" as const),
      trader,
      pick: fc.nat(20),
      offsetTicks: fc.integer({ min: -8, max: 8 }),
      sizeSteps: fc.integer({ min: 1, max: 4000 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("mark" as const),
      offsetTicks: fc.integer({ min: -20, max: 20 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("tick" as const),
      advanceMs: fc.integer({ min: 0, max: 7_200_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("rate" as const),
      rate: fc.constantFrom("0.0001", "-0.00037", "0.000000000000000003", "-0.0123", "0"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("deposit" as const),
      trader,
      amount: fc.constantFrom("1", "0.37", "250"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("withdraw" as const),
      trader,
      amount: fc.constantFrom("1", "99.99", "5000"),
    }),
  },
);

const formatPrice = (units: bigint): string => formatScaled(units, 1);
const sizeText = (steps: bigint): string => formatScaled(steps, 3);

function apply(engine: Engine, clock: ManualClock, cmd: Command, deposits: Map<string, bigint>): void {
  const markUnits = parseScaled(engine.market("BTC-USD")!.markPrice, 1);
  const atMark = (offset: number) => {
    const base = markUnits - (markUnits % TICK);
    const units = base + BigInt(offset) * TICK;
    return formatPrice(units > TICK ? units : TICK);
  };
  switch (cmd.kind) {
    case "place": {
      const accountId = TRADERS[cmd.trader]!;
      const tif: TimeInForce = cmd.market ? (cmd.tif === "FOK" ? "FOK" : "IOC") : cmd.tif;
      engine.placeOrder({
        accountId,
        market: "BTC-USD",
        side: cmd.side,
        type: cmd.market ? "market" : "limit",
        price: atMark(cmd.offsetTicks),
        size: sizeText(BigInt(cmd.sizeSteps)),
        timeInForce: tif,
        ...(tif === "GTT" ? { expiresAt: clock.now() + 3_600_000 } : {}),
        postOnly: cmd.postOnly && !cmd.market && (tif === "GTC" || tif === "GTT"),
        reduceOnly: cmd.reduceOnly,
        selfTradePrevention: cmd.stp,
        ...(cmd.triggerOffsetTicks === undefined
          ? {}
          : { trigger: { price: atMark(cmd.triggerOffsetTicks) } }),
      });
      return;
    }
    case "cancel": {
      const accountId = TRADERS[cmd.trader]!;
      const open = engine.openOrders(accountId);
      const target = open[cmd.pick % Math.max(1, open.length)];
      if (target !== undefined) expect(engine.cancelOrder({ accountId, orderId: target.id }).ok).toBe(true);
      return;
    }
    case "cancelAll":
      engine.cancelAll({ accountId: TRADERS[cmd.trader]! });
      return;
    case "modify": {
      const accountId = TRADERS[cmd.trader]!;
      const open = engine.openOrders(accountId).filter((o) => o.type === "limit");
      const target = open[cmd.pick % Math.max(1, open.length)];
      if (target === undefined) return;
      const size = sizeText(BigInt(cmd.sizeSteps) + parseScaled(target.filledSize, 3));
      engine.modifyOrder({
        accountId,
        orderId: target.id,
        price: atMark(cmd.offsetTicks),
        size,
      });
      return;
    }
    case "mark":
      engine.setMarkPrice("BTC-USD", atMark(cmd.offsetTicks));
      return;
    case "tick":
      clock.advance(cmd.advanceMs);
      engine.tick();
      return;
    case "rate":
      engine.setFundingRate("BTC-USD", cmd.rate);
      return;
    case "deposit": {
      const accountId = TRADERS[cmd.trader]!;
      if (engine.deposit(accountId, cmd.amount).ok)
        deposits.set(accountId, deposits.get(accountId)! + money(cmd.amount));
      return;
    }
    case "withdraw": {
      const accountId = TRADERS[cmd.trader]!;
      if (engine.withdraw(accountId, cmd.amount).ok)
        deposits.set(accountId, deposits.get(accountId)! - money(cmd.amount));
      return;
    }
  }
}

function checkInvariants(engine: Engine, deposits: Map<string, bigint>): void {
  let balances = 0n;
  let unrealized = 0n;
  let realized = 0n;
  let feesPaid = 0n;
  let funding = 0n;
  let positionSum = 0n;
  for (const id of engine.accountIds()) {
    const view = engine.balance(id)!;
    balances += money(view.balance);
    unrealized += money(view.unrealizedPnl);
    realized += money(view.realizedPnl);
    if (id !== engine.feeAccountId) {
      feesPaid += money(view.feesPaid);
      funding += money(view.fundingPnl);
      // Each account's collateral is exactly what came in, plus trading and funding PnL, minus fees.
      expect(money(view.balance)).toBe(
        deposits.get(id)! + money(view.realizedPnl) + money(view.fundingPnl) - money(view.feesPaid),
      );
    }
    for (const position of engine.positions(id)) positionSum += parseScaled(position.size, 3);
  }
  const totalDeposits = [...deposits.values()].reduce((sum, value) => sum + value, 0n);
  // Money is conserved: collateral everywhere (fee account included) plus open PnL at mark equals deposits.
  expect(balances + unrealized).toBe(totalDeposits);
  // Trading is zero-sum: PnL realized so far and PnL still open cancel out across all accounts.
  expect(realized + unrealized).toBe(0n);
  // The fee account holds every fee plus the funding rounding residue, nothing else.
  expect(money(engine.balance(engine.feeAccountId)!.balance)).toBe(feesPaid - funding);
  expect(positionSum).toBe(0n);
  const book = engine.book("BTC-USD")!;
  const bestBid = book.bids[0];
  const bestAsk = book.asks[0];
  if (bestBid !== undefined && bestAsk !== undefined) {
    expect(parseScaled(bestBid.price, 1) < parseScaled(bestAsk.price, 1)).toBe(true);
  }
}

describe("money conservation", () => {
  it("holds across any sequence of orders, fills, mark moves, funding and transfers", () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(command, { minLength: 5, maxLength: 60, size: "max" }),
        (seed, commands) => {
          const clock = new ManualClock(1_700_000_000_000);
          const engine = new Engine({
            markets: [
              quietMarket({
                makerFee: "-0.0001",
                takerFee: "0.0007",
                fundingRate: "0.0001",
                defaultLeverage: "5",
                priceWalkTicks: 2,
                marketMaker: { levels: 3, spacingTicks: 1, sizePerLevel: "0.7" },
              }),
            ],
            clock,
            seed,
            marketMakerCollateral: "1000000",
          });
          engine.subscribe((event) => {
            const key = event.type === "order-rejected" ? `rejected:${event.reason}` : event.type;
            seen.set(key, (seen.get(key) ?? 0) + 1);
          });
          const deposits = new Map<string, bigint>([
            [engine.feeAccountId, 0n],
            [engine.marketMakerAccountId, money("1000000")],
          ]);
          for (const id of TRADERS) {
            engine.createAccount({ id, collateral: "200" });
            deposits.set(id, money("200"));
          }
          for (const cmd of commands) {
            apply(engine, clock, cmd, deposits);
            checkInvariants(engine, deposits);
          }
        },
      ),
      { numRuns: 150 },
    );
    // The generated sequences must actually exercise what the invariant is about.
    for (const type of [
      "trade",
      "funding-paid",
      "order-expired",
      "rejected:insufficient-margin",
      "rejected:post-only-would-take",
    ]) {
      expect(seen.get(type) ?? 0, type).toBeGreaterThan(0);
    }
    expect(seen.get("order-updated") ?? 0).toBeGreaterThan(0);
  });
});

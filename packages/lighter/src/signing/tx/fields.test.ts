import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { parseTxFields } from "./fields.js";

const ENVELOPE = { AccountIndex: 1, ApiKeyIndex: 4, ExpiredAt: 1893456000000, Nonce: 7 };
const LEG = {
  MarketIndex: 0,
  ClientOrderIndex: 1,
  BaseAmount: 10,
  Price: 300000,
  IsAsk: 0,
  Type: 0,
  TimeInForce: 1,
  ReduceOnly: 0,
  TriggerPrice: 0,
  OrderExpiry: 1893456000000,
};

function issuesOf(run: () => unknown): { path: (string | number)[]; message: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error("expected a ValidationError");
}

describe("parseTxFields", () => {
  it("normalises integers to bigint and fills Memo and L1Sig defaults", () => {
    const parsed = parseTxFields("L2Transfer", {
      FromAccountIndex: "12",
      ApiKeyIndex: 4n,
      ToAccountIndex: 13,
      AssetIndex: 3,
      FromRouteType: 0,
      ToRouteType: 0,
      Amount: "-5",
      USDCFee: 0,
      ExpiredAt: 1,
      Nonce: 2,
    });
    expect(parsed.FromAccountIndex).toBe(12n);
    expect(parsed.Amount).toBe(-5n);
    expect(parsed.Memo).toEqual(new Uint8Array(32));
    expect(parsed.L1Sig).toBe("");
  });

  it("takes Withdraw amounts up to 2^64 - 1 (a Go uint64) and refuses negatives", () => {
    const withdraw = { ...ENVELOPE, FromAccountIndex: 1, AssetIndex: 3, RouteType: 0 };
    delete (withdraw as Partial<typeof ENVELOPE>).AccountIndex;
    expect(parseTxFields("L2Withdraw", { ...withdraw, Amount: (1n << 64n) - 1n }).Amount).toBe(
      (1n << 64n) - 1n,
    );
    expect(issuesOf(() => parseTxFields("L2Withdraw", { ...withdraw, Amount: -1 }))).toEqual([
      { path: ["Amount"], message: "must be a uint64 (0 to 18446744073709551615)" },
    ]);
  });

  it("reports every problem at once, each with its path", () => {
    const issues = issuesOf(() =>
      parseTxFields("L2CreateOrder", {
        ...ENVELOPE,
        ...LEG,
        Price: -1,
        IsAsk: "yes",
        Nonce: 1.5,
        Extra: 1,
        Other: 2,
      }),
    );
    // in struct order, unknown keys last
    expect(issues).toEqual([
      { path: ["Price"], message: "must be a uint32 (0 to 4294967295)" },
      { path: ["IsAsk"], message: 'must be an integer (bigint, safe integer or decimal string), got "yes"' },
      {
        path: ["Nonce"],
        message: "must be an integer within ±2^53 (pass larger values as bigint or string)",
      },
      { path: [], message: "unknown fields: Extra, Other" },
    ]);
  });

  it("checks grouped-order legs with indexed paths", () => {
    const base = { ...ENVELOPE, GroupingType: 1 };
    expect(parseTxFields("L2CreateGroupedOrders", { ...base, Orders: [LEG, LEG] }).Orders).toHaveLength(2);
    expect(
      issuesOf(() =>
        parseTxFields("L2CreateGroupedOrders", { ...base, Orders: [LEG, { ...LEG, Type: 256, X: 1 }] }),
      ),
    ).toEqual([
      { path: ["Orders", 1, "Type"], message: "must be a uint8 (0 to 255)" },
      { path: ["Orders", 1], message: "unknown field: X" },
    ]);
    expect(issuesOf(() => parseTxFields("L2CreateGroupedOrders", { ...base, Orders: [] }))[0]?.message).toBe(
      "must hold at least one order",
    );
    expect(
      issuesOf(() => parseTxFields("L2CreateGroupedOrders", { ...base, Orders: [LEG, LEG, LEG, LEG] }))[0]
        ?.message,
    ).toBe("must hold at most 3 orders");
    expect(issuesOf(() => parseTxFields("L2CreateGroupedOrders", { ...base, Orders: "x" }))[0]?.message).toBe(
      "must be an array of order legs",
    );
  });

  it("checks byte fields and the L1 signature", () => {
    const change = { ...ENVELOPE, PubKey: "00".repeat(40) };
    expect(parseTxFields("L2ChangePubKey", { ...change, L1Sig: `0x${"ab".repeat(65)}` }).PubKey).toEqual(
      new Uint8Array(40),
    );
    expect(
      issuesOf(() => parseTxFields("L2ChangePubKey", { ...change, PubKey: "00", L1Sig: "0x12" })),
    ).toEqual([
      { path: ["PubKey"], message: "must be a 40-byte public key (40 bytes, hex or Uint8Array)" },
      { path: ["L1Sig"], message: "must be empty or a 0x-prefixed 65-byte hex EIP-191 signature" },
    ]);
    const { PubKey: _pk, ...withoutKey } = change;
    expect(issuesOf(() => parseTxFields("L2ChangePubKey", withoutKey))).toEqual([
      { path: ["PubKey"], message: "is required" },
    ]);
  });

  it("refuses a non-object and an unknown type", () => {
    expect(() => parseTxFields("L2CancelOrder", null)).toThrow(
      /invalid L2CancelOrder fields: \(root\) must be an object/,
    );
    expect(() => parseTxFields("L2Nope" as "L2CancelOrder", {})).toThrow(/unknown Lighter transaction type/);
  });
});

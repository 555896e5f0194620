import type { OrderBookSnapshot } from "@perp/core";
import { describe, expect, it } from "vitest";
import { bytesToHex, firstTwoSidedBook, hexToBase64, leHexToBigInt, step } from "./steps.js";

function book(bids: [string, string][], asks: [string, string][], sequence: string): OrderBookSnapshot {
  const levels = (side: [string, string][]) => side.map(([price, size]) => ({ price, size }));
  return { symbol: "BTC-USD", bids: levels(bids), asks: levels(asks), sequence, timestamp: 0 };
}

async function* books(...items: OrderBookSnapshot[]): AsyncGenerator<OrderBookSnapshot> {
  yield* items;
}

describe("step", () => {
  it("reports a value or the thrown error with its cause", async () => {
    expect(await step(() => 42)).toEqual({ ok: true, value: 42 });
    const cause = new TypeError("socket closed");
    expect(await step(() => Promise.reject(new Error("no book", { cause })))).toEqual({
      ok: false,
      error: "Error: no book (cause: TypeError: socket closed)",
    });
  });
});

describe("firstTwoSidedBook", () => {
  it("skips books with an empty side and summarises the first two-sided one", async () => {
    const summary = await firstTwoSidedBook(
      books(
        book([["99", "1"]], [], "1"),
        book(
          [
            ["99", "1"],
            ["98", "2"],
          ],
          [["101", "3"]],
          "2",
        ),
      ),
    );
    expect(summary).toEqual({
      symbol: "BTC-USD",
      bidLevels: 2,
      askLevels: 1,
      bestBid: { price: "99", size: "1" },
      bestAsk: { price: "101", size: "3" },
      sequence: "2",
    });
  });

  it("fails when the stream ends without a two-sided book", async () => {
    await expect(firstTwoSidedBook(books(book([], [["101", "1"]], "1")))).rejects.toThrow(
      "ended before it delivered a book with a bid and an ask",
    );
  });
});

describe("encodings", () => {
  it("reads little-endian hex as an integer", () => {
    expect(leHexToBigInt("0100")).toBe(1n);
    expect(leHexToBigInt("0001")).toBe(256n);
    expect(leHexToBigInt("ffffffffffffffff01")).toBe(2n ** 65n - 1n);
    expect(() => leHexToBigInt("abc")).toThrow("little-endian hex");
  });

  it("writes hex and base64 of bytes", () => {
    expect(bytesToHex(new Uint8Array([0, 15, 255]))).toBe("0x000fff");
    expect(hexToBase64("63e4c5")).toBe("Y+TF");
  });
});

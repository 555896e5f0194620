import { describe, expect, it } from "vitest";
import { classifyFrame, toSubscriptionAck } from "./control.js";

describe("classifyFrame", () => {
  it("classifies in the documented order: channel, ack, pong, other", () => {
    expect(classifyFrame({ channel: "tickers", data: [] })).toEqual({
      type: "data",
      channel: "tickers",
      data: [],
    });
    expect(classifyFrame({ result: null, id: 4 })).toEqual({ type: "ack", id: 4 });
    expect(classifyFrame({ data: "PONG" })).toEqual({ type: "pong" });
    expect(classifyFrame({ data: "pong" })).toEqual({ type: "pong" });
    expect(classifyFrame({ data: "hello" })).toEqual({ type: "other" });
    expect(classifyFrame("PONG")).toEqual({ type: "other" });
  });

  it("reads a refusal next to a request id", () => {
    expect(toSubscriptionAck({ id: 3, code: 1121, msg: "unknown symbol" })).toEqual({
      id: 3,
      error: "unknown symbol (code 1121)",
    });
    expect(toSubscriptionAck({ id: 5, error: { msg: "invalid stream" } })).toEqual({
      id: 5,
      error: "invalid stream",
    });
    expect(toSubscriptionAck({ result: null, id: 6 })).toEqual({ id: 6 });
    expect(toSubscriptionAck({ channel: "x@depth", data: {} })).toBeUndefined();
  });
});

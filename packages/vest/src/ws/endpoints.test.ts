import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { channelName, parseChannel } from "./channels.js";
import { closeAction } from "./close-codes.js";
import { vestWsUrl } from "./endpoints.js";

describe("vestWsUrl", () => {
  it("builds the documented public and private URLs", () => {
    expect(vestWsUrl()).toBe(
      "wss://ws-prod.hz.vestmarkets.com/ws-api?version=1.0&xwebsocketserver=restserver0",
    );
    expect(vestWsUrl({ env: "dev", accountGroup: 4 }, "579e1280448d4843b190c50fbd170078")).toBe(
      "wss://ws-dev.hz.vestmarkets.com/ws-api?version=1.0&xwebsocketserver=restserver4&listenKey=579e1280448d4843b190c50fbd170078",
    );
  });

  it("supports the docs' spelling of the group parameter, or none, and adds a missing version", () => {
    expect(vestWsUrl({ url: "ws://127.0.0.1:9/ws-api", accountGroupParam: "websocketserver" })).toBe(
      "ws://127.0.0.1:9/ws-api?version=1.0&websocketserver=restserver0",
    );
    expect(vestWsUrl({ url: "ws://127.0.0.1:9/ws-api?version=1.0", accountGroupParam: false })).toBe(
      "ws://127.0.0.1:9/ws-api?version=1.0",
    );
  });

  it("rejects bad input before connecting", () => {
    expect(() => vestWsUrl({ url: "https://example.com" })).toThrow(ValidationError);
    expect(() => vestWsUrl({ accountGroup: -1 })).toThrow(ValidationError);
    expect(() => vestWsUrl({}, "")).toThrow(ValidationError);
  });
});

describe("channels and close codes", () => {
  it("names channels and reads them back at the last @", () => {
    expect(channelName({ kind: "kline", symbol: "kBONK-PERP", interval: "1m" })).toBe("kBONK-PERP@kline_1m");
    expect(parseChannel("AAPL-USD-PERP@depth")).toEqual({ kind: "depth", symbol: "AAPL-USD-PERP" });
    expect(parseChannel("DOGE-PERP@kline_1M")).toEqual({
      kind: "kline",
      symbol: "DOGE-PERP",
      interval: "1M",
    });
    expect(parseChannel("account_private")).toEqual({ kind: "account" });
    expect(parseChannel("DOGE-PERP@kline_2m")).toBeUndefined();
    expect(() => channelName({ kind: "depth", symbol: "BAD@X" })).toThrow(ValidationError);
    expect(() => channelName({ kind: "kline", symbol: "BTC-PERP", interval: "7m" as "1m" })).toThrow(
      ValidationError,
    );
  });

  it("maps close codes to what the client must do", () => {
    expect([1000, 1006, 1011, 1012].map(closeAction)).toEqual([
      "reconnect",
      "reconnect",
      "reconnect",
      "reconnect",
    ]);
    expect([4000, 4001, 4002, 4003].map(closeAction)).toEqual(["fatal", "fatal", "fatal", "fatal"]);
    expect([4004, 4005].map(closeAction)).toEqual(["renew-listen-key", "renew-listen-key"]);
  });
});

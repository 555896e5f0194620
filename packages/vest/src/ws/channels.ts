import { ValidationError } from "@perp/core";
import { INTERVALS, type VestInterval } from "../schemas/primitives.js";

/** Every symbol's ticker in one message. */
export const TICKERS_CHANNEL = "tickers";
/** The private stream; only on a socket opened with a listen key. */
export const ACCOUNT_CHANNEL = "account_private";

/** What a channel carries: the kind of payload, and the symbol it is about. */
export type VestChannel =
  | { kind: "depth"; symbol: string }
  | { kind: "trades"; symbol: string }
  | { kind: "kline"; symbol: string; interval: VestInterval }
  | { kind: "tickers" }
  | { kind: "account" };

/** The channel name the venue uses in SUBSCRIBE params and in every data frame's `channel`. */
export function channelName(channel: VestChannel): string {
  switch (channel.kind) {
    case "depth":
      return `${checkSymbol(channel.symbol)}@depth`;
    case "trades":
      return `${checkSymbol(channel.symbol)}@trades`;
    case "kline":
      return `${checkSymbol(channel.symbol)}@kline_${checkInterval(channel.interval)}`;
    case "tickers":
      return TICKERS_CHANNEL;
    case "account":
      return ACCOUNT_CHANNEL;
  }
}

/**
 * Reads a channel name back. Split at the last `@`: symbols contain `-` (and `k` prefixes) but
 * never `@`. Undefined for names this SDK does not know.
 */
export function parseChannel(name: string): VestChannel | undefined {
  if (name === TICKERS_CHANNEL) return { kind: "tickers" };
  if (name === ACCOUNT_CHANNEL) return { kind: "account" };
  const at = name.lastIndexOf("@");
  if (at <= 0) return undefined;
  const symbol = name.slice(0, at);
  const stream = name.slice(at + 1);
  if (stream === "depth") return { kind: "depth", symbol };
  if (stream === "trades") return { kind: "trades", symbol };
  if (stream.startsWith("kline_")) {
    const interval = stream.slice("kline_".length);
    if (isInterval(interval)) return { kind: "kline", symbol, interval };
  }
  return undefined;
}

export function isInterval(value: unknown): value is VestInterval {
  return typeof value === "string" && (INTERVALS as readonly string[]).includes(value);
}

function checkSymbol(symbol: string): string {
  if (typeof symbol !== "string" || symbol.length === 0 || symbol.includes("@") || /\s/.test(symbol)) {
    throw new ValidationError(`Invalid Vest symbol ${JSON.stringify(symbol)}`, {
      issues: [
        { path: ["symbol"], message: "expected a non-empty symbol without '@' or spaces, e.g. BTC-PERP" },
      ],
    });
  }
  return symbol;
}

function checkInterval(interval: string): VestInterval {
  if (!isInterval(interval)) {
    throw new ValidationError(`Invalid kline interval ${JSON.stringify(interval)}`, {
      issues: [{ path: ["interval"], message: `expected one of ${INTERVALS.join(", ")}` }],
    });
  }
  return interval;
}

import type { TradeView } from "../../engine/index.js";
import type {
  InboundFrame,
  SimConnection,
  SimUpgradeRequest,
  WebSocketDecision,
} from "../../server/index.js";
import { VEST_CLOSE_CODES as CLOSE, VEST_REQUEST_ERRORS as E } from "./errors.js";
import { isVestInterval } from "./intervals.js";
import { depth, klineRow, type MarketState, streamTicker, streamTrade } from "./render.js";
import type { VestStreams, VestVenue } from "./venue.js";

/** The single WebSocket endpoint; `version=1.0` is mandatory, `listenKey` opens the private stream. */
export const VEST_WS_PATH = "/ws-api";

const ACCOUNT_CHANNEL = "account_private";
const TICKERS_CHANNEL = "tickers";

interface StreamState {
  readonly connection: SimConnection;
  readonly subscriptions: Set<string>;
  readonly accountId: string | undefined;
  /**
   * Vest frames carry no sequence number. This per-connection count of data frames is what the
   * harness's sequence faults act on: a skip drops a frame, a duplicate repeats one.
   */
  seq: number;
}

const CLOSE_REASONS: Readonly<Record<number, string>> = {
  [CLOSE.WRONG_VERSION]: "WRONG_VERSION",
  [CLOSE.ACCOUNT_GROUP_NOT_FOUND]: "ACCOUNT_GROUP_NOT_FOUND",
  [CLOSE.ACCOUNT_GROUP_INVALID]: "ACCOUNT_GROUP_INVALID",
  [CLOSE.LISTEN_KEY_REQUIRED]: "LISTEN_KEY_REQUIRED",
  [CLOSE.LISTEN_KEY_NOT_FOUND]: "LISTEN_KEY_NOT_FOUND",
  [CLOSE.LISTEN_KEY_EXPIRED]: "LISTEN_KEY_EXPIRED",
};

/**
 * Vest's WebSocket API: SUBSCRIBE/UNSUBSCRIBE/PING frames, public channels (`tickers`,
 * `{symbol}@depth` full snapshots, `{symbol}@trades`, `{symbol}@kline_{interval}`) and the
 * `account_private` ORDER/LP/TRANSFER events of the listen key's account.
 */
export class VestStreamHub implements VestStreams {
  readonly #venue: VestVenue;
  readonly #streams = new Map<string, StreamState>();

  constructor(venue: VestVenue) {
    this.#venue = venue;
  }

  decide(request: SimUpgradeRequest): WebSocketDecision {
    if (request.path !== VEST_WS_PATH) return undefined;
    return {
      onOpen: (connection) => this.#open(connection),
      onMessage: (frame, connection) => this.#message(frame, connection),
      onClose: (_info, connection) => {
        this.#streams.delete(connection.id);
      },
    };
  }

  /** The listen key (session) of a connection, if it has one. */
  sessionOf(connectionId: string): string | undefined {
    return this.#streams.get(connectionId)?.connection.session;
  }

  // ---- VestStreams ------------------------------------------------------------------------------

  depthChanged(symbol: string): void {
    this.#publishDepth(symbol);
  }

  trade(state: MarketState, trade: TradeView): void {
    const channel = `${state.market.symbol}@trades`;
    const subscribers = this.#subscribers(channel);
    if (subscribers.length === 0) return;
    const data = streamTrade(trade, state);
    for (const s of subscribers) this.#push(s, channel, data);
  }

  candleChanged(symbol: string): void {
    const state = this.#venue.markets.get(symbol);
    if (state === undefined) return;
    const prefix = `${symbol}@kline_`;
    for (const s of this.#streams.values()) {
      for (const channel of s.subscriptions) {
        if (channel.startsWith(prefix)) this.#pushKline(s, state, channel);
      }
    }
  }

  account(accountId: string, event: "ORDER" | "LP" | "TRANSFER", args: object): void {
    for (const s of this.#subscribers(ACCOUNT_CHANNEL)) {
      if (s.accountId === accountId) this.#push(s, ACCOUNT_CHANNEL, { event, args });
    }
  }

  listenKeyClosed(key: string, code: number): void {
    for (const s of [...this.#streams.values()]) {
      if (s.connection.session === key) s.connection.close(code, CLOSE_REASONS[code] ?? "");
    }
  }

  // ---- periodic frames ----------------------------------------------------------------------------

  publishTickers(): void {
    const subscribers = this.#subscribers(TICKERS_CHANNEL);
    if (subscribers.length === 0) return;
    const data = this.#tickers();
    for (const s of subscribers) this.#push(s, TICKERS_CHANNEL, data);
  }

  publishDepthSnapshots(): void {
    for (const symbol of this.#venue.markets.keys()) this.#publishDepth(symbol);
  }

  // ---- connection life cycle ----------------------------------------------------------------------

  #open(connection: SimConnection): void {
    const opened = this.#admit(connection.query);
    if (typeof opened === "number") {
      this.#close(connection, opened);
      return;
    }
    if (opened.listenKey !== undefined) connection.session = opened.listenKey;
    this.#streams.set(connection.id, {
      connection,
      subscriptions: new Set(),
      accountId: opened.accountId,
      seq: 0,
    });
  }

  /** The close code refusing a new socket, or the account its listen key opens. */
  #admit(query: URLSearchParams): number | { listenKey?: string; accountId?: string } {
    if (query.get("version") !== "1.0") return CLOSE.WRONG_VERSION;
    // Clients spell the routing parameter with an x; the docs' example does not. Both are served.
    const group = query.get("xwebsocketserver") ?? query.get("websocketserver");
    if (group !== null) {
      const match = /^restserver(\d+)$/.exec(group);
      if (match === null) return CLOSE.ACCOUNT_GROUP_INVALID;
      if (Number(match[1]) >= this.#venue.options.accountGroups) return CLOSE.ACCOUNT_GROUP_NOT_FOUND;
    }
    const listenKey = query.get("listenKey");
    if (listenKey === null) return {};
    const key = this.#venue.listenKeys.lookup(listenKey, this.#venue.now());
    if (key === undefined || key.state === "deleted") return CLOSE.LISTEN_KEY_NOT_FOUND;
    if (key.state === "expired") return CLOSE.LISTEN_KEY_EXPIRED;
    return { listenKey, accountId: key.accountId };
  }

  #message(frame: InboundFrame, connection: SimConnection): void {
    const state = this.#streams.get(connection.id);
    if (state === undefined) return;
    const request = frame.json.ok ? frame.json.value : undefined;
    if (request === null || typeof request !== "object" || Array.isArray(request)) {
      connection.send({ id: null, error: { code: E.INVALID_PARAMETER, msg: "Invalid request" } });
      return;
    }
    const { method, params, id } = request as { method?: unknown; params?: unknown; id?: unknown };
    const requestId = typeof id === "number" && Number.isInteger(id) ? id : null;
    switch (method) {
      case "PING":
        connection.send({ data: "PONG" });
        return;
      case "SUBSCRIBE":
      case "UNSUBSCRIBE": {
        const channels =
          Array.isArray(params) && params.every((p) => typeof p === "string") ? params : undefined;
        if (channels === undefined) {
          connection.send({
            id: requestId,
            error: { code: E.INVALID_PARAMETER, msg: "params must be a list of channels" },
          });
          return;
        }
        if (method === "UNSUBSCRIBE") {
          for (const channel of channels) state.subscriptions.delete(channel);
          connection.send({ result: null, id: requestId });
          return;
        }
        this.#subscribe(state, channels, requestId);
        return;
      }
      default:
        connection.send({ id: requestId, error: { code: E.INVALID_PARAMETER, msg: "Unknown method" } });
    }
  }

  /** A batch is all-or-nothing: one unknown channel refuses the whole SUBSCRIBE. */
  #subscribe(state: StreamState, channels: readonly string[], requestId: number | null): void {
    for (const channel of channels) {
      if (channel === ACCOUNT_CHANNEL && state.accountId === undefined) {
        this.#close(state.connection, CLOSE.LISTEN_KEY_REQUIRED);
        return;
      }
      if (!this.#validChannel(channel)) {
        state.connection.send({
          id: requestId,
          error: { code: E.BAD_SYMBOL, msg: `Invalid channel ${channel}` },
        });
        return;
      }
    }
    const added = channels.filter((c) => !state.subscriptions.has(c));
    for (const channel of added) state.subscriptions.add(channel);
    state.connection.send({ result: null, id: requestId });
    for (const channel of added) this.#initialFrame(state, channel);
  }

  #validChannel(channel: string): boolean {
    if (channel === ACCOUNT_CHANNEL || channel === TICKERS_CHANNEL) return true;
    const at = channel.lastIndexOf("@");
    if (at < 0) return false;
    const symbol = channel.slice(0, at);
    const stream = channel.slice(at + 1);
    if (!this.#venue.markets.has(symbol)) return false;
    if (stream === "depth" || stream === "trades") return true;
    return stream.startsWith("kline_") && isVestInterval(stream.slice("kline_".length));
  }

  /** What a new subscriber sees at once: the book, the tickers, the current candle. */
  #initialFrame(state: StreamState, channel: string): void {
    if (channel === TICKERS_CHANNEL) {
      this.#push(state, channel, this.#tickers());
      return;
    }
    const at = channel.lastIndexOf("@");
    const market = this.#venue.markets.get(channel.slice(0, at));
    if (market === undefined) return;
    const stream = channel.slice(at + 1);
    if (stream === "depth")
      this.#push(state, channel, depth(this.#venue.engine, market, this.#venue.options.depthLevels));
    else if (stream.startsWith("kline_")) this.#pushKline(state, market, channel);
  }

  #publishDepth(symbol: string): void {
    const channel = `${symbol}@depth`;
    const subscribers = this.#subscribers(channel);
    const market = this.#venue.markets.get(symbol);
    if (subscribers.length === 0 || market === undefined) return;
    const data = depth(this.#venue.engine, market, this.#venue.options.depthLevels);
    for (const s of subscribers) this.#push(s, channel, data);
  }

  #pushKline(state: StreamState, market: MarketState, channel: string): void {
    const interval = channel.slice(channel.lastIndexOf("_") + 1);
    if (!isVestInterval(interval)) return;
    const candle = market.candles.candles(interval, this.#venue.now(), 1).at(-1);
    if (candle !== undefined) this.#push(state, channel, klineRow(candle, market, true));
  }

  #tickers() {
    const now = this.#venue.now();
    const traders = this.#venue.traders();
    return [...this.#venue.markets.values()].map((m) => streamTicker(this.#venue.engine, m, traders, now));
  }

  #subscribers(channel: string): StreamState[] {
    return [...this.#streams.values()].filter((s) => s.subscriptions.has(channel));
  }

  #push(state: StreamState, channel: string, data: unknown): void {
    state.seq += 1;
    state.connection.sendSequenced({ channel, data }, state.seq);
  }

  #close(connection: SimConnection, code: number): void {
    connection.close(code, CLOSE_REASONS[code] ?? "");
  }
}

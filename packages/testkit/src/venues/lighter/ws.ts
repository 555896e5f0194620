import Big from "big.js";
import type { BookLevel } from "../../engine/index.js";
import type {
  InboundFrame,
  SimConnection,
  SimUpgradeRequest,
  WebSocketDecision,
} from "../../server/index.js";
import { stringifyJson } from "../shared/json.js";
import { authenticate } from "./auth.js";
import { LIGHTER_ERROR_CODES as E, LighterApiError } from "./errors.js";
import {
  bookLevels,
  dailyStats,
  priceText,
  renderOrder,
  renderPosition,
  renderStats,
  renderTrade,
  renderTx,
  sizeText,
} from "./render.js";
import type { LighterAccount, LighterMarket, OrderMeta, TradeRecord, TxRecord } from "./state.js";
import type { TxProcessor } from "./transactions.js";
import type { AccountChange, LighterStreams, LighterVenue } from "./venue.js";

/** The single WebSocket endpoint. */
export const LIGHTER_WS_PATH = "/stream";
/** Close code when a client leaves the server's `{"type":"ping"}` unanswered for a whole period. */
export const LIGHTER_NO_PONG_CLOSE = 1008;

const SNAPSHOT_TRADES = 50;

type Family =
  | "order_book"
  | "ticker"
  | "market_stats"
  | "trade"
  | "height"
  | "account_all"
  | "account_market"
  | "user_stats"
  | "account_tx"
  | "account_all_orders"
  | "account_orders"
  | "account_all_trades"
  | "account_all_positions";

/** Channel families by segment count after the name: M = market id, A = account index. */
const FAMILIES: Readonly<Record<Family, { args: readonly ("M" | "M*" | "A")[]; auth: boolean }>> = {
  order_book: { args: ["M"], auth: false },
  ticker: { args: ["M"], auth: false },
  market_stats: { args: ["M*"], auth: false },
  trade: { args: ["M"], auth: false },
  height: { args: [], auth: false },
  account_all: { args: ["A"], auth: false },
  account_market: { args: ["M", "A"], auth: true },
  user_stats: { args: ["A"], auth: false },
  account_tx: { args: ["A"], auth: true },
  account_all_orders: { args: ["A"], auth: true },
  account_orders: { args: ["M", "A"], auth: true },
  account_all_trades: { args: ["A"], auth: true },
  account_all_positions: { args: ["A"], auth: true },
};

interface Subscription {
  readonly family: Family;
  /** As subscribed ("order_book/0"). */
  readonly name: string;
  /** As echoed in server frames ("order_book:0"). */
  readonly echo: string;
  /** undefined for `market_stats/all` and account-wide channels. */
  readonly market: LighterMarket | undefined;
  readonly account: LighterAccount | undefined;
}

interface StreamState {
  readonly connection: SimConnection;
  readonly subscriptions: Map<string, Subscription>;
  /** A frame arrived since the last server ping. */
  heard: boolean;
  pinged: boolean;
  /** Top of book last sent on each `ticker` subscription. */
  readonly tickers: Map<number, string>;
}

/**
 * Lighter's `/stream`: `connected` greeting, subscribe/unsubscribe with `subscribed/*` snapshots and
 * `update/*` frames, order books whose updates chain `begin_nonce` to the previous `nonce`, auth
 * tokens on account channels, app-level ping/pong with a 1008 "no pong" close, and
 * `jsonapi/sendtx(batch)` transactions.
 */
export class LighterStreamHub implements LighterStreams {
  readonly #venue: LighterVenue;
  readonly #txs: TxProcessor;
  readonly #streams = new Map<string, StreamState>();
  #offset = 0;
  #sessions = 0;

  constructor(venue: LighterVenue, txs: TxProcessor) {
    this.#venue = venue;
    this.#txs = txs;
  }

  decide(request: SimUpgradeRequest): WebSocketDecision {
    if (request.path !== LIGHTER_WS_PATH) return undefined;
    return {
      onOpen: (connection) => this.#open(connection),
      onMessage: (frame, connection) => {
        this.#message(frame, connection).catch((error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          connection.send({ error: { code: E.INTERNAL, message: `internal server error: ${message}` } });
        });
      },
      onClose: (_info, connection) => {
        this.#streams.delete(connection.id);
      },
    };
  }

  // ---- LighterStreams -----------------------------------------------------------------------------

  book(
    market: LighterMarket,
    bids: readonly BookLevel[],
    asks: readonly BookLevel[],
    beginNonce: bigint,
  ): void {
    const m = market.config;
    for (const s of this.#subscribers("order_book", market)) {
      this.#sendBook(s, market, bookLevels(m, asks), bookLevels(m, bids), beginNonce, "update");
    }
    this.#publishTickers(market);
  }

  trades(market: LighterMarket, trades: readonly TradeRecord[]): void {
    const rendered = trades.map((t) => renderTrade(market.config, t));
    for (const s of this.#subscribers("trade", market)) {
      this.#send(s, "update", { trades: rendered, liquidation_trades: [] });
    }
    this.markChanged(market);
  }

  markChanged(market: LighterMarket): void {
    for (const state of this.#streams.values()) {
      for (const sub of state.subscriptions.values()) {
        if (sub.family === "market_stats" && (sub.market === undefined || sub.market === market)) {
          this.#sendStats(state, sub, "update");
        }
      }
    }
  }

  account(account: LighterAccount, change: AccountChange): void {
    for (const state of this.#streams.values()) {
      for (const sub of state.subscriptions.values()) {
        if (sub.account === account) this.#accountUpdate(state, sub, change);
      }
    }
  }

  tx(account: LighterAccount, tx: TxRecord): void {
    for (const state of this.#streams.values()) {
      for (const sub of state.subscriptions.values()) {
        if (sub.family === "account_tx" && sub.account === account) {
          this.#frame(state, sub, "update", { txs: [renderTx(tx)] });
        }
      }
    }
  }

  height(height: number): void {
    for (const state of this.#streams.values()) {
      const sub = state.subscriptions.get("height");
      if (sub !== undefined) this.#frame(state, sub, "update", { height });
    }
  }

  /** Periodic `market_stats` frames (the real venue streams them continuously). */
  publishStats(): void {
    for (const market of this.#venue.markets.values()) this.markChanged(market);
  }

  // ---- connection life cycle ------------------------------------------------------------------------

  #open(connection: SimConnection): void {
    const state: StreamState = {
      connection,
      subscriptions: new Map(),
      heard: true,
      pinged: false,
      tickers: new Map(),
    };
    this.#streams.set(connection.id, state);
    this.#sessions += 1;
    connection.send({ type: "connected", session_id: `sim-${this.#venue.options.seed}-${this.#sessions}` });
    const interval = this.#venue.options.pingIntervalMs;
    if (interval > 0) {
      connection.setInterval(() => {
        if (state.pinged && !state.heard) {
          connection.close(LIGHTER_NO_PONG_CLOSE, "no pong");
          return;
        }
        state.pinged = true;
        state.heard = false;
        connection.send({ type: "ping" });
      }, interval);
    }
  }

  async #message(frame: InboundFrame, connection: SimConnection): Promise<void> {
    const state = this.#streams.get(connection.id);
    if (state === undefined) return;
    state.heard = true;
    if (!frame.json.ok) {
      connection.send({ error: { code: E.WS_INVALID_JSON, message: "Invalid Json" } });
      return;
    }
    const request = frame.json.value;
    if (request === null || typeof request !== "object" || Array.isArray(request)) {
      connection.send({ error: { code: E.WS_INVALID_TYPE, message: "Invalid Type" } });
      return;
    }
    const message = request as Record<string, unknown>;
    switch (message.type) {
      case "ping":
        connection.send({ type: "pong" });
        return;
      case "pong":
        return;
      case "subscribe":
        this.#subscribe(state, message);
        return;
      case "unsubscribe":
        this.#unsubscribe(state, message);
        return;
      case "jsonapi/sendtx":
      case "jsonapi/sendtxbatch":
        await this.#sendTx(state, message.type, message.data);
        return;
      default:
        connection.send({ error: { code: E.WS_INVALID_TYPE, message: "Invalid Type" } });
    }
  }

  #parseChannel(name: string): Omit<Subscription, "name"> | undefined {
    const [family, ...args] = name.split("/");
    const spec = FAMILIES[family as Family];
    if (spec === undefined || args.length !== spec.args.length) return undefined;
    let market: LighterMarket | undefined;
    let account: LighterAccount | undefined;
    for (const [i, kind] of spec.args.entries()) {
      const arg = args[i]!;
      if (kind === "M*" && arg === "all") continue;
      if (!/^\d{1,20}$/.test(arg)) return undefined;
      if (kind === "A") {
        account = this.#venue.account(BigInt(arg));
        if (account === undefined) return undefined;
      } else {
        market = this.#venue.markets.get(Number(arg));
        if (market === undefined) return undefined;
      }
    }
    const f = family as Family;
    // account_market echoes the slash form and account_orders drops the account (seen live).
    const echo =
      f === "height"
        ? "height"
        : f === "account_market"
          ? name
          : f === "account_orders"
            ? `account_orders:${args[0]}`
            : `${f}:${args.join(":")}`;
    return { family: f, echo, market, account };
  }

  #subscribe(state: StreamState, message: Record<string, unknown>): void {
    const connection = state.connection;
    const name = typeof message.channel === "string" ? message.channel : "";
    const parsed = this.#parseChannel(name);
    if (parsed === undefined) {
      connection.send({ error: { code: E.WS_INVALID_CHANNEL, message: "Invalid Channel" } });
      return;
    }
    if (state.subscriptions.has(name)) {
      connection.send({ error: { code: E.WS_ALREADY_SUBSCRIBED, message: `Already Subscribed to ${name}` } });
      return;
    }
    const needsAuth =
      FAMILIES[parsed.family].auth ||
      (parsed.family === "account_all" && this.#venue.options.accountAllRequiresAuth);
    const auth = typeof message.auth === "string" ? message.auth : undefined;
    if (needsAuth || auth !== undefined) {
      try {
        authenticate(this.#venue, auth, parsed.account?.index);
      } catch (error) {
        if (!(error instanceof LighterApiError)) throw error;
        connection.send({ error: { code: error.code, message: error.message } });
        return;
      }
    }
    const sub: Subscription = { ...parsed, name };
    state.subscriptions.set(name, sub);
    if (sub.account !== undefined) connection.session ??= sub.account.index.toString();
    this.#snapshot(state, sub);
  }

  #unsubscribe(state: StreamState, message: Record<string, unknown>): void {
    const name = typeof message.channel === "string" ? message.channel : "";
    const sub = state.subscriptions.get(name);
    if (sub === undefined) {
      state.connection.send({ error: { code: E.WS_NOT_SUBSCRIBED, message: `Not Subscribed to ${name}` } });
      return;
    }
    state.subscriptions.delete(name);
    state.connection.send({ type: "unsubscribed", channel: sub.echo });
  }

  async #sendTx(
    state: StreamState,
    type: "jsonapi/sendtx" | "jsonapi/sendtxbatch",
    data: unknown,
  ): Promise<void> {
    const body = (data !== null && typeof data === "object" ? data : {}) as Record<string, unknown>;
    const id = typeof body.id === "string" || typeof body.id === "number" ? body.id : undefined;
    try {
      let result: Record<string, unknown>;
      if (type === "jsonapi/sendtx") {
        const txType = body.tx_type;
        if (typeof txType !== "number" || !Number.isInteger(txType)) {
          throw new LighterApiError(E.INVALID_PARAM, 'invalid param: : field "tx_type" is not set');
        }
        result = { tx_hash: await this.#txs.submit(txType, body.tx_info) };
      } else {
        const types = typeof body.tx_types === "string" ? (JSON.parse(body.tx_types) as unknown) : undefined;
        const infos = typeof body.tx_infos === "string" ? (JSON.parse(body.tx_infos) as unknown) : undefined;
        if (!Array.isArray(types) || !Array.isArray(infos) || !types.every((t) => Number.isInteger(t))) {
          throw new LighterApiError(E.INVALID_PARAM, "invalid param: tx_types/tx_infos");
        }
        result = {
          tx_hashes: await this.#txs.submitBatch(types as number[], infos, this.#venue.options.maxWsBatch),
        };
      }
      state.connection.send(stringifyJson({ type, id, code: 200, message: "", ...result }));
    } catch (error) {
      const failure =
        error instanceof LighterApiError
          ? error
          : error instanceof SyntaxError
            ? new LighterApiError(E.INVALID_PARAM, "invalid param: tx_types/tx_infos")
            : undefined;
      if (failure === undefined) throw error;
      state.connection.send(
        stringifyJson({
          type,
          id,
          code: failure.code,
          message: failure.message,
          error: { code: failure.code, message: failure.message },
        }),
      );
    }
  }

  // ---- frames --------------------------------------------------------------------------------------

  #subscribers(family: Family, market: LighterMarket): { state: StreamState; sub: Subscription }[] {
    const out: { state: StreamState; sub: Subscription }[] = [];
    for (const state of this.#streams.values()) {
      for (const sub of state.subscriptions.values()) {
        if (sub.family === family && sub.market === market) out.push({ state, sub });
      }
    }
    return out;
  }

  #send(
    target: { state: StreamState; sub: Subscription },
    kind: "subscribed" | "update",
    payload: object,
  ): void {
    this.#frame(target.state, target.sub, kind, payload);
  }

  #frame(state: StreamState, sub: Subscription, kind: "subscribed" | "update", payload: object): void {
    state.connection.send(
      stringifyJson({
        channel: sub.echo,
        ...payload,
        timestamp: this.#venue.now(),
        type: `${kind}/${sub.family}`,
      }),
    );
  }

  #sendBook(
    target: { state: StreamState; sub: Subscription },
    market: LighterMarket,
    asks: object[],
    bids: object[],
    beginNonce: bigint,
    kind: "subscribed" | "update",
  ): void {
    this.#offset += 1;
    const micros = this.#venue.now() * 1000;
    const frame = {
      channel: target.sub.echo,
      last_updated_at: micros,
      offset: this.#offset,
      order_book: {
        code: 0,
        asks,
        bids,
        offset: this.#offset,
        nonce: market.bookNonce,
        last_updated_at: micros,
        begin_nonce: beginNonce,
      },
      timestamp: this.#venue.now(),
      type: `${kind}/order_book`,
    };
    target.state.connection.sendSequenced(stringifyJson(frame), market.bookNonce);
  }

  #publishTickers(market: LighterMarket): void {
    const subscribers = this.#subscribers("ticker", market);
    if (subscribers.length === 0) return;
    const ticker = this.#ticker(market);
    const key = JSON.stringify(ticker);
    for (const target of subscribers) {
      if (target.state.tickers.get(market.config.marketId) === key) continue;
      target.state.tickers.set(market.config.marketId, key);
      this.#send(target, "update", { ticker });
    }
  }

  #ticker(market: LighterMarket) {
    const m = market.config;
    const book = this.#venue.engine.book(m.symbol, 1)!;
    const level = (l: BookLevel | undefined) =>
      l === undefined
        ? { price: "0", size: "0" }
        : { price: priceText(m, l.price), size: sizeText(m, l.size) };
    return { s: m.symbol, a: level(book.asks[0]), b: level(book.bids[0]) };
  }

  #marketStats(market: LighterMarket) {
    const m = market.config;
    const view = this.#venue.engine.market(m.symbol)!;
    const stats = dailyStats(m, market.trades, this.#venue.now());
    return {
      market_id: m.marketId,
      index_price: priceText(m, view.indexPrice),
      mark_price: priceText(m, view.markPrice),
      open_interest: "0",
      last_trade_price: stats.lastTradePrice,
      current_funding_rate: new Big(view.fundingRate).times(100).toFixed(4),
      funding_rate: new Big(view.fundingRate).times(100).toFixed(4),
      funding_timestamp: view.nextFundingAt,
      daily_base_token_volume: stats.baseVolume.toNumber(),
      daily_quote_token_volume: stats.quoteVolume.toNumber(),
      daily_price_low: Number(stats.low),
      daily_price_high: Number(stats.high),
      daily_price_change: stats.changePercent,
    };
  }

  #sendStats(state: StreamState, sub: Subscription, kind: "subscribed" | "update"): void {
    const stats =
      sub.market === undefined
        ? Object.fromEntries(
            [...this.#venue.markets.values()].map((m) => [String(m.config.marketId), this.#marketStats(m)]),
          )
        : this.#marketStats(sub.market);
    this.#frame(state, sub, kind, { market_stats: stats });
  }

  #snapshot(state: StreamState, sub: Subscription): void {
    const venue = this.#venue;
    const market = sub.market;
    switch (sub.family) {
      case "order_book": {
        const book = venue.engine.book(market!.config.symbol, venue.options.bookDepth)!;
        const m = market!.config;
        this.#sendBook(
          { state, sub },
          market!,
          bookLevels(m, book.asks),
          bookLevels(m, book.bids),
          0n,
          "subscribed",
        );
        return;
      }
      case "ticker": {
        const ticker = this.#ticker(market!);
        state.tickers.set(market!.config.marketId, JSON.stringify(ticker));
        this.#frame(state, sub, "subscribed", { ticker });
        return;
      }
      case "market_stats":
        this.#sendStats(state, sub, "subscribed");
        return;
      case "trade":
        this.#frame(state, sub, "subscribed", {
          trades: market!.trades
            .slice(-SNAPSHOT_TRADES)
            .reverse()
            .map((t) => renderTrade(market!.config, t)),
        });
        return;
      case "height":
        this.#frame(state, sub, "subscribed", { height: venue.blockHeight });
        return;
      default:
        this.#accountSnapshot(state, sub);
    }
  }

  // ---- account channels -----------------------------------------------------------------------------

  #markets(sub: Subscription): LighterMarket[] {
    return sub.market === undefined ? [...this.#venue.markets.values()] : [sub.market];
  }

  #ordersByMarket(metas: readonly OrderMeta[], sub: Subscription): Record<string, object[]> {
    const out: Record<string, object[]> = {};
    for (const meta of metas) {
      if (sub.market !== undefined && meta.marketId !== sub.market.config.marketId) continue;
      const market = this.#venue.markets.get(meta.marketId)!;
      pushTo(out, String(meta.marketId), renderOrder(market.config, meta));
    }
    return out;
  }

  #tradesByMarket(records: readonly TradeRecord[], sub: Subscription): Record<string, object[]> {
    const out: Record<string, object[]> = {};
    for (const record of records) {
      if (sub.market !== undefined && record.marketId !== sub.market.config.marketId) continue;
      pushTo(
        out,
        String(record.marketId),
        renderTrade(this.#venue.markets.get(record.marketId)!.config, record),
      );
    }
    return out;
  }

  #positions(account: LighterAccount, markets: Iterable<LighterMarket>): Record<string, object> {
    const open = this.#venue.engine.openOrders(account.engineId);
    const out: Record<string, object> = {};
    for (const market of markets) {
      const position = this.#venue.engine.position(account.engineId, market.config.symbol);
      out[String(market.config.marketId)] = renderPosition(market.config, account, position, open);
    }
    return out;
  }

  #userStats(account: LighterAccount) {
    const stats = renderStats(this.#venue.engine.balance(account.engineId)!);
    return { ...stats, cross_stats: stats, total_stats: stats };
  }

  #accountSnapshot(state: StreamState, sub: Subscription): void {
    const venue = this.#venue;
    const account = sub.account!;
    const ids = { account: account.index, account_id: account.index };
    const active = venue.engine
      .openOrders(account.engineId, sub.market?.config.symbol)
      .map((o) => venue.metas.get(o.id))
      .filter((m): m is OrderMeta => m !== undefined);
    const recentTrades = account.trades.slice(-SNAPSHOT_TRADES).reverse();
    switch (sub.family) {
      case "account_all":
        this.#frame(state, sub, "subscribed", {
          ...ids,
          orders: this.#ordersByMarket(active, sub),
          positions: this.#positions(account, this.#markets(sub)),
          trades: this.#tradesByMarket(recentTrades, sub),
          funding_histories: {},
          shares: [],
        });
        return;
      case "account_market":
        this.#frame(state, sub, "subscribed", {
          ...ids,
          market_id: sub.market!.config.marketId,
          orders: active.map((m) => renderOrder(sub.market!.config, m)),
          positions: this.#positions(account, [sub.market!]),
          trades: this.#tradesByMarket(recentTrades, sub)[String(sub.market!.config.marketId)] ?? [],
        });
        return;
      case "account_all_orders":
      case "account_orders":
        this.#frame(state, sub, "subscribed", {
          ...ids,
          ...(sub.market === undefined ? {} : { market_id: sub.market.config.marketId }),
          orders: this.#ordersByMarket(active, sub),
        });
        return;
      case "account_all_trades":
        this.#frame(state, sub, "subscribed", {
          ...ids,
          trades: this.#tradesByMarket(recentTrades, sub),
          total_volume: usdVolume(account.trades),
        });
        return;
      case "account_all_positions":
        this.#frame(state, sub, "subscribed", {
          ...ids,
          positions: this.#positions(account, this.#markets(sub)),
        });
        return;
      case "user_stats":
        this.#frame(state, sub, "subscribed", { ...ids, stats: this.#userStats(account) });
        return;
      case "account_tx":
        this.#frame(state, sub, "subscribed", {
          ...ids,
          txs: account.txs.slice(-SNAPSHOT_TRADES).reverse().map(renderTx),
        });
        return;
      default:
        return;
    }
  }

  #accountUpdate(state: StreamState, sub: Subscription, change: AccountChange): void {
    const account = sub.account!;
    const ids = { account: account.index, account_id: account.index };
    const inScope = (marketId: number) => sub.market === undefined || sub.market.config.marketId === marketId;
    const orders = change.orders.filter((m) => inScope(m.marketId));
    const trades = change.trades.filter((t) => inScope(t.marketId));
    const positionMarkets = [...change.positions]
      .filter(inScope)
      .map((id) => this.#venue.markets.get(id)!)
      .filter((m) => m !== undefined);
    switch (sub.family) {
      case "account_all":
        if (orders.length + trades.length + positionMarkets.length + change.fundings.length === 0) return;
        this.#frame(state, sub, "update", {
          ...ids,
          orders: this.#ordersByMarket(orders, sub),
          positions: this.#positions(account, positionMarkets),
          trades: this.#tradesByMarket(trades, sub),
          funding_histories: groupFundings(change),
        });
        return;
      case "account_market":
        if (orders.length + trades.length + positionMarkets.length === 0) return;
        this.#frame(state, sub, "update", {
          ...ids,
          market_id: sub.market!.config.marketId,
          orders: orders.map((m) => renderOrder(sub.market!.config, m)),
          positions: this.#positions(account, positionMarkets),
          trades: trades.map((t) => renderTrade(sub.market!.config, t)),
        });
        return;
      case "account_all_orders":
      case "account_orders":
        if (orders.length === 0) return;
        this.#frame(state, sub, "update", {
          ...ids,
          ...(sub.market === undefined ? {} : { market_id: sub.market.config.marketId }),
          orders: this.#ordersByMarket(orders, sub),
        });
        return;
      case "account_all_trades":
        if (trades.length === 0) return;
        this.#frame(state, sub, "update", {
          ...ids,
          trades: this.#tradesByMarket(trades, sub),
          total_volume: usdVolume(account.trades),
        });
        return;
      case "account_all_positions":
        if (positionMarkets.length === 0) return;
        this.#frame(state, sub, "update", { ...ids, positions: this.#positions(account, positionMarkets) });
        return;
      case "user_stats":
        if (!change.balance && positionMarkets.length === 0) return;
        this.#frame(state, sub, "update", { ...ids, stats: this.#userStats(account) });
        return;
      default:
        return;
    }
  }
}

function usdVolume(trades: readonly TradeRecord[]): number {
  return trades
    .reduce((sum, t) => sum.plus(new Big(t.trade.price).times(t.trade.size)), new Big(0))
    .toNumber();
}

function groupFundings(change: AccountChange): Record<string, object[]> {
  const out: Record<string, object[]> = {};
  for (const f of change.fundings) {
    pushTo(out, String(f.marketId), {
      timestamp: Math.floor(f.timestamp / 1000),
      market_id: f.marketId,
      funding_id: f.fundingId,
      change: f.change,
      rate: f.rate,
      position_size: f.positionSize,
      position_side: f.positionSide,
    });
  }
  return out;
}

function pushTo<T>(groups: Record<string, T[]>, key: string, item: T): void {
  const group = groups[key];
  if (group === undefined) groups[key] = [item];
  else group.push(item);
}

import Big from "big.js";
import type { OrderView } from "../../engine/index.js";
import type { SimHttpRequest, SimHttpResponse, SimHttpResult } from "../../server/index.js";
import { parseJson } from "../shared/json.js";
import { authenticate } from "./auth.js";
import { buildCandles, RESOLUTIONS } from "./candles.js";
import { LIGHTER_ERROR_CODES as E, errorResponse, LighterApiError, okResponse } from "./errors.js";
import {
  dailyStats,
  priceText,
  renderAsset,
  renderOrder,
  renderOrderBook,
  renderOrderBookDetail,
  renderPosition,
  renderStats,
  renderTrade,
  renderTx,
  sizeText,
  usdc,
} from "./render.js";
import type { LighterAccount, LighterMarket, OrderMeta, TradeRecord } from "./state.js";
import type { TxProcessor } from "./transactions.js";
import type { LighterVenue } from "./venue.js";

/** Every REST path sits under this prefix (plus `GET /` and `GET /info`). */
export const LIGHTER_REST_PREFIX = "/api/v1";

const ALL_MARKETS = 255;

/** A request's parameters: query string merged with a form body (POST). */
class Params {
  readonly #values: URLSearchParams;

  constructor(values: URLSearchParams) {
    this.#values = values;
  }

  text(name: string): string | undefined {
    const value = this.#values.get(name);
    return value === null || value === "" ? undefined : value;
  }

  required(name: string): string {
    const value = this.text(name);
    if (value === undefined) throw invalidParam(name);
    return value;
  }

  int(name: string, fallback?: bigint): bigint {
    const value = this.text(name);
    if (value === undefined) {
      if (fallback === undefined) throw invalidParam(name);
      return fallback;
    }
    if (!/^-?\d{1,20}$/.test(value)) throw invalidParam(name);
    return BigInt(value);
  }

  number(name: string, fallback?: number): number {
    return Number(this.int(name, fallback === undefined ? undefined : BigInt(fallback)));
  }

  limit(max: number, required = true): number {
    const limit = this.number("limit", required ? undefined : max);
    if (limit < 1 || limit > max) throw invalidParam("limit");
    return limit;
  }

  get raw(): URLSearchParams {
    return this.#values;
  }
}

function invalidParam(name: string): LighterApiError {
  return new LighterApiError(E.INVALID_PARAM, `invalid param: ${name}`);
}

function notFound(what: string): LighterApiError {
  return new LighterApiError(E.NOT_FOUND, `${what} not found`);
}

async function formOf(request: SimHttpRequest): Promise<URLSearchParams> {
  const merged = new URLSearchParams(request.query);
  if (request.method !== "POST" || request.body.length === 0) return merged;
  const type = request.headers["content-type"] ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
    // Posting JSON is refused the way sendTx refuses it: the form fields are simply missing.
    return merged;
  }
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(request.body), { headers: { "content-type": type } }).formData();
  } catch {
    throw new LighterApiError(E.INVALID_PARAM, "invalid param: malformed form body");
  }
  for (const [key, value] of form) if (typeof value === "string") merged.set(key, value);
  return merged;
}

/** Lighter's REST API over the venue, or undefined for paths it does not serve. */
export async function handleLighterRest(
  request: SimHttpRequest,
  venue: LighterVenue,
  txs: TxProcessor,
): Promise<SimHttpResult> {
  const route = routeOf(request.method, request.path);
  if (route === undefined) return undefined;
  try {
    const params = new Params(await formOf(request));
    const token = request.headers.authorization ?? params.text("auth");
    return await route({ venue, txs, params, token });
  } catch (error) {
    if (error instanceof LighterApiError) return errorResponse(error);
    throw error;
  }
}

interface Ctx {
  readonly venue: LighterVenue;
  readonly txs: TxProcessor;
  readonly params: Params;
  readonly token: string | undefined;
}

type Route = (ctx: Ctx) => SimHttpResponse | Promise<SimHttpResponse>;

function routeOf(method: string, path: string): Route | undefined {
  if (method === "GET" && path === "/") return status;
  if (method === "GET" && path === "/info")
    return () => okResponse({ contract_address: SIM_CONTRACT }, false);
  if (!path.startsWith(`${LIGHTER_REST_PREFIX}/`)) return undefined;
  const name = path.slice(LIGHTER_REST_PREFIX.length + 1);
  if (method === "POST") return name === "sendTx" ? sendTx : name === "sendTxBatch" ? sendTxBatch : undefined;
  return method === "GET" ? GET_ROUTES[name] : undefined;
}

/** The simulator has no L1 contract; `/info` reports the zero address. */
const SIM_CONTRACT = "0x0000000000000000000000000000000000000000";

const GET_ROUTES: Readonly<Record<string, Route>> = {
  orderBooks: ({ venue, params }) =>
    okResponse({
      order_books: selectMarkets(venue, params).map((m) => renderOrderBook(m.config, venue.startedAt)),
    }),
  orderBookDetails: ({ venue, params }) =>
    okResponse({
      order_book_details: selectMarkets(venue, params).map((m) =>
        renderOrderBookDetail(
          venue.engine,
          m.config,
          dailyStats(m.config, m.trades, venue.now()),
          venue.startedAt,
        ),
      ),
      spot_order_book_details: [],
    }),
  orderBookOrders,
  recentTrades: ({ venue, params }) => {
    const market = marketParam(venue, params);
    const limit = params.limit(100);
    return okResponse({
      trades: market.trades
        .slice(-limit)
        .reverse()
        .map((t) => renderTrade(market.config, t)),
    });
  },
  trades,
  candles: ({ venue, params }) => candles(venue, params, false),
  candlesticks: ({ venue, params }) => candles(venue, params, true),
  fundings,
  "funding-rates": ({ venue }) =>
    okResponse({
      funding_rates: [...venue.markets.values()].map((m) => ({
        market_id: m.config.marketId,
        exchange: "lighter",
        symbol: m.config.symbol,
        rate: Number(venue.engine.market(m.config.symbol)!.fundingRate),
      })),
    }),
  exchangeStats: ({ venue }) => {
    const rows = [...venue.markets.values()].map((m) => ({
      m,
      s: dailyStats(m.config, m.trades, venue.now()),
    }));
    return okResponse({
      total: rows.length,
      order_book_stats: rows.map(({ m, s }) => ({
        symbol: m.config.symbol,
        last_trade_price: Number(s.lastTradePrice),
        daily_trades_count: s.trades,
        daily_base_token_volume: s.baseVolume.toNumber(),
        daily_quote_token_volume: s.quoteVolume.toNumber(),
        daily_price_change: s.changePercent,
      })),
      daily_usd_volume: rows.reduce((sum, { s }) => sum.plus(s.quoteVolume), new Big(0)).toNumber(),
      daily_trades_count: rows.reduce((sum, { s }) => sum + s.trades, 0),
    });
  },
  currentHeight: ({ venue }) => okResponse({ height: venue.blockHeight }),
  account: accountRoute,
  accountsByL1Address: ({ venue, params }) => {
    const address = params.required("l1_address").toLowerCase();
    const accounts = [...venue.accounts.values()].filter((a) => a.l1Address.toLowerCase() === address);
    if (accounts.length === 0) throw notFound("account");
    return okResponse({
      l1_address: params.required("l1_address"),
      sub_accounts: accounts.map((a) => accountSummary(venue, a)),
    });
  },
  apikeys: ({ venue, params }) => {
    const account = accountParam(venue, params);
    const only = params.number("api_key_index", 255);
    const keys = [...account.apiKeys].filter(
      ([index, key]) => key.publicKey !== "" && (only === 255 || index === only),
    );
    if (keys.length === 0) throw notFound("api key");
    return okResponse({
      api_keys: keys.map(([index, key]) => ({
        account_index: account.index,
        api_key_index: index,
        nonce: key.nextNonce,
        public_key: key.publicKey,
        transaction_time: key.transactionTime,
      })),
    });
  },
  nextNonce: ({ venue, params }) => {
    const account = accountParam(venue, params);
    const index = params.number("api_key_index");
    const key = account.apiKeys.get(index);
    if (key === undefined) throw new LighterApiError(E.API_KEY_NOT_FOUND, "api key not found");
    return okResponse({ nonce: key.nextNonce });
  },
  accountActiveOrders: ({ venue, params, token }) => {
    const account = authedAccount(venue, params, token);
    const market = optionalMarket(venue, params);
    const orders = venue.engine
      .openOrders(account.engineId, market?.config.symbol)
      .map((o) => venue.metas.get(o.id))
      .filter((m): m is OrderMeta => m !== undefined);
    return okResponse({ orders: orders.map((m) => renderOrder(venue.markets.get(m.marketId)!.config, m)) });
  },
  accountInactiveOrders: ({ venue, params, token }) => {
    const account = authedAccount(venue, params, token);
    const limit = params.limit(100);
    const market = optionalMarket(venue, params);
    const askFilter = params.number("ask_filter", -1);
    const rows = [...account.inactiveOrders]
      .reverse()
      .map((id) => venue.metas.get(id))
      .filter(
        (m): m is OrderMeta =>
          m !== undefined &&
          (market === undefined || m.marketId === market.config.marketId) &&
          (askFilter === -1 || (m.view.side === "sell") === (askFilter === 1)),
      );
    return okResponse(
      page(rows, params, limit, (rows, next) => ({
        orders: rows.map((m) => renderOrder(venue.markets.get(m.marketId)!.config, m)),
        ...(next === undefined ? {} : { next_cursor: next }),
      })),
    );
  },
  accountOrders: ({ venue, params, token }) => {
    const account = authedAccount(venue, params, token);
    const wanted = new Set(
      params
        .required("client_order_indexes")
        .split(",")
        .map((s) => s.trim()),
    );
    const rows = [...venue.metas.values()].filter(
      (m) => m.accountIndex === account.index && wanted.has(m.clientOrderIndex.toString()),
    );
    return okResponse({ orders: rows.map((m) => renderOrder(venue.markets.get(m.marketId)!.config, m)) });
  },
  accountLimits: ({ venue, params, token }) => {
    authedAccount(venue, params, token);
    const first = [...venue.markets.values()][0]!.config;
    return okResponse({
      max_llp_percentage: 0,
      max_llp_amount: "0",
      user_tier: "premium",
      can_create_public_pool: false,
      user_tier_name: "premium",
      current_maker_fee_tick: Math.round(Number(first.makerFee) * 1_000_000),
      current_taker_fee_tick: Math.round(Number(first.takerFee) * 1_000_000),
      leased_lit: "0",
      effective_lit_stakes: "0",
    });
  },
  accountTxs: ({ venue, params, token }) => {
    if (params.required("by") !== "account_index") throw invalidParam("by");
    const index = params.int("value");
    const account = venue.account(index);
    if (account === undefined) throw notFound("account");
    authenticate(venue, token, index);
    const limit = params.limit(100);
    const from = params.text("index") === undefined ? undefined : params.number("index");
    const rows = [...account.txs]
      .reverse()
      .filter((t) => from === undefined || t.sequenceIndex < from)
      .slice(0, limit);
    return okResponse({ txs: rows.map(renderTx) });
  },
  positionFunding: ({ venue, params, token }) => {
    const account = authedAccount(venue, params, token);
    const limit = params.limit(100);
    const market = optionalMarket(venue, params);
    const side = params.text("side") ?? "all";
    const rows = [...account.fundings]
      .reverse()
      .filter(
        (f) =>
          (market === undefined || f.marketId === market.config.marketId) &&
          (side === "all" || f.positionSide === side),
      );
    return okResponse(
      page(rows, params, limit, (rows, next) => ({
        position_fundings: rows.map((f) => ({
          timestamp: Math.floor(f.timestamp / 1000),
          market_id: f.marketId,
          funding_id: f.fundingId,
          change: usdc(f.change),
          rate: f.rate,
          position_size: f.positionSize,
          position_side: f.positionSide,
          discount: "0",
        })),
        ...(next === undefined ? {} : { next_cursor: next }),
      })),
    );
  },
  "withdraw/history": ({ venue, params, token }) => {
    const account = authedAccount(venue, params, token);
    return okResponse({
      withdraws: [...account.withdrawals].reverse().map((w) => ({
        id: w.id,
        asset_id: 3,
        amount: usdc(w.amount),
        timestamp: w.timestamp,
        status: "completed",
        type: "secure",
        l1_tx_hash: "",
      })),
    });
  },
  "deposit/history": ({ venue, params, token }) => {
    const account = authedAccount(venue, params, token);
    return okResponse({
      deposits: [...account.deposits].reverse().map((d) => ({
        id: d.id,
        asset_id: 3,
        amount: usdc(d.amount),
        timestamp: d.timestamp,
        status: "completed",
        l1_tx_hash: d.txHash,
      })),
    });
  },
  "transfer/history": ({ venue, params, token }) => {
    const account = authedAccount(venue, params, token);
    return okResponse({
      transfers: [...account.transfers].reverse().map((t) => ({
        id: t.id,
        asset_id: 3,
        amount: usdc(t.amount),
        timestamp: t.timestamp,
        type: t.fromAccountIndex === account.index ? "L2TransferOutflow" : "L2TransferInflow",
        from_account_index: t.fromAccountIndex,
        to_account_index: t.toAccountIndex,
        tx_hash: t.txHash,
      })),
    });
  },
  transferFeeInfo: ({ venue, params, token }) => {
    authedAccount(venue, params, token);
    return okResponse({ transfer_fee_usdc: 0 });
  },
  tx: ({ venue, params }) => {
    if (params.required("by") !== "hash") throw invalidParam("by");
    const tx = venue.txs.get(params.required("value").toLowerCase().replace(/^0x/, ""));
    if (tx === undefined) throw notFound("transaction");
    return okResponse(renderTx(tx));
  },
  txs: ({ venue, params }) => {
    const limit = params.limit(100);
    const all = [...venue.accounts.values()]
      .flatMap((a) => a.txs)
      .sort((a, b) => b.sequenceIndex - a.sequenceIndex);
    return okResponse({ txs: all.slice(0, limit).map(renderTx) });
  },
};

function status({ venue }: Ctx): SimHttpResponse {
  return okResponse(
    { status: 1, network_id: venue.options.chainId, timestamp: Math.floor(venue.now() / 1000) },
    false,
  );
}

/** Cursor pagination: the cursor is the offset of the next row. */
function page<T, R>(
  rows: readonly T[],
  params: Params,
  limit: number,
  render: (rows: readonly T[], next: string | undefined) => R,
): R {
  const cursor = params.text("cursor");
  if (cursor !== undefined && !/^\d+$/.test(cursor)) throw invalidParam("cursor");
  const from = cursor === undefined ? 0 : Number(cursor);
  const slice = rows.slice(from, from + limit);
  return render(slice, from + limit < rows.length ? String(from + limit) : undefined);
}

function selectMarkets(venue: LighterVenue, params: Params): LighterMarket[] {
  const id = params.number("market_id", ALL_MARKETS);
  const filter = params.text("filter") ?? "all";
  if (!["all", "perp", "spot"].includes(filter)) throw invalidParam("filter");
  if (filter === "spot") return [];
  if (id === ALL_MARKETS) return [...venue.markets.values()];
  const market = venue.markets.get(id);
  if (market === undefined) throw new LighterApiError(E.INVALID_MARKET_INDEX, "invalid market index");
  return [market];
}

function marketParam(venue: LighterVenue, params: Params): LighterMarket {
  const market = venue.markets.get(params.number("market_id"));
  if (market === undefined) throw new LighterApiError(E.INVALID_MARKET_INDEX, "invalid market index");
  return market;
}

function optionalMarket(venue: LighterVenue, params: Params): LighterMarket | undefined {
  const id = params.number("market_id", ALL_MARKETS);
  return id === ALL_MARKETS ? undefined : marketParam(venue, params);
}

function accountParam(venue: LighterVenue, params: Params): LighterAccount {
  const account = venue.account(params.int("account_index"));
  if (account === undefined) throw notFound("account");
  return account;
}

/** The account named by `account_index`, after checking the auth token is for it. */
function authedAccount(venue: LighterVenue, params: Params, token: string | undefined): LighterAccount {
  const index = params.int("account_index");
  authenticate(venue, token, index);
  const account = venue.account(index);
  if (account === undefined) throw notFound("account");
  return account;
}

function orderBookOrders({ venue, params }: Ctx): SimHttpResponse {
  const market = marketParam(venue, params);
  const limit = params.limit(250);
  const m = market.config;
  const open: OrderView[] = venue.engine
    .accountIds()
    .flatMap((id) => venue.engine.openOrders(id, m.symbol))
    .filter((o) => o.status !== "untriggered");
  const byPrice = (dir: 1 | -1) => (a: OrderView, b: OrderView) => {
    const c = new Big(a.price).cmp(b.price) * dir;
    return c !== 0 ? c : BigInt(a.id) < BigInt(b.id) ? -1 : 1;
  };
  const simple = (o: OrderView) => ({
    order_index: BigInt(o.id),
    order_id: o.id,
    owner_account_index: venue.indexOfEngineAccount(o.accountId),
    initial_base_amount: sizeText(m, o.size),
    remaining_base_amount: sizeText(m, o.remainingSize),
    price: priceText(m, o.price),
    order_expiry: o.expiresAt ?? 0,
    transaction_time: o.updatedAt * 1000,
  });
  const asks = open.filter((o) => o.side === "sell").sort(byPrice(1));
  const bids = open.filter((o) => o.side === "buy").sort(byPrice(-1));
  return okResponse({
    total_asks: asks.length,
    asks: asks.slice(0, limit).map(simple),
    total_bids: bids.length,
    bids: bids.slice(0, limit).map(simple),
  });
}

function trades({ venue, params, token }: Ctx): SimHttpResponse {
  const sortBy = params.required("sort_by");
  if (!["block_height", "timestamp", "trade_id"].includes(sortBy)) throw invalidParam("sort_by");
  const limit = params.limit(100);
  const accountIndex = params.int("account_index", -1n);
  const market = optionalMarket(venue, params);
  let rows: TradeRecord[];
  if (accountIndex >= 0n) {
    authenticate(venue, token, accountIndex);
    rows = venue.account(accountIndex)?.trades ?? [];
  } else {
    rows = [...venue.markets.values()].flatMap((m) => m.trades);
  }
  const orderIndex = params.text("order_index") === undefined ? undefined : params.int("order_index");
  const role = params.text("role") ?? "all";
  const askFilter = params.number("ask_filter", -1);
  const filtered = rows.filter((r) => {
    if (market !== undefined && r.marketId !== market.config.marketId) return false;
    if (orderIndex !== undefined && r.askId !== orderIndex && r.bidId !== orderIndex) return false;
    const isAsk = r.askAccountId === accountIndex;
    if (askFilter !== -1 && accountIndex >= 0n && isAsk !== (askFilter === 1)) return false;
    if (role !== "all" && accountIndex >= 0n) {
      const makerIsMe = (r.isMakerAsk ? r.askAccountId : r.bidAccountId) === accountIndex;
      if ((role === "maker") !== makerIsMe) return false;
    }
    return true;
  });
  const descending = (params.text("sort_dir") ?? "desc") === "desc";
  const sorted = [...filtered].sort((a, b) => {
    const c = BigInt(a.trade.id) < BigInt(b.trade.id) ? -1 : BigInt(a.trade.id) > BigInt(b.trade.id) ? 1 : 0;
    return descending ? -c : c;
  });
  return okResponse(
    page(sorted, params, limit, (rows, next) => ({
      trades: rows.map((r) => renderTrade(venue.markets.get(r.marketId)!.config, r)),
      ...(next === undefined ? {} : { next_cursor: next }),
    })),
  );
}

function candles(venue: LighterVenue, params: Params, legacy: boolean): SimHttpResponse {
  const market = marketParam(venue, params);
  const resolution = params.required("resolution");
  const ms = RESOLUTIONS[resolution];
  if (ms === undefined || (!legacy && resolution === "1w")) throw invalidParam("resolution");
  const start = params.number("start_timestamp");
  const end = params.number("end_timestamp");
  const countBack = params.number("count_back");
  if (start < 0 || end > 5e12 || start > end) throw invalidParam("start_timestamp");
  const rows = buildCandles(market.trades, ms, start, end, countBack);
  if (legacy) {
    return okResponse({
      resolution,
      candlesticks: rows.map((c) => ({
        timestamp: c.start,
        open: c.open.toNumber(),
        high: c.high.toNumber(),
        low: c.low.toNumber(),
        close: c.close.toNumber(),
        open_raw: c.open.toNumber(),
        high_raw: c.high.toNumber(),
        low_raw: c.low.toNumber(),
        close_raw: c.close.toNumber(),
        volume0: c.baseVolume.toNumber(),
        volume1: c.quoteVolume.toNumber(),
        last_trade_id: Number(c.lastTradeId),
        trade_count: c.trades,
      })),
    });
  }
  const setToEnd = params.text("set_timestamp_to_end") === "true";
  return okResponse({
    r: resolution,
    c: rows.map((c) => ({
      t: setToEnd ? c.start + ms - 1 : c.start,
      o: c.open.toNumber(),
      h: c.high.toNumber(),
      l: c.low.toNumber(),
      c: c.close.toNumber(),
      O: c.open.toNumber(),
      H: c.high.toNumber(),
      L: c.low.toNumber(),
      C: c.close.toNumber(),
      v: c.baseVolume.toNumber(),
      V: c.quoteVolume.toNumber(),
      i: Number(c.lastTradeId),
    })),
  });
}

function fundings({ venue, params }: Ctx): SimHttpResponse {
  const market = marketParam(venue, params);
  const resolution = params.required("resolution");
  if (resolution !== "1h" && resolution !== "1d") throw invalidParam("resolution");
  const start = params.number("start_timestamp");
  const end = params.number("end_timestamp");
  const countBack = params.number("count_back");
  const rows = market.fundings
    .filter((f) => f.timestamp * 1000 >= start && f.timestamp * 1000 <= end)
    .filter((f) => resolution === "1h" || f.timestamp % 86_400 === 0)
    .slice(-Math.max(0, countBack));
  return okResponse({
    resolution,
    fundings: rows.map((f) => ({
      timestamp: f.timestamp,
      value: priceText(market.config, f.value),
      rate: new Big(f.rate).abs().toString(),
      direction: new Big(f.rate).lt(0) ? "short" : "long",
    })),
  });
}

function accountSummary(venue: LighterVenue, account: LighterAccount) {
  const balance = venue.engine.balance(account.engineId)!;
  const open = venue.engine.openOrders(account.engineId);
  return {
    code: 0,
    account_type: 0,
    index: account.index,
    l1_address: account.l1Address,
    cancel_all_time: account.cancelAllTime,
    total_order_count: open.length,
    total_isolated_order_count: 0,
    pending_order_count: open.filter((o) => o.status === "untriggered").length,
    available_balance: usdc(balance.availableForTrade),
    status: 1,
    collateral: usdc(balance.balance),
    transaction_time: account.createdAt * 1000,
    account_trading_mode: 0,
  };
}

/** `account` / `user_stats` detail shared by REST and the account streams. */
export function detailedAccount(venue: LighterVenue, account: LighterAccount) {
  const balance = venue.engine.balance(account.engineId)!;
  const open = venue.engine.openOrders(account.engineId);
  return {
    ...accountSummary(venue, account),
    account_index: account.index,
    name: "",
    description: "",
    can_invite: true,
    referral_points_percentage: "",
    can_rfq: false,
    can_rfq_market_ids: [],
    created_at: account.createdAt,
    metadata: "",
    positions: [...venue.markets.values()].map((m) =>
      renderPosition(m.config, account, venue.engine.position(account.engineId, m.config.symbol), open),
    ),
    assets: [renderAsset(balance)],
    total_asset_value: usdc(balance.equity),
    cross_asset_value: usdc(balance.equity),
    cross_initial_margin_requirement: usdc(balance.initialMargin),
    cross_maintenance_margin_requirement: usdc(new Big(balance.initialMargin).div(2)),
    shares: [],
    pending_unlocks: [],
    approved_integrators: [],
    stats: renderStats(balance),
  };
}

function accountRoute({ venue, params }: Ctx): SimHttpResponse {
  const by = params.required("by");
  const value = params.required("value");
  let accounts: LighterAccount[];
  if (by === "index") {
    if (!/^\d{1,20}$/.test(value)) throw invalidParam("value");
    const account = venue.account(BigInt(value));
    accounts = account === undefined ? [] : [account];
  } else if (by === "l1_address") {
    accounts = [...venue.accounts.values()].filter((a) => a.l1Address.toLowerCase() === value.toLowerCase());
  } else {
    throw invalidParam("by");
  }
  if (accounts.length === 0) throw notFound("account");
  return okResponse({ total: accounts.length, accounts: accounts.map((a) => detailedAccount(venue, a)) });
}

async function sendTx({ txs, params }: Ctx): Promise<SimHttpResponse> {
  const txType = params.text("tx_type");
  if (txType === undefined)
    throw new LighterApiError(E.INVALID_PARAM, 'invalid param: : field "tx_type" is not set');
  if (!/^\d{1,3}$/.test(txType)) throw invalidParam("tx_type");
  const txInfo = params.text("tx_info");
  if (txInfo === undefined)
    throw new LighterApiError(E.INVALID_PARAM, 'invalid param: : field "tx_info" is not set');
  const hash = await txs.submit(Number(txType), txInfo);
  return txAccepted(txs, { tx_hash: hash });
}

async function sendTxBatch({ txs, params, venue }: Ctx): Promise<SimHttpResponse> {
  const types = jsonArray(params.text("tx_types"), "tx_types");
  const infos = jsonArray(params.text("tx_infos"), "tx_infos");
  if (!types.every((t) => typeof t === "number" && Number.isInteger(t))) throw invalidParam("tx_types");
  if (!infos.every((i) => typeof i === "string")) throw invalidParam("tx_infos");
  const hashes = await txs.submitBatch(types as number[], infos, venue.options.maxRestBatch);
  return txAccepted(txs, { tx_hash: hashes });
}

function jsonArray(text: string | undefined, name: string): unknown[] {
  if (text === undefined)
    throw new LighterApiError(E.INVALID_PARAM, `invalid param: : field "${name}" is not set`);
  let value: unknown;
  try {
    value = parseJson(text);
  } catch {
    throw invalidParam(name);
  }
  if (!Array.isArray(value)) throw invalidParam(name);
  return value;
}

function txAccepted(txs: TxProcessor, body: object): SimHttpResponse {
  return okResponse({
    message: "",
    ...body,
    predicted_execution_time_ms: txs.predictedExecutionTime(),
    volume_quota_remaining: txs.lastVolumeQuota,
  });
}

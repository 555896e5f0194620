import Big from "big.js";
import { jsonResponse, type SimHttpRequest, type SimHttpResponse } from "../../server/index.js";
import type { VestAccount } from "./accounts.js";
import {
  VEST_REQUEST_ERRORS as E,
  errorResponse,
  VestRequestError,
  VestValidationError,
  validationResponse,
} from "./errors.js";
import { COLLATERAL_DECIMALS, usdc } from "./format.js";
import { isVestInterval, type VestInterval } from "./intervals.js";
import { lpRow, transferRow } from "./ledger.js";
import { orderRow, type VestOrder } from "./orders.js";
import {
  accountBody,
  dayTicker,
  depth,
  klineRow,
  latestTicker,
  type MarketState,
  restTrade,
  symbolInfo,
} from "./render.js";
import {
  cancelBody,
  leverageBody,
  lpBody,
  optionalIntegerQuery,
  orderBody,
  parseJsonBody,
  registerBody,
  requiredIntegerQuery,
  withdrawBody,
} from "./schemas.js";
import type { VestVenue } from "./venue.js";

/** REST paths live under the API version, as on `https://server-prod.hz.vestmarkets.com/v2`. */
export const VEST_REST_PREFIX = "/v2";

type Handler = (request: SimHttpRequest, venue: VestVenue) => unknown;
type PrivateHandler = (request: SimHttpRequest, venue: VestVenue, account: VestAccount) => unknown;

const ORDER_STATUSES = new Set(["NEW", "PARTIALLY_FILLED", "FILLED", "CANCELLED", "REJECTED"]);
const MAX_LIMIT = 1000;

/** Answers one request under /v2, or undefined for paths outside it. */
export async function handleVestRest(
  request: SimHttpRequest,
  venue: VestVenue,
): Promise<SimHttpResponse | undefined> {
  if (request.path !== VEST_REST_PREFIX && !request.path.startsWith(`${VEST_REST_PREFIX}/`)) return undefined;
  const route = routes.get(request.path.slice(VEST_REST_PREFIX.length));
  // FastAPI's own answers for unknown paths and methods.
  if (route === undefined) return jsonResponse(404, { detail: "Not Found" });
  const handler = route[request.method];
  if (handler === undefined) return jsonResponse(405, { detail: "Method Not Allowed" });
  try {
    return jsonResponse(200, await handler(request, venue));
  } catch (error) {
    if (error instanceof VestRequestError) return errorResponse(venue.options.errorEnvelope, error);
    if (error instanceof VestValidationError) return validationResponse(error.issues);
    throw error;
  }
}

function authenticated(handler: PrivateHandler): Handler {
  return (request, venue) => handler(request, venue, authenticate(request, venue));
}

/** X-API-KEY names the account; a routing header, when sent, must name the account's group. */
function authenticate(request: SimHttpRequest, venue: VestVenue): VestAccount {
  const apiKey = request.headers["x-api-key"];
  const account = apiKey === undefined || apiKey === "" ? undefined : venue.accounts.byApiKey(apiKey);
  if (account === undefined) throw new VestRequestError(E.UNAUTHORIZED, "Unauthorized");
  const routing = request.headers.xrestservermm;
  if (routing !== undefined && routing !== `restserver${account.accountGroup}`) {
    throw new VestRequestError(E.INVALID_ACCOUNT_GROUP, "Invalid account group");
  }
  return account;
}

function market(venue: VestVenue, symbol: string | null): MarketState {
  if (symbol === null) {
    throw new VestValidationError([
      { loc: ["query", "symbol"], msg: "Field required", type: "missing", input: null },
    ]);
  }
  const state = venue.markets.get(symbol);
  if (state === undefined) throw new VestRequestError(E.BAD_SYMBOL, `Unknown symbol ${symbol}`);
  return state;
}

/** `symbols=A,B` (all by default); an unknown symbol is BAD_SYMBOL. */
function selectedMarkets(request: SimHttpRequest, venue: VestVenue): MarketState[] {
  const list = request.query.get("symbols");
  if (list === null || list.trim() === "") return [...venue.markets.values()];
  return list.split(",").map((s) => market(venue, s.trim()));
}

function limitOf(request: SimHttpRequest, fallback: number, max: number): number {
  const limit = optionalIntegerQuery(request.query, "limit") ?? fallback;
  if (limit < 1 || limit > max) throw new VestRequestError(E.INVALID_PARAMETER, `limit must be in 1..${max}`);
  return limit;
}

function intervalOf(request: SimHttpRequest): VestInterval {
  const interval = request.query.get("interval") ?? "1m";
  if (!isVestInterval(interval))
    throw new VestRequestError(E.INVALID_PARAMETER, `Invalid interval ${interval}`);
  return interval;
}

/** Newest first, within [startTime, endTime], at most `limit`. */
function window<T>(
  rows: readonly T[],
  timeOf: (row: T) => number,
  request: SimHttpRequest,
  now: number,
): T[] {
  const start = optionalIntegerQuery(request.query, "startTime") ?? Number.NEGATIVE_INFINITY;
  const end = optionalIntegerQuery(request.query, "endTime") ?? now;
  const limit = limitOf(request, MAX_LIMIT, MAX_LIMIT);
  const out: T[] = [];
  for (let i = rows.length - 1; i >= 0 && out.length < limit; i--) {
    const row = rows[i]!;
    const time = timeOf(row);
    if (time >= start && time <= end) out.push(row);
  }
  return out;
}

function body(request: SimHttpRequest): string {
  return request.text === "" ? "{}" : request.text;
}

// ---- public market data ---------------------------------------------------------------------------

const exchangeInfo: Handler = (request, venue) => {
  const states = selectedMarkets(request, venue);
  const pool = venue.accounts.all().reduce((sum, a) => sum.plus(a.lpBalance), new Big(0));
  return {
    symbols: states.map(symbolInfo),
    exchange: {
      lp: usdc(pool),
      // The fee account stands in for the insurance fund: it collects every fee the simulator charges.
      insurance: usdc(venue.engine.balance(venue.engine.feeAccountId)!.balance),
      collateralDecimals: COLLATERAL_DECIMALS,
    },
  };
};

const tickerLatest: Handler = (request, venue) => ({
  tickers: selectedMarkets(request, venue).map((s) => latestTicker(venue.engine, s, venue.traders())),
});

const ticker24h: Handler = (request, venue) => ({
  tickers: selectedMarkets(request, venue).map((s) => dayTicker(s, venue.now())),
});

const fundingHistory: Handler = (request, venue) => {
  const state = market(venue, request.query.get("symbol"));
  const end = optionalIntegerQuery(request.query, "endTime") ?? venue.now();
  const start = optionalIntegerQuery(request.query, "startTime");
  return state.funding
    .history(intervalOf(request), end, limitOf(request, MAX_LIMIT, MAX_LIMIT), start)
    .map((entry) => ({ symbol: state.market.symbol, time: entry.time, oneHrFundingRate: entry.rate }));
};

const klines: Handler = (request, venue) => {
  const state = market(venue, request.query.get("symbol"));
  const end = optionalIntegerQuery(request.query, "endTime") ?? venue.now();
  const start = optionalIntegerQuery(request.query, "startTime");
  return state.candles
    .candles(intervalOf(request), end, limitOf(request, MAX_LIMIT, MAX_LIMIT), start)
    .map((candle) => klineRow(candle, state, false));
};

const trades: Handler = (request, venue) => {
  const state = market(venue, request.query.get("symbol"));
  const recent = [...venue.engine.recentTrades(state.market.symbol)].reverse();
  return window(recent, (t) => t.time, request, venue.now())
    .reverse()
    .map((t) => restTrade(t, state));
};

const depthHandler: Handler = (request, venue) => {
  const state = market(venue, request.query.get("symbol"));
  return depth(venue.engine, state, limitOf(request, 20, 100));
};

// ---- account ----------------------------------------------------------------------------------------

const register: Handler = (request, venue) => venue.register(parseJsonBody(registerBody, body(request)));

const account = authenticated((request, venue, acct) => {
  requiredIntegerQuery(request.query, "time");
  return accountBody(venue.engine, acct, venue.markets, venue.now());
});

const nonce = authenticated((request, _venue, acct) => {
  requiredIntegerQuery(request.query, "time");
  return { lastNonce: acct.lastNonce };
});

const leverage = authenticated((request, venue, acct) => {
  // Documented as parameters; clients send a JSON body. Either works.
  const fromQuery = request.query.get("symbol") !== null && request.text === "";
  const input = fromQuery
    ? { symbol: request.query.get("symbol") ?? "", value: Number(request.query.get("value")) }
    : parseJsonBody(leverageBody, body(request));
  return venue.setLeverage(acct, input.symbol, input.value);
});

const listenKeyPost = authenticated((_request, venue, acct) => ({
  listenKey: venue.listenKeys.open(acct.id, venue.now()).key,
}));

const listenKeyPut = authenticated((_request, venue, acct) => {
  const key = venue.listenKeys.keepAlive(acct.id, venue.now());
  if (key === undefined) {
    throw new VestRequestError(
      E.INVALID_LISTEN_KEY,
      "Listen key expired. Make a POST request to create a new key.",
    );
  }
  return { listenKey: key.key };
});

const listenKeyDelete = authenticated((_request, venue, acct) => {
  venue.closeListenKey(acct);
  return {};
});

// ---- trading ----------------------------------------------------------------------------------------

const placeOrder = authenticated((request, venue, acct) =>
  venue.placeOrder(acct, parseJsonBody(orderBody, body(request))),
);

const cancelOrder = authenticated((request, venue, acct) => {
  if (venue.options.requireCancelTimeQuery) requiredIntegerQuery(request.query, "time");
  return venue.cancelOrder(acct, parseJsonBody(cancelBody, body(request)));
});

const listOrders = authenticated((request, venue, acct) => {
  requiredIntegerQuery(request.query, "time");
  const q = request.query;
  const ids = q
    .get("id")
    ?.split(",")
    .map((id) => id.trim().toLowerCase());
  const nonceFilter = optionalIntegerQuery(q, "nonce");
  const status = q.get("status");
  if (status !== null && !ORDER_STATUSES.has(status)) {
    throw new VestRequestError(E.INVALID_PARAMETER, `Invalid status ${status}`);
  }
  const symbol = q.get("symbol");
  const orderType = q.get("orderType");
  const matches = (o: VestOrder) =>
    (ids === undefined || ids.includes(o.id)) &&
    (nonceFilter === undefined || o.nonce === nonceFilter) &&
    (status === null || o.status === status) &&
    (symbol === null || o.symbol === symbol) &&
    (orderType === null || o.orderType === orderType);
  const rows = venue.orders.ofAccount(acct.id).filter(matches);
  return window(rows, (o) => o.postTime, request, venue.now()).map((o) =>
    orderRow(o, venue.markets.get(o.symbol)?.market),
  );
});

const postLp = authenticated((request, venue, acct) =>
  venue.lpOrder(acct, parseJsonBody(lpBody, body(request))),
);

const listLp = authenticated((request, venue, acct) => {
  requiredIntegerQuery(request.query, "time");
  const q = request.query;
  const ids = q
    .get("id")
    ?.split(",")
    .map((id) => id.trim().toLowerCase());
  const nonceFilter = optionalIntegerQuery(q, "nonce");
  const rows = venue.lp
    .ofAccount(acct.id)
    .filter(
      (r) =>
        (ids === undefined || ids.includes(r.id)) &&
        (nonceFilter === undefined || r.nonce === nonceFilter) &&
        (q.get("orderType") === null || r.orderType === q.get("orderType")) &&
        (q.get("status") === null || r.status === q.get("status")),
    );
  return window(rows, (r) => r.postTime, request, venue.now()).map(lpRow);
});

const withdraw = authenticated((request, venue, acct) =>
  venue.withdraw(acct, parseJsonBody(withdrawBody, body(request))),
);

const listTransfers = authenticated((request, venue, acct) => {
  requiredIntegerQuery(request.query, "time");
  const q = request.query;
  const ids = q
    .get("id")
    ?.split(",")
    .map((id) => id.trim().toLowerCase());
  const nonceFilter = optionalIntegerQuery(q, "nonce");
  const rows = venue.transfers
    .ofAccount(acct.id)
    .filter(
      (t) =>
        (ids === undefined || ids.includes(t.id)) &&
        (nonceFilter === undefined || t.nonce === nonceFilter) &&
        (q.get("orderType") === null || t.orderType === q.get("orderType")),
    );
  return window(rows, (t) => t.postTime, request, venue.now()).map(transferRow);
});

const routes = new Map<string, Partial<Record<string, Handler>>>([
  ["/exchangeInfo", { GET: exchangeInfo }],
  ["/ticker/latest", { GET: tickerLatest }],
  ["/ticker/24hr", { GET: ticker24h }],
  ["/funding/history", { GET: fundingHistory }],
  ["/klines", { GET: klines }],
  ["/trades", { GET: trades }],
  ["/depth", { GET: depthHandler }],
  ["/register", { POST: register }],
  ["/account", { GET: account }],
  ["/account/nonce", { GET: nonce }],
  ["/account/leverage", { POST: leverage }],
  [
    "/account/listenKey",
    {
      POST: listenKeyPost,
      PUT: listenKeyPut,
      DELETE: listenKeyDelete,
    },
  ],
  ["/orders", { GET: listOrders, POST: placeOrder }],
  ["/orders/cancel", { POST: cancelOrder }],
  ["/lp", { GET: listLp, POST: postLp }],
  ["/transfer", { GET: listTransfers }],
  ["/transfer/withdraw", { POST: withdraw }],
]);

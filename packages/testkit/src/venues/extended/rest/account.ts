import Big from "big.js";
import type { SimHttpResponse } from "../../../server/index.js";
import { badRequest, ErrorCode, ExtendedApiError, notFound, ok } from "../envelope.js";
import type { OrderRecord } from "../records.js";
import {
  renderAccountInfo,
  renderAccountTrade,
  renderBalance,
  renderOrder,
  renderPosition,
} from "../render.js";
import { jsonBody, marketFilter, type PrivateContext, paginate } from "./context.js";

/** Private reads and account settings (API key only). */

const engineId = (c: PrivateContext): string => String(c.account.accountId);

export function getAccountInfo(c: PrivateContext): SimHttpResponse {
  return ok(renderAccountInfo(c.account));
}

export function getAccounts(c: PrivateContext): SimHttpResponse {
  const siblings = [...c.venue.accounts.values()].filter((a) => a.clientId === c.account.clientId);
  return ok(siblings.map(renderAccountInfo));
}

export function getClientInfo(c: PrivateContext): SimHttpResponse {
  return ok({
    id: c.account.clientId,
    evmWalletAddress: c.account.evmWalletAddress,
    starknetWalletAddress: c.account.starknetWalletAddress,
  });
}

export function balanceData(
  c: { venue: PrivateContext["venue"] },
  accountId: number,
): Record<string, unknown> {
  const id = String(accountId);
  const balance = c.venue.engine.balance(id)!;
  return renderBalance(balance, c.venue.engine.positions(id), c.venue.clock.now());
}

/** Extended answers a zero balance with 404 rather than zeros (documented quirk). */
export function getBalance(c: PrivateContext): SimHttpResponse {
  const balance = c.venue.engine.balance(engineId(c))!;
  if (new Big(balance.balance).eq(0) && new Big(balance.equity).eq(0)) throw notFound("Balance not found");
  return ok(balanceData(c, c.account.accountId));
}

export function positionsData(
  c: { venue: PrivateContext["venue"] },
  accountId: number,
  surface: "rest" | "stream",
) {
  const id = String(accountId);
  const equity = c.venue.engine.balance(id)!.equity;
  return c.venue.engine
    .positions(id)
    .map((p) => renderPosition(p, c.venue.lifecycle(accountId, p.market), equity, surface));
}

export function getPositions(c: PrivateContext): SimHttpResponse {
  const wanted = marketFilter(c.request);
  const side = c.request.query.get("side");
  return ok(
    positionsData(c, c.account.accountId, "rest").filter(
      (p) => wanted(p.market as string) && (side === null || p.side === side),
    ),
  );
}

export function getPositionsHistory(c: PrivateContext): SimHttpResponse {
  const wanted = marketFilter(c.request);
  const side = c.request.query.get("side");
  const items = c.venue
    .positionHistory(c.account.accountId)
    .filter((l) => wanted(l.market) && (side === null || l.side === side));
  const page = paginate(c.request, items, (l) => l.id);
  return ok(
    page.items.map((l) => ({
      id: l.id,
      accountId: l.accountId,
      market: l.market,
      side: l.side,
      exitType: l.closedTime === undefined ? undefined : "TRADE",
      leverage: l.leverage,
      size: l.size,
      maxPositionSize: l.maxPositionSize,
      openPrice: l.openPrice,
      exitPrice: l.exitPrice,
      realisedPnl: l.realisedPnl,
      createdTime: l.createdTime,
      closedTime: l.closedTime,
    })),
    page.pagination,
  );
}

const LIVE = new Set(["untriggered", "open", "partially-filled"]);

function orderFilter(c: PrivateContext): (record: OrderRecord) => boolean {
  const wanted = marketFilter(c.request);
  const type = c.request.query.get("type");
  const side = c.request.query.get("side");
  return (r) =>
    wanted(r.view.market) &&
    (type === null || r.meta.type === type) &&
    (side === null || (r.view.side === "buy" ? "BUY" : "SELL") === side);
}

export function getOpenOrders(c: PrivateContext): SimHttpResponse {
  const filter = orderFilter(c);
  const live = c.venue.orders(c.account.accountId).filter((r) => LIVE.has(r.view.status) && filter(r));
  return ok(live.map((r) => renderOrder(r, "rest")));
}

export function getOrdersHistory(c: PrivateContext): SimHttpResponse {
  const filter = orderFilter(c);
  const ids = c.request.query.getAll("id");
  const externalIds = c.request.query.getAll("externalId");
  const closed = c.venue
    .orders(c.account.accountId)
    .filter(
      (r) =>
        !LIVE.has(r.view.status) &&
        filter(r) &&
        (ids.length === 0 || ids.includes(r.view.id)) &&
        (externalIds.length === 0 || externalIds.includes(r.meta.externalId)),
    );
  const page = paginate(c.request, closed, (r) => BigInt(r.view.id));
  return ok(
    page.items.map((r) => renderOrder(r, "rest")),
    page.pagination,
  );
}

export function getOrderById(c: PrivateContext, id: string): SimHttpResponse {
  const record = /^\d+$/.test(id) ? c.venue.order(c.account.accountId, BigInt(id).toString()) : undefined;
  if (record === undefined) throw notFound("Order not found");
  return ok(renderOrder(record, "rest"));
}

export function getOrdersByExternalId(c: PrivateContext, externalId: string): SimHttpResponse {
  const records = c.venue.ordersByExternalId(c.account.accountId, externalId);
  if (records.length === 0) throw notFound("Order not found");
  return ok(records.map((r) => renderOrder(r, "rest")));
}

export function getTrades(c: PrivateContext): SimHttpResponse {
  const wanted = marketFilter(c.request);
  const side = c.request.query.get("side");
  const type = c.request.query.get("type");
  const items = c.venue
    .trades(c.account.accountId)
    .filter(
      (t) =>
        wanted(t.market) &&
        (side === null || t.side === side) &&
        (type === null || type.toUpperCase() === "TRADE"),
    );
  const page = paginate(c.request, items, (t) => BigInt(t.id));
  return ok(
    page.items.map((t) => renderAccountTrade(t, "rest")),
    page.pagination,
  );
}

export function getFundingHistory(c: PrivateContext): SimHttpResponse {
  const wanted = marketFilter(c.request);
  const side = c.request.query.get("side");
  const startText = c.request.query.get("startTime") ?? c.request.query.get("fromTime");
  if (startText === null || !/^\d+$/.test(startText))
    throw badRequest("BAD_REQUEST", "startTime is required");
  const start = Number(startText);
  const items = c.venue
    .fundingPayments(c.account.accountId)
    .filter((f) => f.paidTime >= start && wanted(f.market) && (side === null || f.side === side));
  const page = paginate(c.request, items, (f) => f.id);
  return ok(
    page.items.map((f) => ({
      id: f.id,
      accountId: f.accountId,
      market: f.market,
      positionId: f.positionId,
      side: f.side,
      size: f.size,
      value: new Big(f.size).times(f.markPrice).toFixed(6, Big.roundDown),
      markPrice: f.markPrice,
      // Positive when the account paid funding.
      fundingFee: new Big(f.payment).neg().toFixed(6, Big.roundUp),
      fundingRate: f.rate,
      paidTime: f.paidTime,
    })),
    page.pagination,
  );
}

export function getLeverage(c: PrivateContext): SimHttpResponse {
  const wanted = marketFilter(c.request);
  const out = [...c.venue.markets.keys()].filter(wanted).map((market) => ({
    market,
    leverage: new Big(c.venue.engine.position(engineId(c), market)!.leverage).toString(),
  }));
  return ok(out);
}

export function patchLeverage(c: PrivateContext): SimHttpResponse {
  const body = jsonBody(c.request, "BAD_REQUEST");
  const market = body.string("market");
  if (!c.venue.markets.has(market)) throw badRequest(ErrorCode.MarketNotFound, "Market not found");
  const leverage = body.decimal("leverage", ErrorCode.InvalidLeverageInvalidPrecision);
  if ((leverage.split(".")[1]?.length ?? 0) > 2) {
    throw badRequest(ErrorCode.InvalidLeverageInvalidPrecision, "Leverage has too many decimal places");
  }
  const result = c.venue.engine.setLeverage(engineId(c), market, leverage);
  if (!result.ok) {
    const code =
      result.reason === "invalid-leverage"
        ? ErrorCode.InvalidLeverageBelowMin
        : result.reason === "leverage-exceeds-max"
          ? ErrorCode.InvalidLeverageExceedsMax
          : ErrorCode.InvalidLeverageInsufficientMargin;
    throw new ExtendedApiError(400, code, result.message);
  }
  return ok({ market, leverage: new Big(result.position.leverage).toString() });
}

export function getFees(c: PrivateContext): SimHttpResponse {
  const wanted = marketFilter(c.request);
  return ok(
    [...c.venue.markets.values()]
      .filter((m) => wanted(m.name))
      .map((m) => ({
        market: m.name,
        makerFeeRate: m.makerFeeRate,
        takerFeeRate: m.takerFeeRate,
        builderFeeRate: "0",
      })),
  );
}

export function getAssetOperations(c: PrivateContext): SimHttpResponse {
  const q = c.request.query;
  const types = q.getAll("type");
  const statuses = q.getAll("status");
  const id = q.get("id");
  const start = Number(q.get("startTime") ?? 0);
  const end = Number(q.get("endTime") ?? Number.MAX_SAFE_INTEGER);
  const items = c.venue
    .assetOperations(c.account.accountId)
    .filter(
      (op) =>
        (types.length === 0 || types.includes(op.type)) &&
        (statuses.length === 0 || statuses.includes(op.status)) &&
        (id === null || op.id === id) &&
        op.time >= start &&
        op.time <= end,
    );
  const page = paginate(c.request, items, (op) => BigInt(op.id), 50, 50);
  return ok(
    page.items.map((op) => ({
      id: op.id,
      type: op.type,
      status: op.status,
      amount: op.amount,
      fee: op.fee,
      asset: 1,
      time: op.time,
      accountId: op.accountId,
      counterpartyAccountId: op.counterpartyAccountId,
    })),
    page.pagination,
  );
}

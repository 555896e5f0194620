import { abs, formatRatio } from "./decimal.js";
import { leverageOf, marketInitialMargin } from "./margin.js";
import { averagePrice, formatPrice, formatQuote, formatSize, notional } from "./market.js";
import { unrealizedPnl } from "./position.js";
import { type AccountState, emptyPosition, type MarketState, type OrderState } from "./state.js";
import type { MarketView, OrderView, PositionView } from "./types.js";

export function orderView(order: OrderState, market: MarketState): OrderView {
  const spec = market.spec;
  return {
    id: order.idText,
    clientId: order.clientId,
    accountId: order.accountId,
    market: order.market,
    side: order.side,
    type: order.type,
    price: formatPrice(spec, order.price),
    size: formatSize(spec, order.size),
    filledSize: formatSize(spec, order.filled),
    remainingSize: formatSize(spec, order.remaining),
    averageFillPrice: order.filled === 0n ? undefined : averagePrice(spec, order.filledValue, order.filled),
    timeInForce: order.timeInForce,
    expiresAt: order.expiresAt,
    postOnly: order.postOnly,
    reduceOnly: order.reduceOnly,
    selfTradePrevention: order.stp,
    trigger:
      order.trigger === undefined
        ? undefined
        : { price: formatPrice(spec, order.trigger.price), direction: order.trigger.direction },
    status: order.status,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
  };
}

export function positionView(account: AccountState, market: MarketState): PositionView {
  const spec = market.spec;
  const position = account.positions.get(spec.symbol) ?? emptyPosition();
  return {
    accountId: account.id,
    market: spec.symbol,
    size: formatSize(spec, position.size),
    side: position.size > 0n ? "long" : position.size < 0n ? "short" : "flat",
    entryPrice: position.size === 0n ? undefined : averagePrice(spec, abs(position.cost), abs(position.size)),
    markPrice: formatPrice(spec, market.mark),
    notional: formatQuote(notional(spec, market.mark, abs(position.size))),
    unrealizedPnl: formatQuote(unrealizedPnl(position, spec, market.mark)),
    realizedPnl: formatQuote(position.realizedPnl),
    fundingPnl: formatQuote(position.fundingPnl),
    feesPaid: formatQuote(position.feesPaid),
    leverage: formatRatio(leverageOf(account, market)),
    initialMargin: formatQuote(marketInitialMargin(account, market)),
  };
}

export function marketView(market: MarketState): MarketView {
  const spec = market.spec;
  return {
    symbol: spec.symbol,
    tickSize: formatPrice(spec, spec.tick),
    stepSize: formatSize(spec, spec.step),
    minSize: formatSize(spec, spec.minSize),
    maxLeverage: formatRatio(spec.maxLeverage),
    makerFee: formatRatio(spec.makerFee),
    takerFee: formatRatio(spec.takerFee),
    fundingIntervalMs: spec.fundingIntervalMs,
    fundingRate: formatRatio(market.fundingRate),
    nextFundingAt: market.nextFundingAt,
    markPrice: formatPrice(spec, market.mark),
    indexPrice: formatPrice(spec, market.index),
  };
}

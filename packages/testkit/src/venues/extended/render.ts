import Big from "big.js";
import type { BalanceView, PositionView, TradeView } from "../../engine/index.js";
import type { ExtendedAccountConfig } from "./credentials.js";
import type { ExtendedMarketConfig } from "./markets.js";
import type { AccountTradeRecord, OrderRecord, PositionLifecycle } from "./records.js";
import type { ExtendedVenue } from "./venue.js";

/**
 * Extended's JSON shapes rendered from engine views. Ids, timestamps and counts are JSON numbers
 * (bigint where they may exceed 2^53); prices, sizes and money are decimal strings.
 */

/** REST and the account stream name a few fields differently (createdTime vs createdAt, …). */
export type Surface = "rest" | "stream";

const STATUS: Readonly<Record<string, string>> = {
  untriggered: "UNTRIGGERED",
  open: "NEW",
  "partially-filled": "PARTIALLY_FILLED",
  filled: "FILLED",
  cancelled: "CANCELLED",
  expired: "EXPIRED",
  rejected: "REJECTED",
};

/** Collateral amounts carry the collateral precision (6 decimals), truncated. */
export function usd(value: string | Big): string {
  return new Big(value).toFixed(6, Big.roundDown);
}

function decimal(value: string | Big): string {
  return new Big(value).toString();
}

export function renderOrder(record: OrderRecord, surface: Surface): Record<string, unknown> {
  const { view, meta } = record;
  const finished = view.status === "cancelled" || view.status === "expired" || view.status === "rejected";
  const trigger =
    meta.trigger === undefined
      ? undefined
      : {
          triggerPrice: meta.trigger.triggerPrice,
          triggerPriceType: meta.trigger.triggerPriceType,
          ...(surface === "rest"
            ? { triggerPriceDirection: meta.trigger.direction }
            : { direction: meta.trigger.direction }),
          executionPriceType: meta.trigger.executionPriceType,
        };
  return {
    id: BigInt(view.id),
    accountId: record.accountId,
    externalId: meta.externalId,
    market: view.market,
    type: meta.type,
    side: view.side === "buy" ? "BUY" : "SELL",
    status: STATUS[view.status] ?? "UNKNOWN",
    statusReason: record.statusReason,
    price: view.price,
    averagePrice: view.averageFillPrice === undefined ? undefined : decimal(view.averageFillPrice),
    qty: view.size,
    filledQty: view.filledSize,
    cancelledQty: finished ? view.remainingSize : "0",
    payedFee: usd(record.paidFee),
    reduceOnly: view.reduceOnly,
    postOnly: view.postOnly,
    trigger,
    createdTime: view.createdAt,
    updatedTime: view.updatedAt,
    expireTime: meta.expiryEpochMillis,
    timeInForce: meta.timeInForce,
    selfTradeProtectionLevel: meta.selfTradeProtectionLevel,
  };
}

export function renderAccountTrade(trade: AccountTradeRecord, surface: Surface): Record<string, unknown> {
  return {
    id: BigInt(trade.id),
    accountId: trade.accountId,
    market: trade.market,
    orderId: BigInt(trade.orderId),
    externalOrderId: surface === "stream" ? trade.externalOrderId : undefined,
    side: trade.side,
    price: trade.price,
    qty: trade.qty,
    value: decimal(new Big(trade.price).times(trade.qty)),
    fee: usd(trade.fee),
    isTaker: trade.isTaker,
    tradeType: "TRADE",
    createdTime: trade.createdTime,
  };
}

/**
 * Bankruptcy-style liquidation estimate: the mark at which the account's equity reaches zero if only
 * this position moved (the engine models initial margin only, no maintenance margin).
 */
function liquidationPrice(position: PositionView, equity: string): string {
  const size = new Big(position.size);
  if (size.eq(0)) return "0";
  const price = new Big(position.markPrice).minus(new Big(equity).div(size));
  return price.lte(0) ? "0" : price.round(6, Big.roundHalfUp).toString();
}

export function renderPosition(
  position: PositionView,
  lifecycle: PositionLifecycle | undefined,
  equity: string,
  surface: Surface,
): Record<string, unknown> {
  const size = new Big(position.size);
  const closed = size.eq(0);
  const created = lifecycle?.createdTime ?? 0;
  const updated = lifecycle?.updatedTime ?? 0;
  return {
    id: lifecycle?.id ?? 0n,
    accountId: Number(position.accountId),
    market: position.market,
    status: closed ? "CLOSED" : "OPENED",
    side: lifecycle?.side ?? (size.lt(0) ? "SHORT" : "LONG"),
    leverage: decimal(position.leverage),
    size: size.abs().toString(),
    value: usd(position.notional),
    openPrice: decimal(position.entryPrice ?? lifecycle?.openPrice ?? position.markPrice),
    markPrice: position.markPrice,
    liquidationPrice: liquidationPrice(position, equity),
    margin: usd(position.initialMargin),
    unrealisedPnl: usd(position.unrealizedPnl),
    realisedPnl: usd(lifecycle?.realisedPnl ?? "0"),
    adl: surface === "rest" ? "1" : 1,
    maxPositionSize: lifecycle?.maxPositionSize ?? size.abs().toString(),
    ...(surface === "rest"
      ? { createdTime: created, updatedTime: updated }
      : { createdAt: created, updatedAt: updated }),
  };
}

export function renderBalance(
  balance: BalanceView,
  positions: PositionView[],
  time: number,
): Record<string, unknown> {
  const equity = new Big(balance.equity);
  const exposure = positions.reduce((sum, p) => sum.plus(p.notional), new Big(0));
  return {
    collateralName: "USD",
    balance: usd(balance.balance),
    equity: usd(equity),
    availableForTrade: usd(balance.availableForTrade),
    availableForWithdrawal: usd(balance.availableForTrade),
    unrealisedPnl: usd(balance.unrealizedPnl),
    initialMargin: usd(balance.initialMargin),
    marginRatio: equity.gt(0) ? new Big(balance.initialMargin).div(equity).toFixed(4, Big.roundHalfUp) : "0",
    exposure: usd(exposure),
    leverage: equity.gt(0) ? exposure.div(equity).toFixed(4, Big.roundHalfUp) : "0.0000",
    updatedTime: time,
  };
}

export function renderPublicTrade(trade: TradeView): Record<string, unknown> {
  return {
    i: BigInt(trade.id),
    m: trade.market,
    S: trade.takerSide === "buy" ? "BUY" : "SELL",
    tT: "TRADE",
    T: trade.time,
    p: trade.price,
    q: trade.size,
  };
}

export function renderAccountInfo(account: ExtendedAccountConfig): Record<string, unknown> {
  return {
    accountId: account.accountId,
    description: account.description,
    accountIndex: account.accountIndex,
    status: "ACTIVE",
    l2Key: account.starkPublicKey,
    l2Vault: account.vault,
    bridgeStarknetAddress: account.starknetWalletAddress,
  };
}

export function renderMarketStats(venue: ExtendedVenue, name: string): Record<string, unknown> {
  const market = venue.engine.market(name)!;
  const book = venue.engine.book(name, 1)!;
  const now = venue.clock.now();
  const lastTrade = venue.engine.recentTrades(name, 1)[0];
  const last = lastTrade?.price ?? market.markPrice;
  const day = venue.candles.get(name)!.trades.summary(now - 86_400_000);
  const open = day?.open ?? last;
  const change = new Big(last).minus(open);
  const openInterestBase = venue.openInterest(name);
  return {
    dailyVolume: usd(day?.quote ?? "0"),
    dailyVolumeBase: day?.base ?? "0",
    dailyPriceChange: change.toString(),
    dailyPriceChangePercentage: new Big(open).eq(0) ? "0" : change.div(open).toFixed(4, Big.roundHalfUp),
    dailyLow: day?.low ?? last,
    dailyHigh: day?.high ?? last,
    lastPrice: last,
    askPrice: book.asks[0]?.price ?? "0",
    bidPrice: book.bids[0]?.price ?? "0",
    markPrice: market.markPrice,
    indexPrice: market.indexPrice,
    fundingRate: market.fundingRate,
    nextFundingRate: market.nextFundingAt,
    openInterest: usd(new Big(openInterestBase).times(market.markPrice)),
    openInterestBase,
    deleverageLevels: { shortPositions: [], longPositions: [] },
  };
}

export function renderMarket(venue: ExtendedVenue, config: ExtendedMarketConfig): Record<string, unknown> {
  const maxLeverage = new Big(config.maxLeverage);
  return {
    name: config.name,
    uiName: config.name,
    category: "L1",
    type: "PERPETUAL",
    assetName: config.assetName,
    assetPrecision: config.assetPrecision,
    collateralAssetName: "USD",
    collateralAssetPrecision: 6,
    active: true,
    status: "ACTIVE",
    isRfq: false,
    marketStats: renderMarketStats(venue, config.name),
    tradingConfig: {
      minOrderSize: config.minOrderSize,
      minOrderSizeChange: config.minOrderSizeChange,
      minPriceChange: config.minPriceChange,
      maxMarketOrderValue: config.maxMarketOrderValue,
      maxLimitOrderValue: config.maxLimitOrderValue,
      maxPositionValue: config.maxPositionValue,
      maxLeverage: config.maxLeverage,
      maxNumOrders: String(config.maxNumOrders),
      limitPriceCap: config.limitPriceCap,
      limitPriceFloor: config.limitPriceFloor,
      riskFactorConfig: [
        {
          upperBound: config.maxPositionValue,
          riskFactor: new Big(1).div(maxLeverage).toString(),
        },
      ],
    },
    l2Config: { type: "STARKX", ...config.l2Config },
  };
}

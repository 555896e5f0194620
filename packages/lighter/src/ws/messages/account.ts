import {
  type Balance,
  compareDecimal,
  divDecimal,
  type Fill,
  isZeroDecimal,
  mulDecimal,
  type Order,
  type OrderStatus,
  type OrderType,
  type Position,
  parseJson,
  signDecimal,
  subDecimal,
  type TimeInForce,
  ValidationError,
} from "@perp/core";
import {
  decimalField,
  isObject,
  type JsonObject,
  optionalBoolean,
  optionalDecimal,
  optionalInteger,
  optionalString,
  smallIntegerField,
  stringField,
  toMilliseconds,
} from "./fields.js";
import { floatText, parseTrade } from "./market.js";

/** Names a market for the unified types; the default is the market id as text. */
export type SymbolResolver = (marketId: number) => string | undefined;

export interface AccountMappingContext {
  /** The account whose stream this is (decides a fill's side and liquidity). */
  accountIndex: bigint;
  symbolOf: SymbolResolver;
  /** Local receive time, used when a message carries no time. */
  receivedAt: number;
}

function symbol(context: AccountMappingContext, marketId: number, given?: string): string {
  return given ?? context.symbolOf(marketId) ?? String(marketId);
}

function idText(source: JsonObject, textField: string, intField: string): string | undefined {
  const text = optionalString(source, textField);
  if (text !== undefined && text !== "") return text;
  return optionalInteger(source, intField)?.toString();
}

function trim(text: string): string {
  if (!text.includes(".")) return text;
  return text.replace(/0+$/, "").replace(/\.$/, "");
}

const ORDER_TYPES: Record<string, OrderType> = {
  limit: "limit",
  market: "market",
  "stop-loss": "stop-market",
  "stop-loss-limit": "stop-limit",
  "take-profit": "take-profit-market",
  "take-profit-limit": "take-profit-limit",
  // TWAP parents and slices and liquidation orders execute at market.
  twap: "market",
  "twap-sub": "market",
  liquidation: "market",
};

const TIME_IN_FORCE: Record<string, TimeInForce | undefined> = {
  "good-till-time": "GTT",
  "immediate-or-cancel": "IOC",
  "post-only": "post-only",
  Unknown: undefined,
};

/**
 * Lighter status → unified status. `in-progress` is still being processed (pending); `pending` is
 * a resting trigger order (open); every `canceled-*` is a cancellation whose suffix is the reason,
 * except `canceled-expired`.
 */
function orderStatus(status: string, filled: string): { status: OrderStatus; reason: string | undefined } {
  switch (status) {
    case "in-progress":
      return { status: "pending", reason: undefined };
    case "pending":
    case "open":
      return { status: signDecimal(filled) > 0 ? "partially-filled" : "open", reason: undefined };
    case "filled":
      return { status: "filled", reason: undefined };
    case "canceled":
      return { status: "cancelled", reason: undefined };
    case "canceled-expired":
      return { status: "expired", reason: "expired" };
    default:
      if (status.startsWith("canceled-"))
        return { status: "cancelled", reason: status.slice("canceled-".length) };
      throw new ValidationError(`Unknown Lighter order status ${JSON.stringify(status)}`, {
        venue: "lighter",
      });
  }
}

/** A Lighter Order object with the market it belongs to. */
export interface LighterOrderRecord {
  marketId: number;
  order: Order;
}

export function parseOrder(item: JsonObject, context: AccountMappingContext): LighterOrderRecord {
  const marketId = smallIntegerField(item, "market_index" in item ? "market_index" : "market_id");
  const id = idText(item, "order_id", "order_index");
  const rawType = stringField(item, "type");
  const type = ORDER_TYPES[rawType];
  if (type === undefined) {
    throw new ValidationError(`Unknown Lighter order type ${JSON.stringify(rawType)}`, { venue: "lighter" });
  }
  const tifText = optionalString(item, "time_in_force");
  const timeInForce = tifText === undefined ? undefined : TIME_IN_FORCE[tifText];
  const size = decimalField(item, "initial_base_amount");
  const remaining = decimalField(item, "remaining_base_amount");
  const filled = optionalDecimal(item, "filled_base_amount") ?? subDecimal(size, remaining);
  const filledQuote = optionalDecimal(item, "filled_quote_amount");
  const { status, reason } = orderStatus(stringField(item, "status"), filled);
  const appError = optionalString(item, "ae");
  const clientId = idText(item, "client_order_id", "client_order_index");
  const trigger = optionalDecimal(item, "trigger_price");
  const expiry = optionalInteger(item, "order_expiry");
  const created = optionalInteger(item, "created_at");
  const updated =
    optionalInteger(item, "updated_at") ??
    optionalInteger(item, "timestamp") ??
    optionalInteger(item, "transaction_time");
  return {
    marketId,
    order: {
      id,
      clientOrderId: clientId === undefined || clientId === "0" ? undefined : clientId,
      symbol: symbol(context, marketId),
      side: (optionalBoolean(item, "is_ask") ?? false) ? "sell" : "buy",
      type,
      timeInForce,
      price: optionalDecimal(item, "price"),
      triggerPrice: trigger === undefined || isZeroDecimal(trigger) ? undefined : trigger,
      size,
      filled,
      remaining,
      averageFillPrice:
        filledQuote !== undefined && signDecimal(filled) > 0
          ? trim(divDecimal(filledQuote, filled, 12, "half-even"))
          : undefined,
      reduceOnly: optionalBoolean(item, "reduce_only") ?? false,
      postOnly: timeInForce === "post-only",
      status,
      statusReason: appError !== undefined && appError !== "" ? appError : reason,
      createdAt: created === undefined || created === 0n ? undefined : toMilliseconds(created),
      updatedAt: updated === undefined || updated === 0n ? context.receivedAt : toMilliseconds(updated),
      expiresAt: expiry === undefined || expiry <= 0n ? undefined : toMilliseconds(expiry),
      info: item,
    },
  };
}

/**
 * One of the account's trades as a Fill. Fees: `taker_fee` / `maker_fee` are fee rates in 1e-6
 * units (FeeTick = 1,000,000, as `accountLimits` reports them) and are omitted when zero; the fee
 * amount is usd_amount × rate [derived, not documented for trades].
 */
export function parseFill(item: JsonObject, context: AccountMappingContext): Fill {
  const trade = parseTrade(item, false);
  const account = context.accountIndex.toString();
  let side: "buy" | "sell";
  let maker: boolean;
  if (trade.askAccountId === account) {
    side = "sell";
    maker = trade.isMakerAsk;
  } else if (trade.bidAccountId === account) {
    side = "buy";
    maker = !trade.isMakerAsk;
  } else {
    throw new ValidationError(`Trade ${trade.id} does not involve account ${account}`, { venue: "lighter" });
  }
  const feeRate = optionalInteger(item, maker ? "maker_fee" : "taker_fee") ?? 0n;
  const notional = trade.usdAmount ?? mulDecimal(trade.price, trade.size);
  const fee =
    feeRate === 0n
      ? "0"
      : trim(divDecimal(mulDecimal(notional, feeRate.toString()), "1000000", 12, "half-even"));
  return {
    id: trade.id,
    orderId: side === "sell" ? trade.askOrderId : trade.bidOrderId,
    clientOrderId:
      side === "sell"
        ? idText(item, "ask_client_id_str", "ask_client_id")
        : idText(item, "bid_client_id_str", "bid_client_id"),
    symbol: symbol(context, trade.marketId),
    side,
    price: trade.price,
    size: trade.size,
    fee,
    feeAsset: "USDC",
    liquidity: maker ? "maker" : "taker",
    timestamp: trade.timestamp || context.receivedAt,
    info: item,
  };
}

/** A Lighter position; `margin_mode` 0 is cross, 1 isolated. Size "0" means closed. */
export function parsePosition(
  item: JsonObject,
  context: AccountMappingContext,
): { marketId: number; position: Position } {
  const marketId = smallIntegerField(item, "market_id");
  const signed = decimalField(item, "position");
  const sign = optionalInteger(item, "sign") ?? 1n;
  const size = signDecimal(signed) < 0 ? signed.slice(1) : signed;
  const closed = isZeroDecimal(size);
  const liquidation = optionalDecimal(item, "liquidation_price");
  const marginMode = optionalInteger(item, "margin_mode");
  return {
    marketId,
    position: {
      symbol: symbol(context, marketId, optionalString(item, "symbol")),
      side: sign < 0n || signDecimal(signed) < 0 ? "short" : "long",
      size: closed ? "0" : size,
      entryPrice: optionalDecimal(item, "avg_entry_price") ?? "0",
      markPrice: undefined,
      liquidationPrice: liquidation === undefined || isZeroDecimal(liquidation) ? undefined : liquidation,
      notional: optionalDecimal(item, "position_value"),
      unrealizedPnl: optionalDecimal(item, "unrealized_pnl"),
      realizedPnl: optionalDecimal(item, "realized_pnl"),
      margin: optionalDecimal(item, "allocated_margin"),
      leverage: undefined,
      marginMode: marginMode === undefined ? undefined : marginMode === 1n ? "isolated" : "cross",
      timestamp: context.receivedAt,
      info: item,
    },
  };
}

/** A Lighter asset balance; `balance` is in coin units and includes `locked_balance`. */
export function parseBalance(item: JsonObject, context: AccountMappingContext): Balance {
  const total = decimalField(item, "balance");
  const locked = optionalDecimal(item, "locked_balance") ?? "0";
  const available = subDecimal(total, locked);
  return {
    asset: stringField(item, "symbol"),
    total,
    available: compareDecimal(available, "0") < 0 ? "0" : available,
    locked,
    equity: undefined,
    unrealizedPnl: undefined,
    timestamp: context.receivedAt,
    info: item,
  };
}

/** Margin figures of `user_stats` (decimal strings as sent). */
export interface LighterStatsFigures {
  collateral: string | undefined;
  portfolioValue: string | undefined;
  leverage: string | undefined;
  availableBalance: string | undefined;
  marginUsage: string | undefined;
  buyingPower: string | undefined;
}

export interface LighterAccountStats extends LighterStatsFigures {
  cross: LighterStatsFigures | undefined;
  total: LighterStatsFigures | undefined;
  timestamp: number;
  info: JsonObject;
}

function figures(source: JsonObject): LighterStatsFigures {
  return {
    collateral: floatText(source, "collateral"),
    portfolioValue: floatText(source, "portfolio_value"),
    leverage: floatText(source, "leverage"),
    availableBalance: floatText(source, "available_balance"),
    marginUsage: floatText(source, "margin_usage"),
    buyingPower: floatText(source, "buying_power"),
  };
}

export function parseStats(stats: JsonObject, receivedAt: number): LighterAccountStats {
  return {
    ...figures(stats),
    cross: isObject(stats.cross_stats) ? figures(stats.cross_stats) : undefined,
    total: isObject(stats.total_stats) ? figures(stats.total_stats) : undefined,
    timestamp: receivedAt,
    info: stats,
  };
}

/** A transaction of `account_tx` (REST `Tx`); `status` 4 failed, 5 rejected by the sequencer. */
export interface LighterAccountTx {
  hash: string;
  txType: number;
  status: number;
  nonce: bigint | undefined;
  blockHeight: bigint | undefined;
  executedAt: number | undefined;
  /** The `ae` app-error of `event_info` (why an order, cancel or modify failed), when set. */
  appError: string | undefined;
  info: JsonObject;
}

export function parseAccountTx(item: JsonObject): LighterAccountTx {
  const executed = optionalInteger(item, "executed_at");
  let appError: string | undefined;
  const eventInfo = item.event_info;
  if (typeof eventInfo === "string" && eventInfo.startsWith("{")) {
    try {
      const parsed = parseJson(eventInfo);
      if (isObject(parsed) && typeof parsed.ae === "string" && parsed.ae !== "") appError = parsed.ae;
    } catch {
      // event_info is informational; an unreadable one leaves appError unset.
    }
  }
  return {
    hash: stringField(item, "hash"),
    txType: smallIntegerField(item, "type"),
    status: smallIntegerField(item, "status"),
    nonce: optionalInteger(item, "nonce"),
    blockHeight: optionalInteger(item, "block_height"),
    executedAt: executed === undefined || executed === 0n ? undefined : toMilliseconds(executed),
    appError,
    info: item,
  };
}

/** A notification (`liquidation`, `deleverage` or `announcement`); `content` depends on `kind`. */
export interface LighterNotification {
  id: string | undefined;
  kind: string | undefined;
  content: unknown;
  info: JsonObject;
}

export function parseNotification(item: JsonObject): LighterNotification {
  return {
    id: optionalString(item, "id"),
    kind: optionalString(item, "kind"),
    content: item.content,
    info: item,
  };
}

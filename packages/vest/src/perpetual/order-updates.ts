import type { Order, OrderStatus, OrderUpdate } from "@perp/core";
import { VEST_STATUS } from "../ws/account/order-mapping.js";
import { describeRejectCode } from "../ws/account/reject-codes.js";

/** The Vest fields an order carries in `info` (stream payloads and `GET /orders` rows). */
interface VestOrderFields {
  id?: unknown;
  nonce?: unknown;
  status?: unknown;
  code?: unknown;
}

/** The nonce an order was signed with, as the client order id it stands for. */
export function clientOrderIdOf(info: unknown): string | undefined {
  if (typeof info !== "object" || info === null) return undefined;
  const nonce = (info as VestOrderFields).nonce;
  if (typeof nonce === "string" && /^\d+$/.test(nonce)) return nonce;
  if (typeof nonce === "number" && Number.isSafeInteger(nonce) && nonce >= 0) return String(nonce);
  if (typeof nonce === "bigint" && nonce >= 0n) return nonce.toString();
  return undefined;
}

/** The engine rejection code of a REJECTED order, when its payload has one. */
export function rejectCodeOf(info: unknown): number | string | undefined {
  if (typeof info !== "object" || info === null) return undefined;
  const code = (info as VestOrderFields).code;
  return typeof code === "number" || typeof code === "string" ? code : undefined;
}

/**
 * An order the account stream reported, as an update for the OrderTracker: the same fields, plus
 * the client order id (the nonce) that matches it to the order placed here.
 */
export function updateFromStreamOrder(order: Order): OrderUpdate {
  return {
    id: order.id,
    clientOrderId: clientOrderIdOf(order.info),
    symbol: order.symbol,
    side: order.side,
    type: order.type,
    size: order.size,
    status: order.status,
    price: order.price,
    filled: order.filled,
    averageFillPrice: order.averageFillPrice,
    reduceOnly: order.reduceOnly,
    statusReason: order.statusReason,
    createdAt: order.createdAt,
    info: order.info,
  };
}

/**
 * A bare stage event (cancel or reject payloads carry only id, status, code and nonce) for an
 * order tracked here: completed with what the tracker knows. Undefined when it is not such an
 * event or the order is not known.
 */
export function updateFromBareEvent(
  raw: unknown,
  lookup: (key: { id?: string | undefined; clientOrderId?: string | undefined }) => Order | undefined,
): OrderUpdate | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const fields = raw as VestOrderFields;
  if (typeof fields.id !== "string" || typeof fields.status !== "string") return undefined;
  const status: OrderStatus | undefined = VEST_STATUS[fields.status];
  if (status === undefined) return undefined;
  const clientOrderId = clientOrderIdOf(raw);
  const known = lookup({ id: fields.id }) ?? lookup({ clientOrderId });
  if (known === undefined) return undefined;
  return {
    id: fields.id,
    clientOrderId: clientOrderId ?? known.clientOrderId,
    symbol: known.symbol,
    side: known.side,
    type: known.type,
    size: known.size,
    status,
    statusReason:
      status === "rejected" || status === "cancelled" ? describeRejectCode(rejectCodeOf(raw)) : undefined,
    info: raw,
  };
}

import type { Balance, Position } from "./account.js";
import type { Fill, Order } from "./order.js";

interface EventBase {
  /** Local time (ms) the SDK received the message. */
  receivedAt: number;
}

export interface OrderUpdateEvent extends EventBase {
  type: "order";
  order: Order;
}

export interface FillEvent extends EventBase {
  type: "fill";
  fill: Fill;
}

export interface BalanceUpdateEvent extends EventBase {
  type: "balance";
  balance: Balance;
}

/** A position changed; size "0" means it was closed. */
export interface PositionUpdateEvent extends EventBase {
  type: "position";
  position: Position;
}

/**
 * The account stream lost continuity (`started`: reconnecting, updates may have been missed) or
 * regained it (`completed`: snapshots re-fetched, tracked orders reconciled; state is current again).
 */
export interface ResyncEvent extends EventBase {
  type: "resync";
  phase: "started" | "completed";
  reason: string;
}

/**
 * A venue message the adapter could not map (a new message type, a field it does not know).
 * Surfaced as is instead of ending the stream.
 */
export interface UnknownAccountEvent extends EventBase {
  type: "unknown";
  /** The venue's channel or message type, when it has one. */
  channel: string | undefined;
  reason: string;
  raw: unknown;
}

export type AccountEvent =
  | OrderUpdateEvent
  | FillEvent
  | BalanceUpdateEvent
  | PositionUpdateEvent
  | ResyncEvent
  | UnknownAccountEvent;

export type AccountEventType = AccountEvent["type"];

import { type BookLevel, ValidationError } from "@perp/core";
import { isSnapshotFrame } from "../channels.js";
import {
  integerField,
  isObject,
  type JsonObject,
  objectField,
  optionalInteger,
  stringField,
} from "./fields.js";

/** One `order_book` frame, read. Levels carry absolute sizes; a size equal to 0 removes the level. */
export interface LighterOrderBookMessage {
  /** True for `subscribed/order_book` (the whole book). */
  snapshot: boolean;
  channel: string;
  /** Engine nonce after this message. */
  nonce: bigint;
  /** Nonce this update follows (the previous message's `nonce`); 0 in a snapshot. */
  beginNonce: bigint;
  /** Per-API-server counter; not contiguous and reset across servers, so never used for gaps. */
  offset: bigint | undefined;
  bids: BookLevel[];
  asks: BookLevel[];
  /** Server time, ms. */
  timestamp: number | undefined;
}

function levels(book: JsonObject, field: "bids" | "asks"): BookLevel[] {
  const value = book[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new ValidationError(`Lighter order_book.${field} must be an array of levels`, {
      venue: "lighter",
      issues: [{ path: ["order_book", field], message: "expected an array" }],
    });
  }
  const out: BookLevel[] = [];
  for (const level of value) {
    if (!isObject(level)) {
      out.push(level as BookLevel); // the order book rejects it with a precise message
      continue;
    }
    out.push({ price: level.price as string, size: level.size as string });
  }
  return out;
}

/** Reads an `order_book` frame; throws ValidationError when it is malformed. */
export function parseOrderBookMessage(message: unknown): LighterOrderBookMessage {
  const frame = message as JsonObject;
  const book = objectField(frame, "order_book");
  const timestamp = optionalInteger(frame, "timestamp");
  return {
    snapshot: isSnapshotFrame(frame),
    channel: stringField(frame, "channel"),
    nonce: integerField(book, "nonce"),
    beginNonce: optionalInteger(book, "begin_nonce") ?? 0n,
    offset: optionalInteger(book, "offset") ?? optionalInteger(frame, "offset"),
    bids: levels(book, "bids"),
    asks: levels(book, "asks"),
    timestamp: timestamp === undefined ? undefined : Number(timestamp),
  };
}

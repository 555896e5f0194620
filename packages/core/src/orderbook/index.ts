export { MAX_PRICE_INTEGER_DIGITS } from "./level-text.js";
export { OrderBook, type OrderBookOptions } from "./order-book.js";
export type {
  ApplyOutcome,
  BookLevel,
  BookSideName,
  CrossedBook,
  LevelInput,
  OrderBookDelta,
  OrderBookDepth,
  OrderBookSnapshot,
  OrderBookSnapshotInput,
  SequenceInput,
} from "./types.js";

/** ccxt's L2 order book (npm ccxt, devDependency), loaded on its own without the exchange bundle. */

/** A ccxt row: [price, size] floats. ccxt keeps the array it is given as the stored level. */
export type CcxtRow = [number, number];

export interface CcxtSide {
  storeArray(row: CcxtRow): void;
  readonly length: number;
  readonly [index: number]: CcxtRow;
}

export interface CcxtBook {
  bids: CcxtSide;
  asks: CcxtSide;
}

export type CcxtBookClass = new (snapshot?: object, depth?: number) => CcxtBook;

export async function loadCcxtOrderBook(): Promise<CcxtBookClass> {
  // ccxt's package exports only its full bundle; load just the order-book module beside it.
  const entry = import.meta.resolve("ccxt");
  const module = (await import(new URL("./src/base/ws/OrderBook.js", entry).href)) as {
    OrderBook: CcxtBookClass;
  };
  return module.OrderBook;
}

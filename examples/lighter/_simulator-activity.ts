/**
 * Simulator only: trading activity the examples can show. The simulator's market maker quotes the
 * book but never takes, so without this nothing trades:
 * - `fills`: the TEST account buys the smallest size at market and sells it back once, so its
 *   trades, inactive orders and transactions are not empty;
 * - `restingOrder`: the TEST account leaves a post-only buy resting 10 % under the book;
 * - `trades`: the counterparty account crosses the spread every 300 ms, buy and sell in turn, so
 *   public trade streams and candles have data.
 */
import { mulDecimal } from "@perp/core";
import {
  createClientOrderIndexSource,
  LighterRestClient,
  type LighterRestClientOptions,
  LighterSigner,
  type PerpsOrderBookDetail,
  toLighterPrice,
  toLighterSize,
} from "@perp/lighter";
import {
  LIGHTER_COUNTERPARTY_CREDENTIALS,
  LIGHTER_TEST_CREDENTIALS,
  type LighterTestCredentials,
} from "@perp/testkit";

export interface SimulatorActivity {
  stop(): Promise<void>;
}

const PERIOD_MS = 300;
const MARKET_ID = 0;

export async function startSimulatorActivity(
  rest: LighterRestClientOptions,
  chainId: number,
  what: { trades: boolean; fills: boolean; restingOrder: boolean },
): Promise<SimulatorActivity> {
  if (!what.trades && !what.fills && !what.restingOrder) return { stop: async () => {} };
  const client = new LighterRestClient(rest);
  const { order_book_details } = await client.getOrderBookDetails({ marketId: MARKET_ID });
  const market = order_book_details[0];
  if (market === undefined) throw new Error(`the simulator lists no market ${MARKET_ID}`);
  if (what.fills || what.restingOrder) {
    const trader = await Trader.open(client, market, LIGHTER_TEST_CREDENTIALS, chainId);
    if (what.fills) {
      await trader.cross(false);
      await trader.cross(true);
    }
    if (what.restingOrder) await trader.rest();
  }
  if (!what.trades) return { stop: async () => {} };
  const trader = await Trader.open(client, market, LIGHTER_COUNTERPARTY_CREDENTIALS, chainId);
  let isAsk = false;
  const cross = async (): Promise<void> => {
    await trader.cross(isAsk);
    isAsk = !isAsk;
  };
  // Two trades (one each way) before the example starts, so history endpoints have data.
  await cross();
  await cross();
  let chain = Promise.resolve();
  let failed = false;
  const timer = setInterval(() => {
    chain = chain.then(cross).catch((error: unknown) => {
      // Reported once; the example still runs, it just sees fewer trades.
      if (!failed) console.error("simulator trader stopped:", error);
      failed = true;
      clearInterval(timer);
    });
  }, PERIOD_MS);
  return {
    async stop() {
      clearInterval(timer);
      await chain;
    },
  };
}

class Trader {
  readonly #client: LighterRestClient;
  readonly #market: PerpsOrderBookDetail;
  readonly #signer: LighterSigner;
  #nonce: bigint;

  private constructor(
    client: LighterRestClient,
    market: PerpsOrderBookDetail,
    signer: LighterSigner,
    nonce: bigint,
  ) {
    this.#client = client;
    this.#market = market;
    this.#signer = signer;
    this.#nonce = nonce;
  }

  static async open(
    client: LighterRestClient,
    market: PerpsOrderBookDetail,
    creds: LighterTestCredentials,
    chainId: number,
  ): Promise<Trader> {
    const signer = LighterSigner.fromPrivateKey(creds.apiPrivateKey, {
      accountIndex: creds.accountIndex,
      apiKeyIndex: creds.apiKeyIndex,
      chainId,
    });
    const { nonce } = await client.getNextNonce({
      accountIndex: creds.accountIndex,
      apiKeyIndex: creds.apiKeyIndex,
    });
    return new Trader(client, market, signer, BigInt(nonce));
  }

  /** A market order (IOC at a worst price 2 % through the touch) for the smallest size. */
  async cross(isAsk: boolean): Promise<void> {
    const book = await this.#client.getOrderBookOrders({ marketId: MARKET_ID, limit: 1 });
    const touch = isAsk ? book.bids[0] : book.asks[0];
    if (touch === undefined) return;
    const worst = mulDecimal(touch.price, isAsk ? "0.98" : "1.02");
    const signed = this.#signer.createOrder({
      MarketIndex: MARKET_ID,
      ClientOrderIndex: 0,
      BaseAmount: toLighterSize(this.#market, this.#market.min_base_amount),
      Price: toLighterPrice(this.#market, worst, { rounding: isAsk ? "up" : "down" }),
      IsAsk: isAsk ? 1 : 0,
      Type: 1,
      TimeInForce: 0,
      ReduceOnly: 0,
      TriggerPrice: 0,
      OrderExpiry: 0,
      Nonce: this.#nonce++,
    });
    await this.#client.sendTx(signed);
  }

  /** A post-only buy for the smallest size 10 % under the best bid, left resting for an hour. */
  async rest(): Promise<void> {
    const [bid] = (await this.#client.getOrderBookOrders({ marketId: MARKET_ID, limit: 1 })).bids;
    if (bid === undefined) return;
    const signed = this.#signer.createOrder({
      MarketIndex: MARKET_ID,
      ClientOrderIndex: createClientOrderIndexSource()(),
      BaseAmount: toLighterSize(this.#market, this.#market.min_base_amount),
      Price: toLighterPrice(this.#market, mulDecimal(bid.price, "0.9"), { rounding: "down" }),
      IsAsk: 0,
      Type: 0,
      TimeInForce: 2,
      ReduceOnly: 0,
      TriggerPrice: 0,
      OrderExpiry: Date.now() + 60 * 60 * 1000,
      Nonce: this.#nonce++,
    });
    await this.#client.sendTx(signed);
  }
}

/**
 * Simulator only: a second test account that crosses the spread with the smallest order, buy and
 * sell in turn, so public trade streams and trade candles have something to show. The simulator's
 * market maker quotes the book but never takes.
 */
import { mulDecimal, quantize } from "@perp/core";
import { type ExtendedRestClient, type Market, StarkSigner } from "@perp/extended";

export interface BackgroundTrader {
  stop(): Promise<void>;
}

export interface TraderAccount {
  starkPrivateKey: string;
  vault: number;
}

const PERIOD_MS = 400;

export async function startBackgroundTrader(
  client: ExtendedRestClient,
  account: TraderAccount,
  marketName = "BTC-USD",
): Promise<BackgroundTrader> {
  const signer = StarkSigner.fromPrivateKey(account.starkPrivateKey);
  const [market] = await client.getMarkets({ market: marketName });
  if (market === undefined) throw new Error(`the simulator lists no ${marketName}`);
  let side: "BUY" | "SELL" = "BUY";
  const cross = async (): Promise<void> => {
    await crossOnce(client, signer, account.vault, market, side);
    side = side === "BUY" ? "SELL" : "BUY";
  };
  await cross();
  let chain = Promise.resolve();
  let failed = false;
  const timer = setInterval(() => {
    chain = chain.then(cross).catch((error: unknown) => {
      // Reported once; the example still runs, it just sees fewer trades.
      if (!failed) console.error("background trader stopped:", error);
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

async function crossOnce(
  client: ExtendedRestClient,
  signer: StarkSigner,
  vault: number,
  market: Market,
  side: "BUY" | "SELL",
): Promise<void> {
  const { markPrice } = await client.getMarketStats({ market: market.name });
  // A market order is an IOC limit at a worst price; 1 % through the mark crosses the maker's quotes.
  const worst = mulDecimal(markPrice, side === "BUY" ? "1.01" : "0.99");
  const price = quantize(worst, market.tradingConfig.minPriceChange, side === "BUY" ? "down" : "up");
  await client.createOrder({
    signer,
    order: {
      vault,
      market,
      type: "MARKET",
      side,
      qty: market.tradingConfig.minOrderSize,
      price,
      fee: "0.001",
      timeInForce: "IOC",
      expiryEpochMillis: Date.now() + 60 * 60 * 1000,
    },
  });
}

import { OrderBookDetails } from "../../schemas/market.js";
import { type LighterMarketInfo, MarketDirectory } from "../markets.js";

/** ETH and BTC as `orderBookDetails` describes them (4/2 and 5/1 decimals, fees in percent). */
export const DETAILS = OrderBookDetails.parse({
  code: 200,
  order_book_details: [
    {
      symbol: "ETH",
      market_id: 0,
      market_type: "perp",
      status: "active",
      taker_fee: "0.0280",
      maker_fee: "0.0040",
      min_base_amount: "0.0050",
      min_quote_amount: "10.000000",
      supported_size_decimals: 4,
      supported_price_decimals: 2,
      size_decimals: 4,
      price_decimals: 2,
      default_initial_margin_fraction: 500,
      min_initial_margin_fraction: 200,
      mark_price: "3000.00",
      index_price: "3000.10",
      daily_chart: {},
    },
    {
      symbol: "BTC",
      market_id: 1,
      status: "active",
      min_base_amount: "0.00020",
      min_quote_amount: "10.000000",
      supported_size_decimals: 5,
      supported_price_decimals: 1,
      size_decimals: 5,
      price_decimals: 1,
      min_initial_margin_fraction: 300,
      market_config: { force_reduce_only: true },
      daily_chart: {},
    },
  ],
  spot_order_book_details: [],
});

export function directory(): MarketDirectory {
  const markets = new MarketDirectory();
  markets.replace(DETAILS.order_book_details);
  return markets;
}

export function eth(): LighterMarketInfo {
  return directory().get("ETH");
}

// GET /exchangeInfo: every market's precision, margin ratios and fee. Read it once at start-up:
// prices and sizes must be formatted with exactly these decimals before they are signed.
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const client = new VestRestClient(env.rest);
  const info = await client.getExchangeInfo();
  for (const m of info.symbols) {
    console.log(
      `${m.symbol.padEnd(14)} price ${m.priceDecimals} dp, size ${m.sizeDecimals} dp, ` +
        `initial margin ${m.initMarginRatio}, fee ${m.takerFee}`,
    );
  }
  console.log(
    `collateral has ${info.exchange.collateralDecimals} decimals; LP pool ${info.exchange.lp} USDC`,
  );
} finally {
  await env.close();
}

// POST /account/leverage: the leverage of one market. Set it before trading that market; raising
// margin requirements while a position is open can be refused.
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const setting = await client.setLeverage({ symbol: env.symbol, value: 10 });
  console.log(`${setting.symbol} leverage is now ${setting.value}x`);
  const { leverages } = await client.getAccount();
  console.log(`account leverages: ${leverages.map((l) => `${l.symbol} ${l.value}x`).join(", ")}`);
} finally {
  await env.close();
}

// PUT /account/listenKey: extends the listen key by another 60 minutes. Call it every 30 minutes
// while the private socket is open (VestAccountStream does this for you).
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const created = await client.createListenKey();
  const extended = await client.keepAliveListenKey();
  console.log(`listen key extended by 60 minutes; still the same key: ${extended === created}`);
  await client.deleteListenKey();
} finally {
  await env.close();
}

// POST /account/listenKey: the token that opens the private WebSocket. It lives 60 minutes from
// the last POST or PUT. It authenticates like a password, so never log it: print its length only.
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const listenKey = await client.createListenKey();
  console.log(`listen key created (${listenKey.length} characters, valid for 60 minutes)`);
  // Asking again while one is alive gives the same key back, with 60 fresh minutes.
  console.log(`second POST returns the same key: ${(await client.createListenKey()) === listenKey}`);
  await client.deleteListenKey();
} finally {
  await env.close();
}

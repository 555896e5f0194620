// DELETE /account/listenKey: revokes the listen key at once, closing private sockets that use it.
// Do it on shutdown so a leaked key stops working immediately rather than in an hour.
import { PerpError } from "@perp/core";
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  await client.createListenKey();
  await client.deleteListenKey();
  console.log("listen key deleted");
  // With no key left, extending fails: the next session must POST a new one.
  const refused = await client.keepAliveListenKey().then(
    () => "still alive",
    (error: unknown) => (error instanceof PerpError ? `${error.name}: ${error.message}` : String(error)),
  );
  console.log(`keep-alive after delete: ${refused}`);
} finally {
  await env.close();
}

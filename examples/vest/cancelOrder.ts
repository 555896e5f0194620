// POST /orders/cancel: signed like every write, one order id at a time (v2 has no cancel-all).
// Cancelling an order that already filled or was cancelled throws a NotFoundError: read the order
// to learn which.
import { NotFoundError } from "@perp/core";
import { signCancel, VestRestClient } from "@perp/vest";
import { placeRestingOrder, vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const { id } = await placeRestingOrder(client, account, env.symbol);

  const cancel = await signCancel(account.signingPrivateKey, {
    time: Date.now(),
    nonce: (await client.getAccountNonce()).nextNonce,
    id,
  });
  await client.cancelOrder(cancel);
  console.log(`order ${id} is now ${(await client.getOrder({ id }))?.status}`);

  const again = await signCancel(account.signingPrivateKey, {
    time: Date.now(),
    nonce: (await client.getAccountNonce()).nextNonce,
    id,
  });
  await client.cancelOrder(again).catch((error: unknown) => {
    if (!(error instanceof NotFoundError)) throw error;
    console.log(`second cancel: ${error.name} (${error.message})`);
  });
} finally {
  await env.close();
}

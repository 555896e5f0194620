// The private `account_private` stream: order updates and fills as they happen, over a listen key
// that VestAccountStream creates, keeps alive every 30 minutes and deletes on close. v2 streams no
// balances or positions: `accountChanged` says when to re-read GET /account.
import type { AccountEvent } from "@perp/core";
import { VestAccountStream, VestRestClient } from "@perp/vest";
import { placeRestingOrder, vestEnv } from "./_env.js";

const env = await vestEnv();
const account = env.account();
const { apiKey, accountGroup } = account;
const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
const stream = new VestAccountStream({
  ...env.ws,
  accountGroup,
  listenKey: {
    create: () => client.createListenKey(),
    keepAlive: () => client.keepAliveListenKey(),
    close: () => client.deleteListenKey(),
  },
});
const describe = (e: AccountEvent): string => {
  if (e.type === "order")
    return `order ${e.order.id}: ${e.order.side} ${e.order.size} @ ${e.order.price} ${e.order.status}`;
  if (e.type === "fill")
    return `fill of ${e.fill.orderId}: ${e.fill.size} @ ${e.fill.price}, fee ${e.fill.fee}`;
  return e.type;
};
try {
  let sawCancel = () => {};
  const timeout = AbortSignal.timeout(15_000);
  const cancelled = new Promise<void>((resolve, reject) => {
    sawCancel = resolve;
    timeout.addEventListener("abort", () => reject(timeout.reason));
  });
  const subscription = await stream.watch((event) => {
    console.log(describe(event));
    if (event.type === "order" && event.order.status === "cancelled") sawCancel();
  });
  stream.on("accountChanged", (reason) => console.log(`balances changed (${reason}): re-read GET /account`));

  // Something to watch: a deposit (simulator only), then an order that rests and is cancelled.
  await env.simulateDeposit("100");
  const resting = await placeRestingOrder(client, account, env.symbol);
  await resting.cancel();
  await cancelled;
  await subscription.unsubscribe();
} finally {
  await stream.close();
  await env.close();
}

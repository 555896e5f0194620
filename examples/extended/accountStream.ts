/** Stream /account, owned directly: the snapshot burst, the local account state and readiness. */
import { ExtendedStreams } from "@perp/extended";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "apiKey" });
const streams = new ExtendedStreams(env.streams);

// Each connect starts with snapshots of open orders, balance and positions; `state` mirrors them.
const account = streams.account();
const burst = new Promise((resolve, reject) => {
  account.on("snapshotComplete", resolve);
  setTimeout(() => reject(new Error("no account snapshot within 10 s")), 10_000).unref();
});
account.on("resync", (notice) => console.log(`resync ${notice.phase}: ${notice.reason}`));
await account.start();
const notice = await burst;
console.log("snapshot burst:", notice);

const { balances, openOrders, positions } = account.state;
for (const b of balances)
  console.log(`balance ${b.total} ${b.asset} (available ${b.available}, equity ${b.equity ?? "-"})`);
console.log(`${openOrders.length} open orders, ${positions.length} positions; ready: ${account.ready}`);
await account.close();

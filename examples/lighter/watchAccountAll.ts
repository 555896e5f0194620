/** Raw channel account_all/{account}: the frames as the venue sends them, for fields the typed streams do not map. */
import { LighterWsClient, lighterChannels } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", simulatorFills: true });
const ws = new LighterWsClient(env.ws);

// Any channel by its address; the subscribe frame carries an auth token when the client has one.
const frames = ws.stream<Record<string, unknown>>({ channel: lighterChannels.accountAll(env.accountIndex) });
// The first frame is the snapshot: orders, positions and trades by market, funding, pool shares.
const { value: frame } = await frames.next();
console.log(`${frame?.type}: ${Object.keys(frame ?? {}).join(", ")}`);
const trades = frame?.trades as Record<string, unknown[]> | undefined;
console.log(
  `trades by market: ${
    Object.entries(trades ?? {})
      .map(([m, t]) => `${m}: ${t.length}`)
      .join(", ") || "none"
  }`,
);
await frames.unsubscribe();
await ws.close();

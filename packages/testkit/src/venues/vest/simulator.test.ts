import { describe, expect, it } from "vitest";
import { startHarness, VenueProtocolRegistry } from "../../server/index.js";
import { channel, WsClient } from "./__fixtures__/vest-client.js";
import { VEST_TEST_CREDENTIALS } from "./credentials.js";
import { manualVestSimulator, VestSimulator, vestProtocolFactory } from "./simulator.js";

describe("Vest simulator modes", () => {
  it("registers under its venue name for the CLI", () => {
    const registry = new VenueProtocolRegistry();
    registry.register("vest", vestProtocolFactory);
    const [protocol] = registry.create(["vest"], { seed: 7 });
    expect(protocol).toBeInstanceOf(VestSimulator);
    expect(protocol?.venue).toBe("vest");
  });

  it("ticks the engine on harness timers in real-clock mode, so the house re-quotes", async () => {
    const sim = new VestSimulator({ seed: 3, tickIntervalMs: 50, depthSnapshotIntervalMs: 0 });
    const harness = await startHarness({ protocols: [sim], admin: false });
    try {
      const client = await WsClient.open(`${harness.urls.vest!.ws}/ws-api?version=1.0`);
      client.send({ method: "SUBSCRIBE", params: ["BTC-PERP@depth"], id: 1 });
      const first = await client.next(channel("BTC-PERP@depth"));
      let changed = false;
      for (let i = 0; i < 20 && !changed; i++) {
        const frame = await client.next(channel("BTC-PERP@depth"), 3000);
        changed = JSON.stringify(frame.json.data) !== JSON.stringify(first.json.data);
      }
      expect(changed).toBe(true);
      expect(first.json.data.bids).toHaveLength(20);
      client.close();
    } finally {
      await harness.close();
    }
  });

  it("keeps state across a venue restart and runs periodic jobs on a manual clock", async () => {
    const sim = manualVestSimulator({ tickIntervalMs: 1000, tickerIntervalMs: 1000 });
    const harness = await startHarness({ protocols: [sim], admin: false });
    try {
      const before = sim.engine.market("BTC-PERP")!.markPrice;
      sim.clock.advance(5000);
      expect(sim.engine.market("BTC-PERP")!.markPrice).not.toBe(before);
      sim.deposit(VEST_TEST_CREDENTIALS.primaryAddress, "5");
      await harness.faults.restart("vest", { downMs: 10 });
      const url = new URL(`${harness.urls.vest!.http}/v2/account`);
      url.searchParams.set("time", String(sim.clock.now()));
      const res = await fetch(url, { headers: { "x-api-key": VEST_TEST_CREDENTIALS.apiKey } });
      expect(((await res.json()) as { collateral: string }).collateral).toBe("100005.000000");
      const client = await WsClient.open(`${harness.urls.vest!.ws}/ws-api?version=1.0`);
      client.send({ method: "SUBSCRIBE", params: ["tickers"], id: 1 });
      await client.next(channel("tickers"));
      sim.clock.advance(1000);
      expect((await client.next(channel("tickers"))).json.data).toHaveLength(2);
      client.close();
    } finally {
      await harness.close();
    }
    expect(sim.clock.pendingTimers).toBe(0);
  });
});

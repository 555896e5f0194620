import { describe, expect, it } from "vitest";
import { startHarness } from "../../server/index.js";
import { StreamClient } from "./__fixtures__/sim.js";
import { createExtendedSimulator, extendedProtocolFactory } from "./protocol.js";

describe("extended real-clock mode", () => {
  it("ticks the engine on harness timers so the book moves and deltas stream", async () => {
    const sim = createExtendedSimulator({
      tickIntervalMs: 10,
      streamFlushIntervalMs: 10,
      pingIntervalMs: false,
    });
    const harness = await startHarness({ protocols: [sim], admin: false });
    const urls = harness.urls.extended!;
    const rig = { http: urls.http, ws: urls.ws } as Parameters<typeof StreamClient.connect>[0];
    try {
      const marks = new Set<string>();
      const client = await StreamClient.connect(rig, "/orderbooks/BTC-USD");
      const messages = await client.waitFor(6, 5000);
      for (let i = 0; i < 20 && marks.size < 2; i++) {
        marks.add(sim.state.engine.market("BTC-USD")!.markPrice);
        await client.settle(20);
      }
      expect(marks.size).toBeGreaterThan(1);
      expect(messages[0].type).toBe("SNAPSHOT");
      expect(messages.slice(1, 6).every((m) => m.type === "DELTA")).toBe(true);
      client.close();
    } finally {
      await harness.close();
    }
  });

  it("is what the registry factory builds", () => {
    const protocol = extendedProtocolFactory({ seed: 7 });
    expect(protocol.venue).toBe("extended");
  });
});

import { PerpError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { ListenKeyManager } from "./listen-key.js";

const KEY_A = "aaaa1280448d4843b190c50fbd170078";
const KEY_B = "bbbb1280448d4843b190c50fbd170078";

describe("ListenKeyManager", () => {
  it("creates once, reuses, and creates again after invalidation", async () => {
    let created = 0;
    const keys = new ListenKeyManager({
      create: async () => (created++ === 0 ? { listenKey: KEY_A } : KEY_B),
      keepAlive: async () => undefined,
    });
    expect(await Promise.all([keys.current(), keys.current()])).toEqual([KEY_A, KEY_A]);
    expect(created).toBe(1);
    keys.invalidate();
    expect(await keys.current()).toBe(KEY_B);
  });

  it("extends, and tells a same-key recreation from a replacement when the PUT fails", async () => {
    let next = KEY_A;
    const keys = new ListenKeyManager({
      create: async () => next,
      keepAlive: async () => {
        throw new Error("1125");
      },
    });
    await keys.current();
    expect(await keys.refresh()).toBe("extended");
    next = KEY_B;
    expect(await keys.refresh()).toBe("replaced");
    expect(await keys.current()).toBe(KEY_B);
  });

  it("masks every key it handed out in later errors", async () => {
    const keys = new ListenKeyManager({ create: async () => KEY_A, keepAlive: async () => undefined });
    await keys.current();
    const error = new PerpError(`venue said ${KEY_A} is unknown`);
    expect(error.message).toBe("venue said [redacted] is unknown");
  });

  it("refuses an empty key", async () => {
    const keys = new ListenKeyManager({ create: async () => "", keepAlive: async () => undefined });
    await expect(keys.current()).rejects.toThrow("returned no key");
  });
});

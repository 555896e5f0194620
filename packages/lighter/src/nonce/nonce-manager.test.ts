import {
  AbortedError,
  HttpError,
  InsufficientMarginError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  VenueApiError,
  WebSocketError,
} from "@perp/core";
import { describe, expect, it } from "vitest";
import { classifyTxFailure } from "./failure.js";
import { LighterNonceManager } from "./nonce-manager.js";
import { LighterNonceRegistry } from "./nonce-registry.js";
import { restNonceFetcher } from "./rest-fetcher.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

function nonceError(): VenueApiError {
  return new VenueApiError("Lighter failed with code 21104: invalid nonce", {
    venue: "lighter",
    venueCode: 21104,
    venueMessage: "invalid nonce",
  });
}

/** A venue counter behind a slow nextNonce endpoint. */
function venue(start: bigint) {
  const state = { next: start, fetches: 0 };
  const fetchNextNonce = async () => {
    state.fetches++;
    await tick();
    return state.next.toString();
  };
  return { state, fetchNextNonce };
}

describe("LighterNonceManager", () => {
  it("fetches once, then hands out distinct consecutive nonces to concurrent callers", async () => {
    const { state, fetchNextNonce } = venue(100n);
    const manager = new LighterNonceManager({ accountIndex: 7, apiKeyIndex: 4, fetchNextNonce });
    const nonces = await Promise.all(Array.from({ length: 20 }, () => manager.next()));
    expect(nonces).toEqual(Array.from({ length: 20 }, (_, i) => 100n + BigInt(i)));
    expect(state.fetches).toBe(1);
    expect(manager.peek()).toBe(120n);
  });

  it("allocates consecutive ranges for batches", async () => {
    const manager = new LighterNonceManager({ ...venue(5n), accountIndex: 1, apiKeyIndex: 4 });
    const [a, b] = await Promise.all([manager.nextBatch(3), manager.nextBatch(2)]);
    expect(a).toEqual([5n, 6n, 7n]);
    expect(b).toEqual([8n, 9n]);
  });

  it("resyncs from the venue after a nonce rejection", async () => {
    const { state, fetchNextNonce } = venue(10n);
    const manager = new LighterNonceManager({ accountIndex: 1, apiKeyIndex: 4, fetchNextNonce });
    const nonce = await manager.next();
    state.next = 42n; // another process used the key
    expect(manager.onRejected(nonce, nonceError())).toBe("nonce");
    expect(manager.peek()).toBeUndefined();
    expect(await manager.next()).toBe(42n);
    expect(state.fetches).toBe(2);
  });

  it("never reuses a nonce whose outcome is unknown: it asks the venue", async () => {
    const { state, fetchNextNonce } = venue(10n);
    const manager = new LighterNonceManager({ accountIndex: 1, apiKeyIndex: 4, fetchNextNonce });
    const nonce = await manager.next();
    state.next = 11n; // the timed-out transaction did reach the venue
    const timeout = new TimeoutError("slow", { status: 0, method: "POST", url: "https://x/api/v1/sendTx" });
    expect(manager.onRejected(nonce, timeout)).toBe("unknown");
    expect(await manager.next()).toBe(11n);
    expect(state.fetches).toBe(2);
  });

  it("hands back the last nonce after an outright refusal, and resyncs when later ones are out", async () => {
    const { state, fetchNextNonce } = venue(10n);
    const manager = new LighterNonceManager({ accountIndex: 1, apiKeyIndex: 4, fetchNextNonce });
    const margin = new InsufficientMarginError("no margin", {
      venue: "lighter",
      venueCode: 21739,
      venueMessage: "not enough margin to create the order",
    });
    const first = await manager.next();
    expect(manager.onRejected(first, margin)).toBe("rejected");
    expect(await manager.next()).toBe(10n);
    const second = await manager.next();
    expect(second).toBe(11n);
    manager.onRejected(10n, margin); // 11 is already out: it cannot be handed back
    expect(manager.peek()).toBeUndefined();
    expect(await manager.next()).toBe(10n);
    expect(state.fetches).toBe(2);
  });

  it("ignores reports about nonces of an older sequence", async () => {
    const { state, fetchNextNonce } = venue(10n);
    const manager = new LighterNonceManager({ accountIndex: 1, apiKeyIndex: 4, fetchNextNonce });
    const [a, b] = await Promise.all([manager.next(), manager.next()]);
    state.next = 50n;
    manager.onRejected(a, nonceError());
    expect(await manager.next()).toBe(50n);
    manager.onRejected(b, nonceError()); // 11 < 50: from the old sequence
    expect(manager.peek()).toBe(51n);
    expect(state.fetches).toBe(2);
  });

  it("rejects with AbortedError while fetching, and the next allocation still works", async () => {
    let release: (() => void) | undefined;
    let calls = 0;
    const manager = new LighterNonceManager({
      accountIndex: 1,
      apiKeyIndex: 4,
      fetchNextNonce: () => {
        calls++;
        if (calls === 1) return new Promise<bigint>((resolve) => (release = () => resolve(1n)));
        return Promise.resolve(77n);
      },
    });
    const controller = new AbortController();
    const pending = manager.next({ signal: controller.signal });
    await tick();
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortedError);
    release?.();
    expect(await manager.next()).toBe(77n);
  });

  it("an allocation aborted while queued does not take a nonce or break the order", async () => {
    const manager = new LighterNonceManager({ ...venue(1n), accountIndex: 1, apiKeyIndex: 4 });
    const controller = new AbortController();
    const first = manager.next();
    const aborted = manager.next({ signal: controller.signal });
    const third = manager.next();
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(AbortedError);
    expect(await first).toBe(1n);
    expect(await third).toBe(2n);
    await expect(manager.next({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortedError);
    expect(await manager.next()).toBe(3n);
  });

  it("hands the nonce back when the allocation's callback throws", async () => {
    const manager = new LighterNonceManager({ ...venue(3n), accountIndex: 1, apiKeyIndex: 4 });
    await expect(
      manager.allocate(1, () => {
        throw new ValidationError("bad order");
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await manager.next()).toBe(3n);
  });

  it("does not hold the lock while a promise returned by the callback is pending", async () => {
    const manager = new LighterNonceManager({ ...venue(3n), accountIndex: 1, apiKeyIndex: 4 });
    const never = manager.allocate(1, () => new Promise<never>(() => {}));
    expect(await manager.next()).toBe(4n);
    void never;
  });

  it("hands back a refused batch as a whole, and resyncs or invalidates on demand", async () => {
    const { state, fetchNextNonce } = venue(20n);
    const manager = new LighterNonceManager({ accountIndex: 1, apiKeyIndex: 4, fetchNextNonce });
    const batch = await manager.nextBatch(3);
    const refusal = new VenueApiError("bad", {
      venue: "lighter",
      venueCode: 21120,
      venueMessage: "invalid signature",
    });
    expect(manager.onRejected(batch[0]!, refusal, 3)).toBe("rejected");
    expect(manager.peek()).toBe(20n);
    state.next = 33n;
    expect(await manager.resync()).toBe(33n);
    expect(manager.peek()).toBe(33n);
    manager.invalidate();
    state.next = 40n;
    expect(await manager.next()).toBe(40n);
    expect(state.fetches).toBe(3);
  });

  it("refuses a fetched value that is not a nonce", async () => {
    const manager = new LighterNonceManager({
      accountIndex: 1,
      apiKeyIndex: 4,
      fetchNextNonce: async () => "-1",
    });
    await expect(manager.next()).rejects.toBeInstanceOf(ValidationError);
  });

  it("validates its key", () => {
    const fetchNextNonce = async () => 1n;
    expect(() => new LighterNonceManager({ accountIndex: -1, apiKeyIndex: 4, fetchNextNonce })).toThrow(
      ValidationError,
    );
    expect(() => new LighterNonceManager({ accountIndex: 1, apiKeyIndex: 255, fetchNextNonce })).toThrow(
      ValidationError,
    );
  });
});

describe("classifyTxFailure", () => {
  const venueError = (code: number) =>
    new VenueApiError(`code ${code}`, { venue: "lighter", venueCode: code, venueMessage: undefined });

  it.each([
    [venueError(21104), "nonce"],
    [venueError(21105), "nonce"],
    [venueError(29501), "unknown"],
    [venueError(21120), "rejected"],
    [new RateLimitError("busy", { details: { venueCode: 21506 } }), "rejected"],
    [new TimeoutError("slow", { status: 0, method: "POST", url: "https://x" }), "unknown"],
    [new HttpError("down", { status: 0, method: "POST", url: "https://x" }), "unknown"],
    [new HttpError("bad gateway", { status: 502, method: "POST", url: "https://x" }), "unknown"],
    [new HttpError("forbidden", { status: 403, method: "POST", url: "https://x" }), "rejected"],
    [new WebSocketError("closed"), "unknown"],
    [new AbortedError("aborted"), "unknown"],
    [new ValidationError("bad"), "rejected"],
    [new Error("surprise"), "unknown"],
  ] as const)("%s is %s", (error, kind) => {
    expect(classifyTxFailure(error)).toBe(kind);
  });

  it("takes other nonce codes when configured", () => {
    expect(classifyTxFailure(venueError(21101), { nonceErrorCodes: [21101] })).toBe("nonce");
  });
});

describe("LighterNonceRegistry", () => {
  it("keeps one manager per (account, API key)", async () => {
    const asked: string[] = [];
    const registry = new LighterNonceRegistry(async (key) => {
      asked.push(`${key.accountIndex}/${key.apiKeyIndex}`);
      return 9n;
    });
    const a = registry.get(5, 4);
    expect(registry.get(5n, 4)).toBe(a);
    expect(registry.get("5", 4)).toBe(a);
    expect(registry.get(5, 6)).not.toBe(a);
    expect(await a.next()).toBe(9n);
    expect(asked).toEqual(["5/4"]);
  });
});

describe("restNonceFetcher", () => {
  it("reads the nonce from getNextNonce", async () => {
    const calls: unknown[] = [];
    const fetcher = restNonceFetcher(
      {
        getNextNonce: async (params) => {
          calls.push(params);
          return { code: 200, message: undefined, nonce: "722" };
        },
      },
      { accountIndex: 3n, apiKeyIndex: 4 },
    );
    expect(await fetcher()).toBe("722");
    expect(calls).toEqual([{ accountIndex: 3n, apiKeyIndex: 4 }]);
  });
});

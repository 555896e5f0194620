import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AbortedError, ValidationError } from "../errors/index.js";
import { RateLimiter } from "./rate-limiter.js";

describe("RateLimiter", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("grants up to the burst at once, then refills continuously at budget/window", async () => {
    const limiter = new RateLimiter({ budget: 10, windowMs: 1000 });
    expect(limiter.tryAcquire(6)).toBe(true);
    expect(limiter.tryAcquire(4)).toBe(true);
    expect(limiter.tryAcquire(1)).toBe(false);
    vi.advanceTimersByTime(100);
    expect(limiter.available).toBeCloseTo(1, 6);
    expect(limiter.tryAcquire(1)).toBe(true);
  });

  it("serves waiters in arrival order, each after enough weight refilled", async () => {
    const limiter = new RateLimiter({ budget: 10, windowMs: 1000 });
    await limiter.acquire(10);
    const granted: [string, number][] = [];
    const start = Date.now();
    const a = limiter.acquire(5).then(() => granted.push(["a", Date.now() - start]));
    const b = limiter.acquire(1).then(() => granted.push(["b", Date.now() - start]));
    const c = limiter.acquire(3).then(() => granted.push(["c", Date.now() - start]));
    expect(limiter.pending).toBe(3);
    await vi.advanceTimersByTimeAsync(1000);
    await Promise.all([a, b, c]);
    expect(granted.map(([name]) => name)).toEqual(["a", "b", "c"]);
    expect(granted.map(([, at]) => at)).toEqual([500, 600, 900]);
  });

  it("does not let a light request overtake a heavy one already waiting", async () => {
    const limiter = new RateLimiter({ budget: 10, windowMs: 1000 });
    await limiter.acquire(8);
    const order: string[] = [];
    const heavy = limiter.acquire(10).then(() => order.push("heavy"));
    // Two tokens are free, but the heavy waiter is first in line.
    expect(limiter.tryAcquire(1)).toBe(false);
    const light = limiter.acquire(1).then(() => order.push("light"));
    await vi.advanceTimersByTimeAsync(799);
    expect(order).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await heavy;
    await vi.advanceTimersByTimeAsync(100);
    await light;
    expect(order).toEqual(["heavy", "light"]);
  });

  it("removes an aborted waiter and lets the next one proceed", async () => {
    const limiter = new RateLimiter({ budget: 10, windowMs: 1000 });
    await limiter.acquire(10);
    const controller = new AbortController();
    const aborted = limiter.acquire(10, controller.signal);
    const next = limiter.acquire(2);
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(AbortedError);
    expect(limiter.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    await expect(next).resolves.toBeUndefined();
    expect(limiter.pending).toBe(0);
  });

  it("rejects at once when the signal is already aborted", async () => {
    const limiter = new RateLimiter({ budget: 1, windowMs: 1000 });
    await expect(limiter.acquire(1, AbortSignal.abort())).rejects.toBeInstanceOf(AbortedError);
    expect(limiter.available).toBe(1);
  });

  it("pauses every sharer after a venue-side limit", async () => {
    const limiter = new RateLimiter({ budget: 100, windowMs: 1000 });
    limiter.pause(300);
    expect(limiter.tryAcquire(1)).toBe(false);
    let done = false;
    const waiting = limiter.acquire(1).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(305);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(10);
    await waiting;
    expect(done).toBe(true);
  });

  it("refuses weights it could never grant and bad configuration", () => {
    const limiter = new RateLimiter({ budget: 10, windowMs: 1000, burst: 5 });
    expect(() => limiter.tryAcquire(6)).toThrow(ValidationError);
    expect(() => limiter.acquire(0)).toThrow(ValidationError);
    expect(() => new RateLimiter({ budget: 0, windowMs: 1000 })).toThrow(ValidationError);
    expect(() => new RateLimiter({ budget: 1, windowMs: Number.NaN })).toThrow(ValidationError);
  });
});

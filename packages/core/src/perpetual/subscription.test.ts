import { describe, expect, it, vi } from "vitest";
import { AbortedError, PerpError, WebSocketError } from "../errors/index.js";
import {
  iterateSubscription,
  type Listener,
  type SubscribeFn,
  type Subscription,
  watchBoth,
} from "./subscription.js";

/** A controllable callback subscription, like a venue adapter's. */
function fakeSource<T>() {
  let listener: Listener<T> | undefined;
  let onError: ((error: unknown) => void) | undefined;
  let confirm: (() => void) | undefined;
  let refuse: ((error: unknown) => void) | undefined;
  const unsubscribe = vi.fn(async () => {});
  const subscribe = vi.fn<SubscribeFn<T>>(
    (l, options) =>
      new Promise<Subscription>((resolve, reject) => {
        listener = l;
        onError = options.onError;
        confirm = () => resolve({ unsubscribe });
        refuse = reject;
      }),
  );
  return {
    subscribe,
    unsubscribe,
    push: (value: T) => listener?.(value),
    fail: (error: unknown) => onError?.(error),
    confirm: () => confirm?.(),
    refuse: (error: unknown) => refuse?.(error),
  };
}

describe("iterateSubscription", () => {
  it("subscribes at once and yields pushed values in order", async () => {
    const source = fakeSource<number>();
    const stream = iterateSubscription(source.subscribe);
    expect(source.subscribe).toHaveBeenCalledTimes(1);
    source.confirm();
    await stream.ready;
    source.push(1);
    source.push(2);
    const pending = stream.next();
    expect(await stream.next()).toEqual({ value: 2, done: false });
    expect(await pending).toEqual({ value: 1, done: false });
    const waiting = stream.next();
    source.push(3);
    expect(await waiting).toEqual({ value: 3, done: false });
  });

  it("unsubscribes when a for-await loop breaks", async () => {
    const source = fakeSource<number>();
    const stream = iterateSubscription(source.subscribe);
    source.confirm();
    source.push(1);
    source.push(2);
    const seen: number[] = [];
    for await (const value of stream) {
      seen.push(value);
      break;
    }
    expect(seen).toEqual([1]);
    expect(source.unsubscribe).toHaveBeenCalledTimes(1);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    await stream.unsubscribe();
    expect(source.unsubscribe).toHaveBeenCalledTimes(1);
  });

  it("drops a subscription that is confirmed after the consumer left", async () => {
    const source = fakeSource<number>();
    const stream = iterateSubscription(source.subscribe);
    const leaving = stream.return?.();
    source.confirm();
    await leaving;
    expect(source.unsubscribe).toHaveBeenCalledTimes(1);
  });

  it("raises a refused subscription through ready and next, then is done", async () => {
    const source = fakeSource<number>();
    const stream = iterateSubscription(source.subscribe);
    const refusal = new WebSocketError("subscription refused: unknown market");
    source.refuse(refusal);
    await expect(stream.ready).rejects.toBe(refusal);
    await expect(stream.next()).rejects.toBe(refusal);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(source.unsubscribe).not.toHaveBeenCalled();
  });

  it("ends with the stream's error and unsubscribes", async () => {
    const source = fakeSource<number>();
    const stream = iterateSubscription(source.subscribe);
    source.confirm();
    await stream.ready;
    const waiting = stream.next();
    const error = new WebSocketError("closed for good");
    source.fail(error);
    await expect(waiting).rejects.toBe(error);
    expect(source.unsubscribe).toHaveBeenCalledTimes(1);
  });

  it("fails a consumer that falls behind by default, and keeps the newest with drop-oldest", async () => {
    const strict = fakeSource<number>();
    const stream = iterateSubscription(strict.subscribe, { bufferSize: 2, name: "account" });
    strict.confirm();
    await stream.ready;
    for (const n of [1, 2, 3]) strict.push(n);
    await expect(stream.next()).rejects.toThrow(PerpError);
    expect(strict.unsubscribe).toHaveBeenCalled();

    const latest = fakeSource<number>();
    const books = iterateSubscription(latest.subscribe, { bufferSize: 1, overflow: "drop-oldest" });
    latest.confirm();
    for (const n of [1, 2, 3]) latest.push(n);
    expect(await books.next()).toEqual({ value: 3, done: false });
  });

  it("rejects with AbortedError on abort, and does not subscribe when already aborted", async () => {
    const source = fakeSource<number>();
    const controller = new AbortController();
    const stream = iterateSubscription(source.subscribe, { signal: controller.signal });
    source.confirm();
    const waiting = stream.next();
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(AbortedError);
    expect(source.unsubscribe).toHaveBeenCalledTimes(1);

    const other = fakeSource<number>();
    const aborted = iterateSubscription(other.subscribe, { signal: controller.signal });
    expect(other.subscribe).not.toHaveBeenCalled();
    await expect(aborted.ready).rejects.toBeInstanceOf(AbortedError);
  });

  it("turns a synchronous throw from subscribe into a rejection", async () => {
    const stream = iterateSubscription<number>(() => {
      throw new PerpError("not started");
    });
    await expect(stream.next()).rejects.toThrow("not started");
  });

  it("validates the buffer size", () => {
    expect(() => iterateSubscription(fakeSource<number>().subscribe, { bufferSize: 0 })).toThrow(PerpError);
  });
});

describe("watchBoth", () => {
  it("returns the confirmed subscription for a listener", async () => {
    const source = fakeSource<string>();
    const seen: string[] = [];
    const errors: unknown[] = [];
    const subscribing = watchBoth(source.subscribe, (v) => seen.push(v), { onError: (e) => errors.push(e) });
    source.confirm();
    const subscription = await (subscribing as Promise<Subscription>);
    source.push("a");
    source.fail(new WebSocketError("gone"));
    expect(seen).toEqual(["a"]);
    expect(errors).toHaveLength(1);
    await subscription.unsubscribe();
    expect(source.unsubscribe).toHaveBeenCalledTimes(1);
  });

  it("rejects an already aborted listener subscription without subscribing", async () => {
    const source = fakeSource<string>();
    const controller = new AbortController();
    controller.abort();
    await expect(watchBoth(source.subscribe, () => {}, { signal: controller.signal })).rejects.toBeInstanceOf(
      AbortedError,
    );
    expect(source.subscribe).not.toHaveBeenCalled();
  });

  it("returns an iterator without a listener, with the adapter's defaults under the caller's options", async () => {
    const source = fakeSource<string>();
    const stream = watchBoth(source.subscribe, { bufferSize: 2 }, undefined, {
      bufferSize: 1,
      overflow: "drop-oldest",
    });
    expect(Symbol.asyncIterator in stream).toBe(true);
    source.confirm();
    if (!(Symbol.asyncIterator in stream)) return;
    for (const v of ["a", "b", "c"]) source.push(v);
    expect(await stream.next()).toEqual({ value: "b", done: false });
  });
});

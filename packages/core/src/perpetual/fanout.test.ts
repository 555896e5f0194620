import { describe, expect, it } from "vitest";
import { Fanout } from "./fanout.js";

/** Subscribes a recording listener: what it saw, the errors it was told, and its remover. */
function subscriber<T>(fanout: Fanout<T>, listen: (value: T) => void = () => {}) {
  const seen: T[] = [];
  const errors: unknown[] = [];
  const remove = fanout.add(
    (value) => {
      seen.push(value);
      listen(value);
    },
    (error) => errors.push(error),
  );
  return { seen, errors, remove };
}

describe("Fanout", () => {
  it("delivers every value to every subscriber until it unsubscribes", () => {
    const fanout = new Fanout<number>();
    const a = subscriber(fanout);
    const b = subscriber(fanout);
    expect(fanout.size).toBe(2);
    fanout.emit(1);
    a.remove();
    fanout.emit(2);
    expect(a.seen).toEqual([1]);
    expect(b.seen).toEqual([1, 2]);
    expect(fanout.size).toBe(1);
  });

  it("reports a throwing listener to its own onError only and keeps delivering to the rest", () => {
    const fanout = new Fanout<string>();
    const boom = new Error("listener broke");
    const thrower = subscriber(fanout, () => {
      throw boom;
    });
    const other = subscriber(fanout);
    fanout.emit("x");
    fanout.emit("y");
    expect(thrower.errors).toEqual([boom, boom]);
    expect(other.errors).toEqual([]);
    expect(other.seen).toEqual(["x", "y"]);
  });

  it("lets a listener unsubscribe another during delivery without skipping the current round", () => {
    const fanout = new Fanout<number>();
    const order: string[] = [];
    let removeB: () => void = () => {};
    subscriber(fanout, () => {
      order.push("a");
      removeB();
    });
    removeB = subscriber(fanout, () => order.push("b")).remove;
    fanout.emit(1);
    fanout.emit(2);
    expect(order).toEqual(["a", "b", "a"]);
  });

  it("fail() ends every subscription with the error and empties the set", () => {
    const fanout = new Fanout<number>();
    const subscribers = [subscriber(fanout), subscriber(fanout)];
    const gone = new Error("stream closed");
    fanout.fail(gone);
    fanout.emit(1);
    for (const s of subscribers) {
      expect(s.errors).toEqual([gone]);
      expect(s.seen).toEqual([]);
    }
    expect(fanout.size).toBe(0);
  });

  it("clear() drops every subscriber without telling them", () => {
    const fanout = new Fanout<number>();
    const s = subscriber(fanout);
    fanout.clear();
    fanout.emit(1);
    expect(fanout.size).toBe(0);
    expect(s.seen).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});

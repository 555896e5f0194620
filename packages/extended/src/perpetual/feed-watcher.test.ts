import { Fanout } from "@perp/core";
import { describe, expect, it, vi } from "vitest";
import { joinFeed, type SharedFeed } from "./feed-watcher.js";

function feed(opened: Promise<void>): SharedFeed {
  opened.catch(() => {});
  return { opened, watchers: 0 };
}

describe("joinFeed", () => {
  it("counts the watcher at once, hands over the current value once open, then streams", async () => {
    let open: () => void = () => {};
    const shared = feed(new Promise<void>((resolve) => (open = resolve)));
    const values = new Fanout<number>();
    const seen: number[] = [];
    const release = vi.fn(async () => {});
    const joining = joinFeed({
      feed: shared,
      release,
      values,
      listener: (v) => seen.push(v),
      onError: () => {},
      current: () => 7,
    });
    expect(shared.watchers).toBe(1);
    values.emit(1);
    open();
    const sub = await joining;
    values.emit(8);
    expect(seen).toEqual([7, 8]);
    await sub.unsubscribe();
    await sub.unsubscribe();
    values.emit(9);
    expect(seen).toEqual([7, 8]);
    expect(release).toHaveBeenCalledTimes(1);
    expect(release).toHaveBeenCalledWith(shared);
  });

  it("gives no current value when the feed has none yet", async () => {
    const values = new Fanout<number>();
    const seen: number[] = [];
    await joinFeed({
      feed: feed(Promise.resolve()),
      release: async () => {},
      values,
      listener: (v) => seen.push(v),
      onError: () => {},
      current: () => undefined,
    });
    expect(seen).toEqual([]);
    expect(values.size).toBe(1);
  });

  it("releases the watcher and rethrows when the socket never opens", async () => {
    const refused = new Error("socket refused");
    const shared = feed(Promise.reject(refused));
    const values = new Fanout<number>();
    const release = vi.fn(async () => {});
    await expect(
      joinFeed({
        feed: shared,
        release,
        values,
        listener: () => {},
        onError: () => {},
        current: () => 1,
      }),
    ).rejects.toBe(refused);
    expect(release).toHaveBeenCalledTimes(1);
    expect(values.size).toBe(0);
  });
});

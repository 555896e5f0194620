import { describe, expect, it } from "vitest";
import { type PerpError, SequenceGapError, ValidationError } from "../errors/index.js";
import { type SequencedStatus, SequencedStream, type SequencedStreamOptions } from "./sequenced-stream.js";

interface Msg {
  seq: bigint;
  prev?: bigint;
  snap?: boolean;
}

interface Book {
  base: bigint;
  applied: bigint[];
}

const snap = (seq: bigint): Msg => ({ seq, snap: true });
const upd = (seq: bigint, prev?: bigint): Msg => (prev === undefined ? { seq } : { seq, prev });

function make(overrides: Partial<SequencedStreamOptions<Book, Msg>> = {}, linked = false) {
  let resyncs = 0;
  const statuses: SequencedStatus[] = [];
  const gaps: SequenceGapError[] = [];
  const errors: PerpError[] = [];
  let resynced = 0;
  const stream = new SequencedStream<Book, Msg>({
    name: "book:TEST",
    rule: {
      sequence: (m) => m.seq,
      ...(linked ? { previous: (m: Msg) => m.prev } : {}),
      isSnapshot: (m) => m.snap === true,
    },
    fromSnapshot: (m) => ({ base: m.seq, applied: [] }),
    applyUpdate: (state, m) => {
      state.applied.push(m.seq);
      return state;
    },
    resync: () => {
      resyncs += 1;
    },
    ...overrides,
  });
  stream.on("status", (s) => statuses.push(s));
  stream.on("gap", (g) => gaps.push(g));
  stream.on("error", (e) => errors.push(e));
  stream.on("resynced", () => {
    resynced += 1;
  });
  return {
    stream,
    statuses,
    gaps,
    errors,
    resyncs: () => resyncs,
    resynced: () => resynced,
  };
}

describe("SequencedStream", () => {
  it("buffers updates until the first snapshot, then replays only those after it, in order", () => {
    const { stream, statuses } = make();
    stream.start();
    stream.push(upd(12n));
    stream.push(upd(10n));
    stream.push(upd(11n));
    expect(stream.status).toBe("awaiting-snapshot");
    expect(stream.state).toBeUndefined();
    stream.push(snap(10n));
    expect(stream.status).toBe("live");
    expect(stream.state).toEqual({ base: 10n, applied: [11n, 12n] });
    expect(stream.lastSequence).toBe(12n);
    expect(statuses).toEqual(["awaiting-snapshot", "live"]);
  });

  it("drops duplicates and stale updates", () => {
    const { stream, gaps } = make();
    stream.push(snap(1n));
    for (const seq of [2n, 2n, 3n, 1n, 3n, 4n]) stream.push(upd(seq));
    expect(stream.state?.applied).toEqual([2n, 3n, 4n]);
    expect(gaps).toHaveLength(0);
  });

  it("detects a gap, resyncs while buffering, and goes live again on the new snapshot", () => {
    const { stream, gaps, resyncs, resynced, statuses } = make();
    stream.push(snap(1n));
    stream.push(upd(2n));
    stream.push(upd(4n));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toBeInstanceOf(SequenceGapError);
    expect(gaps[0]).toMatchObject({ stream: "book:TEST", expected: "3", received: "4" });
    expect(stream.status).toBe("resyncing");
    expect(resyncs()).toBe(1);
    stream.push(upd(5n));
    stream.push(upd(7n)); // a second gap while resyncing does not resync again
    expect(resyncs()).toBe(1);
    stream.push(upd(6n));
    stream.push(snap(4n));
    expect(stream.status).toBe("live");
    expect(stream.state).toEqual({ base: 4n, applied: [5n, 6n, 7n] });
    expect(resynced()).toBe(1);
    expect(statuses).toEqual(["awaiting-snapshot", "live", "resyncing", "live"]);
  });

  it("declares a gap inside the buffered replay and keeps the rest for the next snapshot", () => {
    const { stream, gaps, resyncs } = make();
    stream.push(upd(2n));
    stream.push(upd(4n));
    stream.push(upd(5n));
    stream.push(snap(1n));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ expected: "3", received: "4" });
    expect(stream.status).toBe("resyncing");
    expect(resyncs()).toBe(1);
    stream.push(snap(3n));
    expect(stream.state).toEqual({ base: 3n, applied: [4n, 5n] });
  });

  it("follows a previous-sequence link instead of contiguous numbers", () => {
    const { stream, gaps } = make({}, true);
    stream.push(snap(100n));
    stream.push(upd(157n, 100n));
    stream.push(upd(160n, 157n));
    stream.push(upd(160n, 157n)); // duplicate
    expect(stream.state?.applied).toEqual([157n, 160n]);
    stream.push(upd(200n, 190n));
    expect(gaps[0]).toMatchObject({ expected: "160", received: "190" });
    expect(gaps[0]?.message).toContain("previous sequence");
  });

  it("treats overlapping linked updates as gaps", () => {
    const { stream, gaps } = make({}, true);
    stream.push(snap(100n));
    stream.push(upd(150n, 90n));
    expect(gaps).toHaveLength(1);
    expect(stream.status).toBe("resyncing");
  });

  it("reorders within the window and applies in sequence order", () => {
    const { stream, gaps } = make({ reorderWindow: 2 });
    stream.push(snap(1n));
    stream.push(upd(3n));
    stream.push(upd(4n));
    stream.push(upd(2n));
    expect(stream.state?.applied).toEqual([2n, 3n, 4n]);
    expect(gaps).toHaveLength(0);
  });

  it("declares a gap once more updates wait than the window holds", () => {
    const { stream, gaps } = make({ reorderWindow: 2 });
    stream.push(snap(1n));
    stream.push(upd(3n));
    stream.push(upd(4n));
    stream.push(upd(5n));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ expected: "2", received: "3" });
    stream.push(snap(2n));
    expect(stream.state?.applied).toEqual([3n, 4n, 5n]);
  });

  it("without a window, an early update is a gap", () => {
    const { stream, gaps } = make();
    stream.push(snap(1n));
    stream.push(upd(3n));
    expect(gaps).toHaveLength(1);
  });

  it("lets a snapshot replace live state even when numbering restarts", () => {
    const { stream, gaps } = make();
    stream.push(snap(50n));
    stream.push(upd(51n));
    stream.push(snap(1n));
    stream.push(upd(2n));
    expect(stream.state).toEqual({ base: 1n, applied: [2n] });
    expect(gaps).toHaveLength(0);
  });

  it("reset() forgets everything and waits for a snapshot", () => {
    const { stream } = make();
    stream.push(snap(5n));
    stream.push(upd(6n));
    stream.reset();
    expect(stream.status).toBe("awaiting-snapshot");
    expect(stream.state).toBeUndefined();
    stream.push(upd(9n));
    expect(stream.state).toBeUndefined();
  });

  it("reports a failing update as an error and resyncs", () => {
    const { stream, errors, resyncs } = make({
      applyUpdate: () => {
        throw new Error("corrupt level");
      },
    });
    stream.push(snap(1n));
    stream.push(upd(2n));
    expect(errors[0]).toBeInstanceOf(ValidationError);
    expect(stream.status).toBe("resyncing");
    expect(resyncs()).toBe(1);
  });

  it("reports a failing resync as an error and stays resyncing", async () => {
    const { stream, errors } = make({ resync: () => Promise.reject(new Error("socket gone")) });
    stream.push(snap(1n));
    stream.push(upd(3n));
    await Promise.resolve();
    await Promise.resolve();
    expect(errors.some((e) => /resync failed/.test(e.message))).toBe(true);
    expect(stream.status).toBe("resyncing");
  });

  it("bounds the buffer while awaiting a snapshot, keeping the newest", () => {
    const { stream } = make({ maxBuffer: 3 });
    for (let i = 2n; i <= 10n; i++) stream.push(upd(i));
    stream.push(snap(7n));
    expect(stream.state?.applied).toEqual([8n, 9n, 10n]);
  });

  it("rejects a bad reorder window", () => {
    expect(() => make({ reorderWindow: -1 })).toThrow(ValidationError);
  });
});

import { describe, expect, it } from "vitest";
import { SequenceGuard } from "./sequence-guard.js";

describe("SequenceGuard", () => {
  it("classifies seq per connection", () => {
    const guard = new SequenceGuard();
    expect(guard.check(1n, 1)).toBe("first");
    expect(guard.check(2n, 1)).toBe("next");
    expect(guard.check(2n, 1)).toBe("stale");
    expect(guard.check(1n, 1)).toBe("stale");
    expect(guard.check(4n, 1)).toBe("gap");
    expect(guard.check(5n, 1)).toBe("next");
    // A new socket restarts at 1.
    expect(guard.check(1n, 2)).toBe("first");
    expect(guard.check(2n, 2)).toBe("next");
    guard.reset();
    expect(guard.last).toBeUndefined();
    expect(guard.check(7n, 2)).toBe("first");
  });
});

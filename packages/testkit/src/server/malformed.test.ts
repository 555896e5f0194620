import { describe, expect, it } from "vitest";
import { corruptFrame } from "./malformed.js";
import { createRandom } from "./random.js";

const frame = {
  data: JSON.stringify({ type: "DELTA", seq: 12, data: { b: [["1.5", "2"]] } }),
  binary: false,
};

function parses(data: string | Uint8Array): boolean {
  try {
    JSON.parse(typeof data === "string" ? data : new TextDecoder().decode(data));
    return true;
  } catch {
    return false;
  }
}

describe("corruptFrame", () => {
  it("truncated and garbage frames are text that never parses as JSON", () => {
    const random = createRandom(3);
    for (const source of [frame, { data: "42", binary: false }, { data: "", binary: false }]) {
      for (const variant of ["truncated", "garbage"] as const) {
        const out = corruptFrame(source, variant, random);
        expect(out.binary).toBe(false);
        expect(parses(out.data)).toBe(false);
      }
    }
  });

  it("garbage is reproducible from the seed", () => {
    const a = corruptFrame(frame, "garbage", createRandom(9));
    const b = corruptFrame(frame, "garbage", createRandom(9));
    expect(a).toEqual(b);
  });

  it("binary keeps the bytes but flips the frame type", () => {
    const out = corruptFrame(frame, "binary", createRandom(1));
    expect(out.binary).toBe(true);
    expect(new TextDecoder().decode(out.data as Uint8Array)).toBe(frame.data);
  });

  it("invalid-utf8 is a text frame whose bytes fail strict UTF-8 decoding", () => {
    const out = corruptFrame(frame, "invalid-utf8", createRandom(1));
    expect(out.binary).toBe(false);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(out.data as Uint8Array)).toThrow();
  });
});

import { parseJson } from "@perp/core";
import { describe, expect, it } from "vitest";
import { readFrame } from "./envelope.js";

describe("readFrame", () => {
  it("reads the envelope with an exact seq", () => {
    const frame = readFrame(
      parseJson('{"type":"DELTA","data":{"m":"BTC-USD"},"ts":1701563440000,"seq":9007199254740993}'),
    );
    expect(frame.kind).toBe("message");
    if (frame.kind !== "message") return;
    expect(frame.envelope).toMatchObject({ type: "DELTA", ts: 1701563440000, seq: 9007199254740993n });
  });

  it("turns an error frame into a VenueApiError", () => {
    const frame = readFrame(
      parseJson('{"status":"ERROR","error":{"code":1001,"message":"Market not found."}}'),
    );
    expect(frame.kind).toBe("venue-error");
    if (frame.kind !== "venue-error") return;
    expect(frame.error).toMatchObject({
      venue: "extended",
      venueCode: 1001,
      venueMessage: "Market not found.",
    });
  });

  it("reports frames without seq or ts, or that are not objects", () => {
    expect(readFrame(parseJson('{"data":{},"ts":1}'))).toMatchObject({ kind: "unrecognized" });
    expect(readFrame(parseJson('{"data":{},"seq":1}'))).toMatchObject({ kind: "unrecognized" });
    expect(readFrame(parseJson("[1,2]"))).toMatchObject({ kind: "unrecognized" });
    expect(readFrame(parseJson('{"type":"pong"}'))).toMatchObject({ kind: "unrecognized" });
  });
});

import {
  AbortedError,
  HttpError,
  InsufficientMarginError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  VenueApiError,
} from "@perp/core";
import { describe, expect, it } from "vitest";
import { isDefinitiveRefusal, refusalReason } from "./errors.js";

const http = (status: number) =>
  new HttpError(`HTTP ${status}`, { status, method: "POST", url: "http://x/api/v1/user/order" });

describe("isDefinitiveRefusal", () => {
  it("is true when the venue refused or nothing was sent", () => {
    expect(
      isDefinitiveRefusal(new VenueApiError("1140", { venueCode: 1140, venueMessage: "no", status: 400 })),
    ).toBe(true);
    expect(
      isDefinitiveRefusal(
        new InsufficientMarginError("m", { venueCode: 1140, venueMessage: "m", status: 400 }),
      ),
    ).toBe(true);
    expect(isDefinitiveRefusal(new RateLimitError("429"))).toBe(true);
    expect(isDefinitiveRefusal(new ValidationError("bad input"))).toBe(true);
    expect(isDefinitiveRefusal(http(400))).toBe(true);
  });

  it("is false when the order may have been placed", () => {
    expect(
      isDefinitiveRefusal(new VenueApiError("503", { venueCode: "X", venueMessage: "down", status: 503 })),
    ).toBe(false);
    expect(isDefinitiveRefusal(http(502))).toBe(false);
    expect(isDefinitiveRefusal(http(0))).toBe(false);
    expect(isDefinitiveRefusal(http(408))).toBe(false);
    expect(isDefinitiveRefusal(new TimeoutError("slow", { status: 0, method: "POST", url: "u" }))).toBe(
      false,
    );
    expect(isDefinitiveRefusal(new AbortedError("aborted"))).toBe(false);
    expect(isDefinitiveRefusal(new ValidationError("odd answer", { details: { stage: "response" } }))).toBe(
      false,
    );
    expect(isDefinitiveRefusal(new Error("socket hang up"))).toBe(false);
  });

  it("words a rejection with the venue's code and message", () => {
    expect(
      refusalReason(
        new VenueApiError("x", { venueCode: 1137, venueMessage: "Position is missing", status: 400 }),
      ),
    ).toBe("1137 Position is missing");
    expect(refusalReason(new RateLimitError("Extended rate limit hit"))).toBe("Extended rate limit hit");
  });
});

import { describe, expect, it } from "vitest";
import {
  HttpError,
  InsufficientMarginError,
  isPerpError,
  NotFoundError,
  NotReadyError,
  PerpError,
  RateLimitError,
  SequenceGapError,
  SigningError,
  TimeoutError,
  ValidationError,
  VenueApiError,
  WebSocketError,
} from "./errors.js";
import { REDACTED, redact, registerSecret, unregisterSecret } from "./redact.js";

const PRIVATE_KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
const API_KEY = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

describe("error classes", () => {
  it("every class is a PerpError with a stable code and keeps its cause", () => {
    const cause = new Error("socket hang up");
    const cases: [PerpError, string][] = [
      [new ValidationError("bad size", { cause }), "VALIDATION"],
      [new HttpError("boom", { status: 500, method: "GET", url: "http://x", cause }), "TRANSPORT_HTTP"],
      [new TimeoutError("slow", { status: 0, method: "GET", url: "http://x", cause }), "TRANSPORT_TIMEOUT"],
      [new WebSocketError("closed", { closeCode: 1006, cause }), "TRANSPORT_WS"],
      [new VenueApiError("refused", { venueCode: 1140, venueMessage: "no", cause }), "VENUE_API"],
      [new NotFoundError("gone", { venueCode: 29404, venueMessage: "not found", cause }), "NOT_FOUND"],
      [
        new InsufficientMarginError("poor", { venueCode: 1, venueMessage: "margin", cause }),
        "INSUFFICIENT_MARGIN",
      ],
      [new RateLimitError("slow down", { retryAfterMs: 1500, cause }), "RATE_LIMIT"],
      [new SigningError("cannot sign", { cause }), "SIGNING"],
      [new NotReadyError("not ready", { missing: [], cause }), "NOT_READY"],
      [new SequenceGapError("gap", { stream: "book", expected: 5n, received: 7n, cause }), "SEQUENCE_GAP"],
    ];
    for (const [error, code] of cases) {
      expect(error).toBeInstanceOf(PerpError);
      expect(error).toBeInstanceOf(Error);
      expect(isPerpError(error)).toBe(true);
      expect(error.code).toBe(code);
      expect(error.cause).toBe(cause);
    }
  });

  it("subclasses are distinguishable with instanceof", () => {
    const error = new NotFoundError("gone", { venueCode: 404, venueMessage: "x" });
    expect(error).toBeInstanceOf(VenueApiError);
    expect(error).not.toBeInstanceOf(HttpError);
    expect(error.name).toBe("NotFoundError");
  });

  it("keeps sequence numbers beyond 2^53 exact", () => {
    const error = new SequenceGapError("gap", {
      stream: "s",
      expected: 9007199254740993n,
      received: 9007199254740995n,
    });
    expect(error.expected).toBe("9007199254740993");
    expect(error.received).toBe("9007199254740995");
  });
});

describe("secrets never reach errors", () => {
  it("registered secrets are masked in messages, details, bodies and urls", () => {
    registerSecret(PRIVATE_KEY);
    try {
      const errors: PerpError[] = [
        new SigningError(`could not use key ${PRIVATE_KEY}`),
        new SigningError(`could not use key ${PRIVATE_KEY.slice(2)}`),
        new ValidationError("bad", { details: { note: `key=${PRIVATE_KEY}` } }),
        new HttpError("failed", {
          status: 400,
          method: "POST",
          url: "http://x",
          body: { echo: PRIVATE_KEY },
        }),
        new VenueApiError("refused", {
          venueCode: 1,
          venueMessage: `bad ${PRIVATE_KEY}`,
          raw: { k: PRIVATE_KEY },
        }),
      ];
      for (const error of errors) {
        const text = `${error.message} ${JSON.stringify(error)} ${String(error)} ${JSON.stringify((error as HttpError).body ?? null)} ${JSON.stringify((error as VenueApiError).raw ?? null)}`;
        expect(text).not.toContain(PRIVATE_KEY.slice(2));
      }
    } finally {
      unregisterSecret(PRIVATE_KEY);
    }
  });

  it("credential-named fields are masked even when not registered", () => {
    const error = new HttpError("failed", {
      status: 401,
      method: "GET",
      url: `http://x/api?market=BTC&api_key=${API_KEY}`,
      body: {
        headers: { "X-Api-Key": API_KEY, Authorization: `Bearer ${API_KEY}` },
        apiKey: API_KEY,
        privateKey: PRIVATE_KEY,
      },
    });
    const text = `${error.message} ${error.url} ${JSON.stringify(error.body)} ${JSON.stringify(error)}`;
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain(PRIVATE_KEY);
    expect(error.url).toContain("market=BTC");
  });

  it("redact copies without mutating and survives cycles", () => {
    const value: Record<string, unknown> = {
      secret: "s3cr3t-value",
      nested: { token: "t0ken-value", ok: 1 },
    };
    value.self = value;
    const out = redact(value) as Record<string, unknown>;
    expect(out.secret).toBe(REDACTED);
    expect((out.nested as Record<string, unknown>).token).toBe(REDACTED);
    expect((out.nested as Record<string, unknown>).ok).toBe(1);
    expect(out.self).toBe("[circular]");
    expect(value.secret).toBe("s3cr3t-value");
  });
});

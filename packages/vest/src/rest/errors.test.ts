import { HttpError, InsufficientMarginError, NotFoundError, RateLimitError, VenueApiError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { payload, testClient, usePayloadServer } from "./__fixtures__/payload-server.js";
import { getAccountNonce } from "./account/get-account-nonce.js";
import { mapVestError, readVestEnvelope, VEST_ERROR_CODES, type VestErrorKind, vestError } from "./errors.js";
import { getExchangeInfo } from "./public/get-exchange-info.js";

const classOf: Record<VestErrorKind, new (...args: never[]) => Error> = {
  "not-found": NotFoundError,
  "insufficient-margin": InsufficientMarginError,
  "rate-limit": RateLimitError,
  api: VenueApiError,
};

describe("vestError (catalogue)", () => {
  it.each(Object.entries(VEST_ERROR_CODES))("code %s maps to its kind", (code, info) => {
    const error = vestError(Number(code), "text", { status: 400 });
    expect(error).toBeInstanceOf(classOf[info.kind]);
    expect(error.message).toContain(info.name);
    expect(error.venue).toBe("vest");
    if (info.kind !== "rate-limit") expect(error).toBeInstanceOf(VenueApiError);
    if (info.kind === "api") {
      expect(error).not.toBeInstanceOf(NotFoundError);
      expect(error).not.toBeInstanceOf(InsufficientMarginError);
    }
  });

  it("keeps the documented groups apart", () => {
    expect(VEST_ERROR_CODES[3017]).toMatchObject({ kind: "not-found", scope: "order" });
    expect(VEST_ERROR_CODES[1121]).toMatchObject({ kind: "not-found", scope: "request" });
    expect(VEST_ERROR_CODES[3002]).toMatchObject({ kind: "insufficient-margin" });
    expect(VEST_ERROR_CODES[4001]).toMatchObject({ kind: "insufficient-margin", scope: "lp" });
    expect(VEST_ERROR_CODES[5002]).toMatchObject({ kind: "insufficient-margin", scope: "transfer" });
    expect(VEST_ERROR_CODES[1003]).toMatchObject({ kind: "rate-limit" });
    expect(VEST_ERROR_CODES[1145]?.name).toBe(VEST_ERROR_CODES[3022]?.name);
  });

  it("keeps code, message and raw payload on VenueApiError, and unknown codes stay VenueApiError", () => {
    const error = vestError(9999, "new thing", { status: 400, raw: { code: 9999 }, request: "POST /orders" });
    expect(error).toBeInstanceOf(VenueApiError);
    expect(error).toMatchObject({
      venueCode: 9999,
      venueMessage: "new thing",
      status: 400,
      raw: { code: 9999 },
    });
    expect(error.message).toBe("Vest error 9999: new thing (POST /orders, HTTP 400)");
  });
});

describe("readVestEnvelope", () => {
  it("reads the three error shapes", () => {
    expect(readVestEnvelope({ code: 1125, msg: "expired" }, false)).toEqual({
      code: 1125,
      message: "expired",
    });
    expect(readVestEnvelope({ code: "1125", msg: "expired" }, false)).toEqual({
      code: 1125,
      message: "expired",
    });
    expect(readVestEnvelope({ detail: { code: 1002, msg: "no" } }, false)).toEqual({
      code: 1002,
      message: "no",
    });
    expect(readVestEnvelope(JSON.parse(payload("error-missing-time")), false)).toEqual({
      code: undefined,
      message: "query.time: Field required",
    });
  });

  it("does not mistake payloads for errors on a 2xx", () => {
    expect(readVestEnvelope({ id: "0x0", code: null, msg: "x", status: "NEW" }, true)).toBeUndefined();
    expect(readVestEnvelope([{ code: 3010, msg: "x" }], true)).toBeUndefined();
    expect(readVestEnvelope({ listenKey: "k" }, true)).toBeUndefined();
    expect(readVestEnvelope("text", false)).toBeUndefined();
  });
});

describe("error mapping over HTTP", () => {
  const server = usePayloadServer();

  it("treats an envelope on HTTP 200 as an error (unknown symbol → NotFoundError)", async () => {
    server.on("GET /v2/exchangeInfo", { status: 200, body: payload("error-unknown-symbol") });
    const error = await getExchangeInfo(testClient(server), { symbols: "NQ-PERP" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ venueCode: 1121, venueMessage: "unknown symbol", status: 200 });
  });

  it("maps the FastAPI detail wrapper", async () => {
    server.on("GET /v2/account/nonce", { status: 401, body: payload("error-detail") });
    await expect(getAccountNonce(testClient(server))).rejects.toMatchObject({
      name: "VenueApiError",
      venueCode: 1022,
      status: 401,
    });
  });

  it("maps a 422 validation list to a VenueApiError naming the missing field", async () => {
    server.on("GET /v2/account/nonce", { status: 422, body: payload("error-missing-time") });
    const error = await getAccountNonce(testClient(server)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VenueApiError);
    expect((error as Error).message).toContain("query.time: Field required");
    expect(error).toMatchObject({ status: 422, venueCode: undefined });
  });

  it("maps {code:429} with Retry-After to RateLimitError", async () => {
    server.on("GET /v2/exchangeInfo", {
      status: 429,
      body: payload("error-rate-limited"),
      headers: { "retry-after": "2" },
    });
    const error = await getExchangeInfo(testClient(server)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 2000 });
  });

  it("leaves bodies without an envelope to the transport", async () => {
    server.on("GET /v2/exchangeInfo", { status: 502, body: "<html>bad gateway</html>" });
    const error = await getExchangeInfo(testClient(server)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 502 });
    expect(
      mapVestError({ status: 502, body: "x", headers: new Headers(), method: "GET", url: "http://h/x" }),
    ).toBe(undefined);
  });

  it("reports an unexpected 2xx shape as a ValidationError at the response stage", async () => {
    server.on("GET /v2/exchangeInfo", { body: '{"symbols":"nope"}' });
    await expect(getExchangeInfo(testClient(server))).rejects.toMatchObject({
      name: "ValidationError",
      details: { endpoint: "GET /exchangeInfo", stage: "response" },
    });
  });
});

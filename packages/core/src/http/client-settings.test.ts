import { describe, expect, it } from "vitest";
import { httpClientSettings } from "./client-settings.js";
import { RateLimiter } from "./rate-limiter.js";

describe("httpClientSettings", () => {
  it("hands on every transport setting the user gave, as given", () => {
    const rateLimiter = new RateLimiter({ budget: 10, windowMs: 1000 });
    const onRequest = () => {};
    const onResponse = () => {};
    const fetch = globalThis.fetch;
    const given = {
      headers: { "User-Agent": "x" },
      timeoutMs: 1234,
      retry: false as const,
      rateLimiter,
      onRequest,
      onResponse,
      fetch,
    };
    const settings = httpClientSettings(given);
    expect(settings).toEqual(given);
    expect(settings.rateLimiter).toBe(rateLimiter);
  });

  it("leaves out unset and undefined settings and ignores the rest of the config", () => {
    const config = { apiKey: "secret", timeoutMs: undefined, retry: { maxRetries: 1 }, baseUrl: "http://x" };
    const settings = httpClientSettings(config);
    expect(settings).toEqual({ retry: { maxRetries: 1 } });
    expect(Object.keys(settings)).toEqual(["retry"]);
  });

  it("keeps retry: false (retries off) apart from an unset retry", () => {
    expect(httpClientSettings({ retry: false })).toEqual({ retry: false });
    expect("retry" in httpClientSettings({})).toBe(false);
  });
});

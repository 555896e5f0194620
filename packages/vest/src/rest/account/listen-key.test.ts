import { NotFoundError, redactText, VenueApiError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { payload, TEST_API_KEY, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { createListenKey } from "./create-listen-key.js";
import { deleteListenKey } from "./delete-listen-key.js";
import { keepAliveListenKey } from "./keep-alive-listen-key.js";

describe("listen key lifecycle", () => {
  const server = usePayloadServer();

  it("creates with POST /account/listenKey and registers the key as a secret", async () => {
    server.on("POST /v2/account/listenKey", { body: payload("listen-key") });
    const key = await createListenKey(testClient(server));
    const request = server.single();
    expect(request.method).toBe("POST");
    expect(request.body).toBe("");
    expect(request.headers["x-api-key"]).toBe(TEST_API_KEY);
    expect(request.headers.xrestservermm).toBe("restserver3");
    expect(key).toBe("579e1280448d4843b190c50fbd170078");
    expect(redactText(`ws?listenKey=${key}`)).toBe("ws?listenKey=[redacted]");
  });

  it("keeps alive with PUT /account/listenKey", async () => {
    server.on("PUT /v2/account/listenKey", { body: payload("listen-key") });
    await expect(keepAliveListenKey(testClient(server))).resolves.toBe("579e1280448d4843b190c50fbd170078");
    expect(server.single().method).toBe("PUT");
  });

  it("maps an expired key (1125) to a VenueApiError the caller can act on", async () => {
    server.on("PUT /v2/account/listenKey", { status: 400, body: payload("error-listen-key-expired") });
    const error = await keepAliveListenKey(testClient(server)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VenueApiError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ venueCode: 1125, status: 400 });
    expect((error as Error).message).toContain("INVALID_LISTEN_KEY");
  });

  it("deletes with DELETE /account/listenKey", async () => {
    server.on("DELETE /v2/account/listenKey", { body: payload("listen-key-deleted") });
    await expect(deleteListenKey(testClient(server))).resolves.toBeUndefined();
    expect(server.single().method).toBe("DELETE");
  });
});

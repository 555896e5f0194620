import { redactText, ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { signRegistration } from "../../signing/index.js";
import { primaryWallet, REGISTER_PROD_SIGNATURE, SIGNING_ADDRESS } from "../__fixtures__/keys.js";
import { payload, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { register } from "./register.js";

describe("register", () => {
  const server = usePayloadServer();

  it("posts the signed registration body unchanged and returns the API key and account group", async () => {
    server.on("POST /v2/register", { body: payload("register") });
    const signed = await signRegistration(primaryWallet, {
      signingAddress: SIGNING_ADDRESS,
      expiryMillis: 1700000000000,
    });
    const client = testClient(server, { apiKey: undefined, accountGroup: 0 });
    const result = await register(client, signed);

    const request = server.single();
    expect(request.method).toBe("POST");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["x-api-key"]).toBeUndefined();
    expect(request.headers.xrestservermm).toBe("restserver0");
    expect(JSON.parse(request.body)).toEqual({
      signingAddr: "0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
      primaryAddr: "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266",
      signature: REGISTER_PROD_SIGNATURE,
      expiryTime: 1700000000000,
      networkType: 0,
    });
    expect(result).toEqual({ apiKey: "4f8b0c1e7a9d4e2b8c6f1a3d5e7b9c0d", accGroup: 7 });
    // The new key is a registered secret from now on.
    expect(redactText("key=4f8b0c1e7a9d4e2b8c6f1a3d5e7b9c0d")).toBe("key=[redacted]");
  });

  it("accepts the bare body and lets the client adopt the credentials", async () => {
    server.on("POST /v2/register", { body: payload("register") });
    server.on("GET /v2/account/nonce", { body: payload("account-nonce") });
    const signed = await signRegistration(primaryWallet, {
      signingAddress: SIGNING_ADDRESS,
      expiryMillis: 1700000000000,
    });
    const client = testClient(server, { apiKey: undefined, accountGroup: 0 });
    expect(client.hasApiKey).toBe(false);
    client.setCredentials(await client.register(signed.body));
    await client.getAccountNonce();
    const nonceRequest = server.requests[1];
    expect(nonceRequest?.headers["x-api-key"]).toBe("4f8b0c1e7a9d4e2b8c6f1a3d5e7b9c0d");
    expect(nonceRequest?.headers.xrestservermm).toBe("restserver7");
  });

  it("refuses a body with upper-case addresses before sending", async () => {
    const signed = await signRegistration(primaryWallet, {
      signingAddress: SIGNING_ADDRESS,
      expiryMillis: 1700000000000,
    });
    const body = { ...signed.body, signingAddr: SIGNING_ADDRESS };
    await expect(register(testClient(server), body)).rejects.toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

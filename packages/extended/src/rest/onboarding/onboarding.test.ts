import { redactText } from "@perp/core";
import { recoverMessageAddress } from "viem";
import { afterEach, describe, expect, it } from "vitest";
import { buildOnboardingPayload, ethereumSignerFromPrivateKey } from "../../onboarding.js";
import { payload, startServer, type TestServer, testClient } from "../test-server.test-helper.js";

/* Python SDK onboarding vectors (reference §7): ETH key, signing domain x10.exchange, host "host". */
const wallet = ethereumSignerFromPrivateKey(
  "0x50c8e358cc974aaaa6e460641e53f78bdc550fd372984aa78ef8fd27c751e6f4",
);
const TIME = new Date("2024-07-30T16:01:02Z");
const registration = {
  signingDomain: "x10.exchange",
  accountIndex: 0,
  time: "2024-07-30T16:01:02Z",
  action: "REGISTER" as const,
  host: "host",
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function expectL1Headers(headers: Record<string, string | string[] | undefined>, path: string) {
  expect(headers.l1_message_time).toBe("2024-07-30T16:01:02Z");
  const signer = await recoverMessageAddress({
    message: `${path}@2024-07-30T16:01:02Z`,
    signature: headers.l1_signature as `0x${string}`,
  });
  expect(signer).toBe(wallet.address);
}

describe("onboarding endpoints", () => {
  it("onboard posts the registration to {host}/auth/onboard", async () => {
    server = await startServer(() => ({ body: payload("onboard") }));
    const client = testClient(server, { apiKey: undefined });
    const onboardingPayload = await buildOnboardingPayload(wallet, registration);
    const result = await client.onboard({ payload: onboardingPayload });
    const request = server.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/auth/onboard");
    expect(request.headers["x-api-key"]).toBeUndefined();
    expect(JSON.parse(request.body)).toEqual({
      l1Signature:
        "9a59eb699eb58f2ec975455f33dd7205c8a569f7b6d7647c25b71e7ab7eec3d30f2b8c9038f06f077167eb90e0c002602e4ecbab180fad4b2c91d2259883e6571c",
      l2Key: "0x78298687996aff29a0bbcb994e1305db082d084f85ec38bb78c41e6787740ec",
      l2Signature: {
        r: "0x70881694c59c7212b1a47fbbc07df4d32678f0326f778861ec3a2a5dbc09157",
        s: "0x558805193faa5d780719cba5f699ae1c888eec1fee23da4215fdd94a744d2cb",
      },
      accountCreation: {
        accountIndex: 0,
        wallet: wallet.address,
        tosAccepted: true,
        time: "2024-07-30T16:01:02Z",
        action: "REGISTER",
        host: "host",
      },
      referralCode: null,
    });
    expect(result).toMatchObject({
      l1Address: "0x2c12f074766f5eF9c5300ca8C85d06fBa605C59f",
      defaultAccount: { accountId: "3004", l2Vault: "10002", accountIndex: 0 },
    });
  });

  it("onboardSubaccount signs the L1 headers over its path", async () => {
    server = await startServer(() => ({ body: payload("onboard-subaccount") }));
    const sub = await buildOnboardingPayload(wallet, {
      ...registration,
      accountIndex: 1,
      action: "CREATE_SUB_ACCOUNT",
    });
    const account = await testClient(server).onboardSubaccount({
      wallet,
      payload: sub,
      description: "Sub 1",
      time: TIME,
    });
    const request = server.requests[0]!;
    expect(request.path).toBe("/auth/onboard/subaccount");
    await expectL1Headers(request.headers, "/auth/onboard/subaccount");
    expect(JSON.parse(request.body)).toMatchObject({
      l2Key: sub.l2Key,
      description: "Sub 1",
      accountCreation: { accountIndex: 1 },
    });
    expect(account).toMatchObject({ accountId: "7349", accountIndex: 1 });
    await expect(
      testClient(server).onboardSubaccount({
        wallet,
        payload: await buildOnboardingPayload(wallet, registration),
        description: "x",
      }),
    ).rejects.toThrow(/CREATE_SUB_ACCOUNT/);
  });

  it("createApiKey returns the key and registers it as a secret", async () => {
    server = await startServer(() => ({ body: payload("api-key") }));
    const key = await testClient(server).createApiKey({
      wallet,
      accountId: 3004,
      description: "bot",
      time: TIME,
    });
    const request = server.requests[0]!;
    expect(request.path).toBe("/api/v1/user/account/api-key");
    expect(request.headers["x-x10-active-account"]).toBe("3004");
    await expectL1Headers(request.headers, "/api/v1/user/account/api-key");
    expect(JSON.parse(request.body)).toEqual({ description: "bot" });
    expect(key).toBe("9f3c2a7be61d4c0a8e5b7f21d3c4a5b6");
    expect(redactText(`leaked ${key}`)).not.toContain(key);
  });

  it("getWalletAccounts lists accounts with wallet authentication", async () => {
    server = await startServer(() => ({ body: payload("accounts") }));
    const accounts = await testClient(server, { apiKey: undefined }).getWalletAccounts({
      wallet,
      time: TIME,
    });
    const request = server.requests[0]!;
    expect(request.method).toBe("GET");
    expect(request.path).toBe("/api/v1/user/accounts");
    await expectL1Headers(request.headers, "/api/v1/user/accounts");
    expect(accounts.map((a) => a.accountId)).toEqual(["3004", "7349"]);
  });
});

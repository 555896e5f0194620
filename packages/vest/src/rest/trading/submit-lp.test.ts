import { InsufficientMarginError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { signLp } from "../../signing/index.js";
import { LP_SIGNATURE, signingKey } from "../__fixtures__/keys.js";
import { payload, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { vestError } from "../errors.js";
import { submitLp } from "./submit-lp.js";

describe("submitLp", () => {
  const server = usePayloadServer();

  it("posts the signLp body to POST /lp", async () => {
    server.on("POST /v2/lp", { body: payload("id-ack") });
    const signed = await signLp(
      signingKey,
      { time: 1683849600076, nonce: 2, orderType: "DEPOSIT", size: "100" },
      { recvWindow: 60000 },
    );
    expect(signed.signature).toBe(LP_SIGNATURE);
    const ack = await submitLp(testClient(server), signed);
    const request = server.single();
    expect(request.method).toBe("POST");
    expect(request.body).toBe(
      `{"order":{"time":1683849600076,"nonce":2,"orderType":"DEPOSIT","size":"100"},"recvWindow":60000,"signature":"${LP_SIGNATURE}"}`,
    );
    expect(ack).toEqual({ id: "0x0" });
  });

  it("maps an LP balance rejection code to InsufficientMarginError", () => {
    expect(vestError(4001, "insufficient")).toBeInstanceOf(InsufficientMarginError);
  });

  it("refuses the invented ADD order type", async () => {
    const signed = await signLp(signingKey, {
      time: 1683849600076,
      nonce: 2,
      orderType: "DEPOSIT",
      size: "100",
    });
    await expect(
      submitLp(testClient(server), { ...signed, order: { ...signed.order, orderType: "ADD" as never } }),
    ).rejects.toThrow(/orderType/);
    expect(server.requests).toHaveLength(0);
  });
});

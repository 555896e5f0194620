import { describe, expect, it } from "vitest";
import { payload, TEST_NOW, testClient, usePayloadServer } from "../__fixtures__/payload-server.js";
import { getTransfers } from "./get-transfers.js";

describe("getTransfers", () => {
  const server = usePayloadServer();

  it("sends GET /transfer and types the withdrawal proof fields", async () => {
    server.on("GET /v2/transfer", { body: payload("transfers") });
    const rows = await getTransfers(testClient(server), { id: "0x0", orderType: "DEPOSIT" });
    expect(server.single().query).toEqual({ id: "0x0", orderType: "DEPOSIT", time: String(TEST_NOW) });
    expect(rows).toEqual([
      {
        id: "0x0",
        nonce: "0",
        size: "100",
        orderType: "DEPOSIT",
        status: "FILLED",
        code: null,
        chainId: 1,
        postTime: 1683849600076,
        requestArgs: "0x01",
        signer: "0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
        signature: "0x02",
        signatureProof: "0x03",
        validatorSignature: "0x04",
      },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import {
  cancelMessageHash,
  lpMessageHash,
  orderMessageHash,
  recoverActionSigner,
  recoverRegistrationSigner,
  withdrawRequestArgs,
} from "./signatures.js";

// Known answers from /work/shared/vectors/vest (the first is a third-party cross-language KAT).
const KAT_ORDER = {
  fields: {
    time: 1762097336031,
    nonce: 1762097336031,
    orderType: "MARKET",
    symbol: "BTC-PERP",
    isBuy: true,
    size: "1.0000",
    limitPrice: "50000.00",
    reduceOnly: false,
  },
  abiHash: "0x91ad7225e0f903d6c480ef856f4bafd4d65bca76bf1acbf1b640d5294dd22191",
  signature:
    "0x481a1dc2da68ad7ced704d610899c72cf9a5480c4446ce65beeec32a61d6bd793b20ef6ea5883b5f88678359e9fdbaf52a78117fe366733197a04b2992b9ee561c",
  signer: "0x95e3be7d44b11c846552e5ba747e97cf0568a83f",
};
const HARDHAT_SIGNER = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const HARDHAT_PRIMARY = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
const PROD_ROUTER = "0x919386306C47b2Fe1036e3B4F7C40D22D2461a23";
const DEV_ROUTER = "0x8E4D87AEf4AC4D5415C35A12319013e34223825B";

describe("Vest signature recovery", () => {
  it("reproduces the third-party order KAT and recovers its signer", async () => {
    const hash = orderMessageHash(KAT_ORDER.fields);
    expect(hash).toBe(KAT_ORDER.abiHash);
    expect(await recoverActionSigner(hash, KAT_ORDER.signature)).toBe(KAT_ORDER.signer);
  });

  it("recovers the LIMIT, TP child, cancel, LP and withdraw vectors", async () => {
    const limit = orderMessageHash({
      time: 1683849600076,
      nonce: 0,
      orderType: "LIMIT",
      symbol: "BTC-PERP",
      isBuy: true,
      size: "0.1000",
      limitPrice: "30000.00",
      reduceOnly: false,
    });
    expect(limit).toBe("0x3ca5732cc539210117511371c1b87d49e00dad90972b4c5315f1c58a644105e3");
    expect(
      await recoverActionSigner(
        limit,
        "0xdaade59960131e839ea9a8ad3151422f35e6727fc349296eea37d64226ff7b3632c5371d376431304d766e49bd1e18dbc74f1fc7375e812749ec5d1f06d5f5d21c",
      ),
    ).toBe(HARDHAT_SIGNER);
    const tp = orderMessageHash({
      time: 1683849600076,
      nonce: 1,
      orderType: "TAKE_PROFIT",
      symbol: "BTC-PERP",
      isBuy: false,
      size: "0.1000",
      limitPrice: "31000.00",
      reduceOnly: true,
    });
    expect(tp).toBe("0x4ffa6635befd1bd8aa52148e50938b04cb922c98ef263a71c83b664ffc373d84");
    const cancel = cancelMessageHash(1683849600076, 1, "0xabc123");
    expect(cancel).toBe("0x468983689aaf113f200f6050061bcebc65d9aacbe8c5a9f72388f041d8cd9404");
    expect(
      await recoverActionSigner(
        cancel,
        "0x9ddebbd443130441a153076e02d88d2322ec7095939e8965f97fd26f387cd8a2530dcb068e23792ae8102c07735c11704a835849e3daf5399a129f37282520c91b",
      ),
    ).toBe(HARDHAT_SIGNER);
    expect(lpMessageHash(1683849600076, 2, "DEPOSIT", "100")).toBe(
      "0xe1ae7be9d66ca1f455b699205b943147d266a873b072816efb4900b6799b7515",
    );
    const withdraw = withdrawRequestArgs({
      time: 1683849600076,
      nonce: 3,
      account: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
      recipient: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
      token: "0x1d17CBcF0D6D143135aE902365D2E5e2A16538D4",
      size: 100_000_000n,
      chainId: 324,
    });
    expect((withdraw.length - 2) / 2).toBe(256);
    const { keccak256 } = await import("viem");
    expect(keccak256(withdraw)).toBe("0xe358ae5da13cc237cd127b8b3d37a64a2b1677a2f6e322a51b00a50a9820902d");
  });

  it("recovers another signer when one signed byte differs", async () => {
    const tampered = orderMessageHash({ ...KAT_ORDER.fields, size: "1.000" });
    const signer = await recoverActionSigner(tampered, KAT_ORDER.signature);
    expect(signer).toBeDefined();
    expect(signer).not.toBe(KAT_ORDER.signer);
  });

  it("rejects malformed signatures instead of throwing", async () => {
    const hash = orderMessageHash(KAT_ORDER.fields);
    expect(await recoverActionSigner(hash, "0x1234")).toBeUndefined();
    expect(await recoverActionSigner(hash, `0x${"zz".repeat(65)}`)).toBeUndefined();
  });

  it("recovers the primary wallet from the prod and dev SignerProof vectors, and only on the right router", async () => {
    const prod =
      "0x8f18bf6abd8dc4528e1e528fd78348f08b627b2eb27eb0a139efd1f4bf94acde1004de832d3dd3c8b8dffdda8850071b8af2a572d80d825794aea4df47f7778c1c";
    const dev =
      "0xc2ef76cd553af6eae6fad59593e9b69d37d2f32a28d7dadd1ae6551931f7e5a71a9a00b871370051725957eefc3f2b928695f0faf3e0a13abd4246d5cea89f6a1b";
    const signing = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    expect(await recoverRegistrationSigner(PROD_ROUTER, signing, 1700000000000, prod)).toBe(HARDHAT_PRIMARY);
    expect(await recoverRegistrationSigner(DEV_ROUTER, signing, 1700000000000, dev)).toBe(HARDHAT_PRIMARY);
    expect(await recoverRegistrationSigner(DEV_ROUTER, signing, 1700000000000, prod)).not.toBe(
      HARDHAT_PRIMARY,
    );
    // Seconds instead of milliseconds is the classic registration mistake.
    expect(await recoverRegistrationSigner(PROD_ROUTER, signing, 1700000000, prod)).not.toBe(HARDHAT_PRIMARY);
  });
});

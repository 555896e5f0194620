import { bytesToHex, hashStruct, hashTypedData, keccak256, stringToBytes } from "viem/utils";
import { describe, expect, it } from "vitest";
import { VEST_VERIFYING_CONTRACTS } from "../constants.js";
import {
  SIGNER_PROOF_TYPES,
  signerProofHashes,
  signerProofTypedData,
  vestSignerProofDomain,
} from "./signer-proof.js";

const SIGNING_ADDRESS = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("SignerProof hashing", () => {
  it("uses the documented type hashes", () => {
    expect(
      keccak256(stringToBytes("EIP712Domain(string name,string version,address verifyingContract)")),
    ).toBe("0x91ab3d17e3a50a9d89e63fd30b92be7f5336b03b287bb946787a83a9d62a2766");
    expect(keccak256(stringToBytes("SignerProof(address approvedSigner,uint256 signerExpiry)"))).toBe(
      "0x8a4593dcdba9d4a0be1cf1faf67b20680472eeb6a2269a4880752b34ddd039f8",
    );
  });

  it.each([
    ["prod", "0x8df60953c66b298930b42687623b1eda856dfdce250e668bdc4996995a9ccdc3"],
    ["dev", "0x5ce53317e081267f4016ec50bc0a444717c48523e167af08e50b98d56beb919c"],
  ] as const)("gives the documented %s domain separator (no chainId)", (environment, separator) => {
    const domain = vestSignerProofDomain(environment);
    expect(domain).toEqual({
      name: "VestRouterV2",
      version: "0.0.1",
      verifyingContract: VEST_VERIFYING_CONTRACTS[environment],
    });
    const { domainSeparator } = signerProofHashes(
      signerProofTypedData(domain, SIGNING_ADDRESS, 1700000000000),
    );
    expect(bytesToHex(domainSeparator)).toBe(separator);
  });

  it("agrees with viem's generic EIP-712 hashing, including overridden domains", () => {
    const domains = [
      vestSignerProofDomain("prod"),
      vestSignerProofDomain("dev"),
      vestSignerProofDomain("prod", { verifyingContract: "0x0000000000000000000000000000000000000001" }),
      vestSignerProofDomain("prod", { name: "VestRouterV3", version: "1.0.0" }),
    ];
    for (const domain of domains) {
      for (const expiry of [1700000000000, 1767225600000, Number.MAX_SAFE_INTEGER]) {
        const typedData = signerProofTypedData(domain, SIGNING_ADDRESS, expiry);
        const hashes = signerProofHashes(typedData);
        expect(bytesToHex(hashes.domainSeparator)).toBe(
          hashStruct({
            data: domain,
            primaryType: "EIP712Domain",
            types: { EIP712Domain: eip712DomainType },
          }),
        );
        expect(bytesToHex(hashes.structHash)).toBe(
          hashStruct({ data: typedData.message, primaryType: "SignerProof", types: SIGNER_PROOF_TYPES }),
        );
        expect(bytesToHex(hashes.digest)).toBe(hashTypedData(typedData));
      }
    }
  });

  it("overrides only the given domain fields", () => {
    expect(vestSignerProofDomain("dev", { verifyingContract: undefined }).verifyingContract).toBe(
      VEST_VERIFYING_CONTRACTS.dev,
    );
  });
});

const eip712DomainType = [
  { name: "name", type: "string" },
  { name: "version", type: "string" },
  { name: "verifyingContract", type: "address" },
] as const;

import { bytesToHex, hashMessage, hexToBytes, keccak256 } from "viem/utils";
import { describe, expect, it } from "vitest";
import { personalDigestOf32 } from "./eip191.js";

describe("personalDigestOf32", () => {
  it("hashes the 32 raw bytes, like viem's hashMessage({ raw })", () => {
    const hash = keccak256(new TextEncoder().encode("vest"), "bytes");
    expect(bytesToHex(personalDigestOf32(hash))).toBe(hashMessage({ raw: hash }));
  });

  it("differs from signing the hash's hex text (the classic ethers/viem pitfall)", () => {
    const hash = keccak256(new TextEncoder().encode("vest"), "bytes");
    expect(bytesToHex(personalDigestOf32(hash))).not.toBe(hashMessage(bytesToHex(hash)));
  });

  it("matches the documented order digest", () => {
    const abiHash = "0x3ca5732cc539210117511371c1b87d49e00dad90972b4c5315f1c58a644105e3";
    const bytes = hexToBytes(abiHash);
    expect(bytesToHex(personalDigestOf32(bytes))).toBe(
      "0xe894bd0d3034e8c3b0425326a1e6f5e5ec6be0860122883eaa34ec6cfd6b7285",
    );
  });

  it("refuses anything but 32 bytes", () => {
    expect(() => personalDigestOf32(new Uint8Array(31))).toThrow(RangeError);
  });
});

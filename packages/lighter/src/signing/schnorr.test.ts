import { describe, expect, it } from "vitest";
import { loadVectors } from "../../test/vectors.js";
import { N, scalarFromLeBytes } from "./curve/scalar.js";
import { bytesToHex, hexToBytes } from "./encoding/bytes.js";
import { fp5FromLeBytes } from "./field/fp5.js";
import { isValidPublicKey, publicKeyFromScalar, sign, signWithNonce, verify } from "./schnorr.js";

const bytes = (v: unknown) => hexToBytes(v as string)!;
const scalar = (v: unknown) => scalarFromLeBytes(bytes(v)).scalar;

describe("Schnorr over ECgFp5", () => {
  it("reproduces the fixed-nonce signatures", () => {
    const cases = loadVectors("schnorr", "schnorrSignFixedK");
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      const m = fp5FromLeBytes(bytes(c.input.messageHash), false)!;
      expect(bytesToHex(signWithNonce(m, scalar(c.input.privateKey), scalar(c.input.k))), c.id).toBe(
        c.expected.signature,
      );
    }
  });

  it("accepts and rejects like the verification vectors", () => {
    for (const c of loadVectors("schnorr", "schnorrVerify")) {
      expect(
        verify(bytes(c.input.publicKey), bytes(c.input.messageHash), bytes(c.input.signature)),
        c.id,
      ).toBe(c.expected.valid);
    }
  });

  it("derives the public keys of the vectors", () => {
    for (const c of loadVectors("curve", "publicKey")) {
      expect(bytesToHex(publicKeyFromScalar(scalar(c.input.privateKey))), c.id).toBe(c.expected.publicKey);
      expect(isValidPublicKey(bytes(c.expected.publicKey))).toBe(true);
    }
  });

  it("draws a fresh random nonce per signature, and both signatures verify", () => {
    const sk = 0x1234567890abcdef1234567890abcdefn;
    const pk = publicKeyFromScalar(sk);
    const hash = new Uint8Array(40).fill(7);
    const m = fp5FromLeBytes(hash, true)!;
    const a = sign(m, sk);
    const b = sign(m, sk);
    expect(bytesToHex(a)).not.toBe(bytesToHex(b));
    expect(verify(pk, hash, a)).toBe(true);
    expect(verify(pk, hash, b)).toBe(true);
  });

  it("rejects non-canonical s or e and refuses out-of-range nonces", () => {
    const sk = 42n;
    const pk = publicKeyFromScalar(sk);
    const hash = new Uint8Array(40).fill(1);
    const sig = signWithNonce(fp5FromLeBytes(hash, true)!, sk, 99n);
    expect(verify(pk, hash, sig)).toBe(true);
    const forged = sig.slice();
    forged.fill(0xff, 0, 40);
    expect(verify(pk, hash, forged)).toBe(false);
    expect(() => sign(fp5FromLeBytes(hash, true)!, sk, () => N)).toThrow(RangeError);
    expect(() => sign(fp5FromLeBytes(hash, true)!, sk, () => 0n)).toThrow(RangeError);
  });
});

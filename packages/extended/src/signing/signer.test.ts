import { inspect } from "node:util";
import { SigningError, ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { StarkSigner } from "./signer.js";

const KEY = "0x7a7ff6fd3cab02ccdcd4a572563f5976f8976899b03a39773795a3c486d4986";
const KEY_DIGITS = KEY.slice(2);

describe("StarkSigner", () => {
  it("derives the public key of the private key", () => {
    const signer = StarkSigner.fromPrivateKey(KEY);
    expect(signer.publicKeyHex).toBe("0x61c5e7e8339b7d56f197f54ea91b776776690e3232313de0f2ecbd0ef76f466");
  });

  it("never exposes the private key in toString, JSON, inspection or properties", () => {
    const signer = StarkSigner.fromPrivateKey(KEY);
    const views = [
      String(signer),
      JSON.stringify(signer),
      inspect(signer, { showHidden: true, depth: 5 }),
      Object.entries(signer)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(","),
    ];
    for (const view of views) {
      expect(view).not.toContain(KEY_DIGITS);
      expect(view).not.toContain(BigInt(KEY).toString(10));
    }
    expect(Object.keys(signer)).not.toContain("privateKey");
  });

  it("rejects invalid keys with a ValidationError that does not echo the key", () => {
    const tooLarge = `0x${"f".repeat(64)}`;
    for (const bad of [tooLarge, KEY_DIGITS, `${KEY}zz`]) {
      let caught: unknown;
      try {
        StarkSigner.fromPrivateKey(bad);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      const error = caught as ValidationError;
      const text = `${error.message} ${JSON.stringify(error)} ${JSON.stringify(error.issues)}`;
      expect(text).not.toContain(bad.replace(/^0x/, ""));
      expect(text).not.toContain(KEY_DIGITS);
    }
  });

  it("turns signing failures into SigningError without the key", () => {
    const signer = StarkSigner.fromPrivateKey(KEY);
    let caught: unknown;
    try {
      signer.sign(1n << 251n);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SigningError);
    expect(String((caught as Error).message)).not.toContain(KEY_DIGITS);
  });
});

import { registerSecret, SigningError } from "@perp/core";
import { starkPublicKey, starkSign } from "./crypto/ecdsa.js";
import { feltToHex } from "./snip12/felt.js";
import { starkPrivateKeySchema, validate } from "./validation.js";

/** r and s of a Stark signature as 0x hex (no leading zeros), as Extended's request bodies take them. */
export interface SignatureHex {
  r: string;
  s: string;
}

/**
 * Holds a Stark private key and its public key. The key lives in a private field: it is not an
 * enumerable property, is left out of toString/toJSON/inspection and is registered with the core
 * redactor so it is masked if it ever reaches an error message.
 */
export class StarkSigner {
  readonly #privateKey: bigint;
  /** Stark public key (x-coordinate), what the API calls `l2Key` / `starkKey`. */
  readonly publicKey: bigint;
  /** The public key as 0x hex. */
  readonly publicKeyHex: string;

  private constructor(privateKey: bigint) {
    this.#privateKey = privateKey;
    this.publicKey = starkPublicKey(privateKey);
    this.publicKeyHex = feltToHex(this.publicKey);
  }

  /** Creates a signer from a 0x-hex Stark private key; throws ValidationError (without the key) if invalid. */
  static fromPrivateKey(privateKeyHex: string): StarkSigner {
    const key = validate(starkPrivateKeySchema, privateKeyHex, "Stark private key");
    registerSecret(key);
    registerSecret(feltToHex(BigInt(key)));
    return new StarkSigner(BigInt(key));
  }

  /** Signs a message hash (a felt below 2^251). */
  sign(messageHash: bigint): { r: bigint; s: bigint } {
    try {
      return starkSign(messageHash, this.#privateKey);
    } catch (error) {
      throw new SigningError(
        `Stark signing failed: ${error instanceof Error ? error.message : "unknown error"}`,
        {
          venue: "extended",
        },
      );
    }
  }

  /** Signs a message hash and returns r and s as 0x hex. */
  signHex(messageHash: bigint): SignatureHex {
    const { r, s } = this.sign(messageHash);
    return { r: feltToHex(r), s: feltToHex(s) };
  }

  toString(): string {
    return `StarkSigner(${this.publicKeyHex})`;
  }

  toJSON(): { publicKey: string } {
    return { publicKey: this.publicKeyHex };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return this.toString();
  }
}

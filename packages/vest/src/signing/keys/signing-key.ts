import { SigningError, ValidationError } from "@perp/core";
import type { LocalAccount } from "viem";
import { privateKeyToAddress, sign } from "viem/accounts";
import { bytesToHex } from "viem/utils";
import type { Address, Hex, SigningPayload } from "../types.js";
import { parsePrivateKey } from "./private-key.js";
import { serializeRsv } from "./signature.js";

/**
 * The delegated key that signs every order, cancel, LP and withdraw request (registered once
 * through `POST /register`). It signs the EIP-191 digest of the action's abi hash.
 */
export interface VestSigningKey {
  readonly address: Address;
  /** Returns the 65-byte r‖s‖v signature (v = 27/28) of `payload.digest`. */
  signPayload(payload: SigningPayload): Promise<Hex>;
}

/** Anything that can act as the signing key: a raw private key, a viem LocalAccount, or a ready signer. */
export type VestSigningKeySource = Hex | LocalAccount | VestSigningKey;

/**
 * Signing key held in memory as a raw private key. The digest is signed directly (RFC 6979,
 * low-s), skipping the message re-hashing a generic `signMessage` would do. The key lives in a
 * private field: it is absent from `toString`, `JSON.stringify` and `util.inspect`.
 */
class PrivateKeySigningKey implements VestSigningKey {
  readonly #privateKey: Hex;
  #address: Address | undefined;

  constructor(privateKey: unknown) {
    this.#privateKey = parsePrivateKey(privateKey, "signing");
  }

  /** Derived on first use: a public-key multiplication costs as much as a signature. */
  get address(): Address {
    this.#address ??= privateKeyToAddress(this.#privateKey);
    return this.#address;
  }

  async signPayload(payload: SigningPayload): Promise<Hex> {
    let signature: { r: Hex; s: Hex; yParity?: number | undefined };
    try {
      signature = await sign({ hash: bytesToHex(payload.digest), privateKey: this.#privateKey });
    } catch (error) {
      // The underlying error may quote its inputs, so only its kind is kept.
      throw new SigningError(`Signing with the Vest signing key ${this.address} failed`, {
        venue: "vest",
        details: { reason: error instanceof Error ? error.name : typeof error },
      });
    }
    return serializeRsv(signature.r, signature.s, signature.yParity ?? 0);
  }

  toString(): string {
    return `VestSigningKey(${this.address})`;
  }

  toJSON(): { address: Address } {
    return { address: this.address };
  }
}

/** Signing key backed by any viem LocalAccount (private key, mnemonic, HD, custom). */
class AccountSigningKey implements VestSigningKey {
  readonly address: Address;
  readonly #account: LocalAccount;

  constructor(account: LocalAccount) {
    this.#account = account;
    this.address = account.address;
  }

  async signPayload(payload: SigningPayload): Promise<Hex> {
    try {
      return await this.#account.signMessage({ message: { raw: payload.abiHash } });
    } catch (error) {
      throw new SigningError(`Signing with the Vest signing account ${this.address} failed`, {
        venue: "vest",
        cause: error,
      });
    }
  }

  toString(): string {
    return `VestSigningKey(${this.address})`;
  }

  toJSON(): { address: Address } {
    return { address: this.address };
  }
}

export function signingKeyFromPrivateKey(privateKey: Hex): VestSigningKey {
  return new PrivateKeySigningKey(privateKey);
}

export function signingKeyFromAccount(account: LocalAccount): VestSigningKey {
  return new AccountSigningKey(account);
}

export function toSigningKey(source: VestSigningKeySource): VestSigningKey {
  if (typeof source === "string") return signingKeyFromPrivateKey(source);
  if (typeof source === "object" && source !== null) {
    if ("type" in source && source.type === "local") return signingKeyFromAccount(source);
    if ("signPayload" in source && typeof source.signPayload === "function") return source;
  }
  throw new ValidationError(
    "Vest signing key must be a private key, a viem LocalAccount or a VestSigningKey",
    {
      venue: "vest",
    },
  );
}

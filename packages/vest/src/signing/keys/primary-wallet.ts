import { SigningError, ValidationError } from "@perp/core";
import type { LocalAccount, WalletClient } from "viem";
import { privateKeyToAddress, sign } from "viem/accounts";
import { bytesToHex } from "viem/utils";
import type { SignerProofTypedData } from "../registration/signer-proof.js";
import type { Address, Hex } from "../types.js";
import { parsePrivateKey } from "./private-key.js";
import { serializeRsv } from "./signature.js";

/**
 * The wallet that holds the funds. It signs once: the EIP-712 SignerProof that delegates trading
 * to a signing key. Browser wallets reach this through a viem WalletClient.
 */
export interface VestPrimaryWallet {
  getAddress(): Promise<Address>;
  /** Signs the proof; `digest` is its EIP-712 digest, for signers that sign hashes directly. */
  signSignerProof(typedData: SignerProofTypedData, digest: Uint8Array): Promise<Hex>;
}

export type VestPrimaryWalletSource = Hex | LocalAccount | WalletClient | VestPrimaryWallet;

class PrivateKeyPrimaryWallet implements VestPrimaryWallet {
  readonly address: Address;
  readonly #privateKey: Hex;

  constructor(privateKey: unknown) {
    this.#privateKey = parsePrivateKey(privateKey, "primary");
    this.address = privateKeyToAddress(this.#privateKey);
  }

  async getAddress(): Promise<Address> {
    return this.address;
  }

  async signSignerProof(_typedData: SignerProofTypedData, digest: Uint8Array): Promise<Hex> {
    try {
      const { r, s, yParity } = await sign({ hash: bytesToHex(digest), privateKey: this.#privateKey });
      return serializeRsv(r, s, yParity ?? 0);
    } catch (error) {
      // The underlying error may quote its inputs, so only its kind is kept.
      throw new SigningError(`Signing the Vest SignerProof with primary wallet ${this.address} failed`, {
        venue: "vest",
        details: { reason: error instanceof Error ? error.name : typeof error },
      });
    }
  }

  toString(): string {
    return `VestPrimaryWallet(${this.address})`;
  }

  toJSON(): { address: Address } {
    return { address: this.address };
  }
}

class AccountPrimaryWallet implements VestPrimaryWallet {
  readonly #account: LocalAccount;

  constructor(account: LocalAccount) {
    this.#account = account;
  }

  async getAddress(): Promise<Address> {
    return this.#account.address;
  }

  async signSignerProof(typedData: SignerProofTypedData): Promise<Hex> {
    try {
      return await this.#account.signTypedData(typedData);
    } catch (error) {
      throw new SigningError(`Primary account ${this.#account.address} did not sign the Vest SignerProof`, {
        venue: "vest",
        cause: error,
      });
    }
  }

  toString(): string {
    return `VestPrimaryWallet(${this.#account.address})`;
  }
}

/**
 * A WalletClient: either with a hoisted account, or a JSON-RPC wallet (browser extension) where
 * the address is given or read from `eth_accounts`.
 */
class WalletClientPrimaryWallet implements VestPrimaryWallet {
  readonly #client: WalletClient;
  readonly #address: Address | undefined;

  constructor(client: WalletClient, address?: Address) {
    this.#client = client;
    this.#address = address;
  }

  async getAddress(): Promise<Address> {
    const account = this.#client.account?.address ?? this.#address;
    if (account) return account;
    const [first] = await this.#client.getAddresses();
    if (!first) {
      throw new ValidationError("The wallet exposes no account: connect one or pass its address", {
        venue: "vest",
      });
    }
    return first;
  }

  async signSignerProof(typedData: SignerProofTypedData): Promise<Hex> {
    const account = this.#client.account ?? (await this.getAddress());
    try {
      return await this.#client.signTypedData({ ...typedData, account });
    } catch (error) {
      throw new SigningError("The wallet did not sign the Vest SignerProof", { venue: "vest", cause: error });
    }
  }

  toString(): string {
    return "VestPrimaryWallet(WalletClient)";
  }
}

export function primaryWalletFromPrivateKey(privateKey: Hex): VestPrimaryWallet {
  return new PrivateKeyPrimaryWallet(privateKey);
}

export function primaryWalletFromAccount(account: LocalAccount): VestPrimaryWallet {
  return new AccountPrimaryWallet(account);
}

/** `address` picks the wallet account when the client has none hoisted (browser wallets). */
export function primaryWalletFromWalletClient(client: WalletClient, address?: Address): VestPrimaryWallet {
  return new WalletClientPrimaryWallet(client, address);
}

export function toPrimaryWallet(source: VestPrimaryWalletSource): VestPrimaryWallet {
  if (typeof source === "string") return primaryWalletFromPrivateKey(source);
  if (typeof source === "object" && source !== null) {
    if ("signSignerProof" in source && typeof source.signSignerProof === "function") return source;
    if ("type" in source && source.type === "local") return primaryWalletFromAccount(source as LocalAccount);
    if ("type" in source && source.type === "walletClient")
      return primaryWalletFromWalletClient(source as WalletClient);
  }
  throw new ValidationError(
    "Vest primary wallet must be a private key, a viem LocalAccount, a WalletClient or a VestPrimaryWallet",
    { venue: "vest" },
  );
}

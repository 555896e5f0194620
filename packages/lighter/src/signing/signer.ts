/**
 * LighterSigner: one API key (account index, API key index, chain id) that signs every L2
 * transaction type and auth tokens. The private key stays inside; the signer prints, serialises
 * and inspects as redacted.
 */
import { ValidationError } from "@perp/core";
import { type AuthToken, createAuthToken } from "./auth/auth-token.js";
import { LighterPrivateKey } from "./keys/private-key.js";
import type { NonceSource } from "./schnorr.js";
import type { TxAttributesInput } from "./tx/attributes.js";
import { type IntegerInput, type TxBodyInput, type TxFieldsInput, toBigIntOrUndefined } from "./tx/fields.js";
import { assertChainId, type SignedTx, signTx } from "./tx/sign.js";
import { TX_TYPES, type TxTypeName } from "./tx/spec.js";

/** lighter-go's default tx lifetime: 10 minutes minus 1 second. */
export const DEFAULT_TX_EXPIRY_MS = 10 * 60 * 1000 - 1000;

export const CHAIN_ID = { mainnet: 304, testnet: 300, robinhood: 466324, robinhoodTestnet: 300 } as const;

export interface LighterSignerOptions {
  accountIndex: IntegerInput;
  /** 0..254; 0-3 are used by Lighter's own apps. */
  apiKeyIndex: number;
  chainId: number;
  /** Clock for default `ExpiredAt`, in ms. */
  now?: () => number;
  /** Schnorr nonce source; the CSPRNG unless reproducing known-answer vectors. */
  nonce?: NonceSource;
}

/** Fields of a tx signed by a LighterSigner: the body, Nonce, and an optional ExpiredAt (ms). */
export type SignerTxFields<T extends TxTypeName> = TxBodyInput<T> & {
  Nonce: IntegerInput;
  ExpiredAt?: IntegerInput;
};

export interface SignerTxOptions {
  attributes?: TxAttributesInput;
}

const REDACTED_TEXT = "LighterSigner([redacted])";

export class LighterSigner {
  readonly accountIndex: bigint;
  readonly apiKeyIndex: number;
  readonly chainId: number;
  readonly #key: LighterPrivateKey;
  readonly #now: () => number;
  readonly #nonce: NonceSource | undefined;

  private constructor(key: LighterPrivateKey, options: LighterSignerOptions) {
    const account = toBigIntOrUndefined(options.accountIndex);
    if (account === undefined || account < 0n || account > 281474976710654n) {
      throw new ValidationError("accountIndex must be an integer from 0 to 2^48 - 2", { venue: "lighter" });
    }
    if (!Number.isInteger(options.apiKeyIndex) || options.apiKeyIndex < 0 || options.apiKeyIndex > 254) {
      throw new ValidationError("apiKeyIndex must be an integer from 0 to 254", { venue: "lighter" });
    }
    assertChainId(options.chainId);
    this.#key = key;
    this.accountIndex = account;
    this.apiKeyIndex = options.apiKeyIndex;
    this.chainId = options.chainId;
    this.#now = options.now ?? Date.now;
    this.#nonce = options.nonce;
  }

  /** From an API private key (80 hex characters, optional 0x). */
  static fromPrivateKey(
    privateKey: string | LighterPrivateKey,
    options: LighterSignerOptions,
  ): LighterSigner {
    const key = typeof privateKey === "string" ? LighterPrivateKey.fromHex(privateKey) : privateKey;
    return new LighterSigner(key, options);
  }

  /** The API key's public key (40 bytes LE hex, no 0x), as registered with ChangePubKey. */
  get publicKey(): string {
    return this.#key.publicKeyHex;
  }

  /** Signs any L2 transaction; AccountIndex/ApiKeyIndex come from the signer, ExpiredAt defaults to now + 10 min - 1 s. */
  signTx<T extends TxTypeName>(
    type: T,
    fields: SignerTxFields<T>,
    options: SignerTxOptions = {},
  ): SignedTx<T> {
    if (fields === null || typeof fields !== "object") {
      throw new ValidationError(`${type} fields must be an object`, { venue: "lighter" });
    }
    const spec = TX_TYPES[type];
    if (spec === undefined) {
      throw new ValidationError(`unknown Lighter transaction type ${JSON.stringify(type)}`, {
        venue: "lighter",
      });
    }
    const full = {
      ...fields,
      [spec.account]: this.accountIndex,
      ApiKeyIndex: this.apiKeyIndex,
      ExpiredAt: fields.ExpiredAt ?? this.#now() + DEFAULT_TX_EXPIRY_MS,
    } as unknown as TxFieldsInput<T>;
    return signTx(type, full, {
      privateKey: this.#key,
      chainId: this.chainId,
      ...(options.attributes === undefined ? {} : { attributes: options.attributes }),
      ...(this.#nonce === undefined ? {} : { nonce: this.#nonce }),
    });
  }

  createOrder(fields: SignerTxFields<"L2CreateOrder">, options?: SignerTxOptions) {
    return this.signTx("L2CreateOrder", fields, options);
  }
  createGroupedOrders(fields: SignerTxFields<"L2CreateGroupedOrders">, options?: SignerTxOptions) {
    return this.signTx("L2CreateGroupedOrders", fields, options);
  }
  cancelOrder(fields: SignerTxFields<"L2CancelOrder">, options?: SignerTxOptions) {
    return this.signTx("L2CancelOrder", fields, options);
  }
  cancelAllOrders(fields: SignerTxFields<"L2CancelAllOrders">, options?: SignerTxOptions) {
    return this.signTx("L2CancelAllOrders", fields, options);
  }
  modifyOrder(fields: SignerTxFields<"L2ModifyOrder">, options?: SignerTxOptions) {
    return this.signTx("L2ModifyOrder", fields, options);
  }
  withdraw(fields: SignerTxFields<"L2Withdraw">, options?: SignerTxOptions) {
    return this.signTx("L2Withdraw", fields, options);
  }
  transfer(fields: SignerTxFields<"L2Transfer">, options?: SignerTxOptions) {
    return this.signTx("L2Transfer", fields, options);
  }
  updateLeverage(fields: SignerTxFields<"L2UpdateLeverage">, options?: SignerTxOptions) {
    return this.signTx("L2UpdateLeverage", fields, options);
  }
  updateMargin(fields: SignerTxFields<"L2UpdateMargin">, options?: SignerTxOptions) {
    return this.signTx("L2UpdateMargin", fields, options);
  }
  /** Registers this signer's key (PubKey defaults to it); also needs the wallet's L1Sig. */
  changePubKey(
    fields: Omit<SignerTxFields<"L2ChangePubKey">, "PubKey"> & {
      PubKey?: SignerTxFields<"L2ChangePubKey">["PubKey"];
    },
    options?: SignerTxOptions,
  ) {
    return this.signTx("L2ChangePubKey", { ...fields, PubKey: fields.PubKey ?? this.publicKey }, options);
  }
  createSubAccount(fields: SignerTxFields<"L2CreateSubAccount">, options?: SignerTxOptions) {
    return this.signTx("L2CreateSubAccount", fields, options);
  }
  createPublicPool(fields: SignerTxFields<"L2CreatePublicPool">, options?: SignerTxOptions) {
    return this.signTx("L2CreatePublicPool", fields, options);
  }
  updatePublicPool(fields: SignerTxFields<"L2UpdatePublicPool">, options?: SignerTxOptions) {
    return this.signTx("L2UpdatePublicPool", fields, options);
  }
  mintShares(fields: SignerTxFields<"L2MintShares">, options?: SignerTxOptions) {
    return this.signTx("L2MintShares", fields, options);
  }
  burnShares(fields: SignerTxFields<"L2BurnShares">, options?: SignerTxOptions) {
    return this.signTx("L2BurnShares", fields, options);
  }
  stakeAssets(fields: SignerTxFields<"L2StakeAssets">, options?: SignerTxOptions) {
    return this.signTx("L2StakeAssets", fields, options);
  }
  unstakeAssets(fields: SignerTxFields<"L2UnstakeAssets">, options?: SignerTxOptions) {
    return this.signTx("L2UnstakeAssets", fields, options);
  }
  updateAccountConfig(fields: SignerTxFields<"L2UpdateAccountConfig">, options?: SignerTxOptions) {
    return this.signTx("L2UpdateAccountConfig", fields, options);
  }
  updateAccountAssetConfig(fields: SignerTxFields<"L2UpdateAccountAssetConfig">, options?: SignerTxOptions) {
    return this.signTx("L2UpdateAccountAssetConfig", fields, options);
  }
  approveIntegrator(fields: SignerTxFields<"L2ApproveIntegrator">, options?: SignerTxOptions) {
    return this.signTx("L2ApproveIntegrator", fields, options);
  }

  /** An auth token for this account and key; deadline in seconds, default now + 10 min (max 8 h). */
  createAuthToken(options: { deadlineSeconds?: number; ttlSeconds?: number } = {}): AuthToken {
    return createAuthToken({
      privateKey: this.#key,
      accountIndex: this.accountIndex,
      apiKeyIndex: this.apiKeyIndex,
      nowMs: this.#now(),
      ...options,
      ...(this.#nonce === undefined ? {} : { nonce: this.#nonce }),
    });
  }

  toString(): string {
    return REDACTED_TEXT;
  }

  toJSON(): Record<string, unknown> {
    return {
      accountIndex: this.accountIndex.toString(),
      apiKeyIndex: this.apiKeyIndex,
      chainId: this.chainId,
      publicKey: this.publicKey,
    };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `LighterSigner(account ${this.accountIndex}, apiKey ${this.apiKeyIndex}, chain ${this.chainId})`;
  }
}

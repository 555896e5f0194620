import Big from "big.js";
import { type Address, getAddress, type Hex } from "viem";

/** A signing key delegated by the account's primary wallet through a SignerProof. */
export interface SigningGrant {
  /** Lower-cased. */
  readonly address: string;
  /** ms since the epoch; requests signed after it are refused. */
  readonly expiry: number;
  /** The EIP-712 SignerProof the primary wallet signed, when the simulator has it. */
  readonly proofSignature: Hex | undefined;
}

export type NonceScope = "order" | "cancel" | "lp" | "withdraw";

/** Vest-side state of one trading account; balances and positions live in the engine. */
export interface VestAccount {
  /** Engine account id: the lower-cased primary address. */
  readonly id: string;
  readonly primaryAddress: Address;
  readonly apiKey: string;
  readonly accountGroup: number;
  readonly signers: Map<string, SigningGrant>;
  /** Highest nonce of any accepted signed request (`GET /account/nonce`). */
  lastNonce: number;
  readonly usedNonces: Map<NonceScope, Set<number>>;
  /** Leverage the account set per symbol with `POST /account/leverage`. */
  readonly leverages: Map<string, number>;
  lpBalance: Big;
  lpShares: Big;
  /** Cumulative funding index of each market when the position was opened (`entryFunding`). */
  readonly entryFunding: Map<string, string>;
}

/** Accounts by API key and by primary address. */
export class VestAccounts {
  readonly #byApiKey = new Map<string, VestAccount>();
  readonly #byId = new Map<string, VestAccount>();

  add(input: { primaryAddress: string; apiKey: string; accountGroup: number }): VestAccount {
    const account: VestAccount = {
      id: input.primaryAddress.toLowerCase(),
      primaryAddress: getAddress(input.primaryAddress),
      apiKey: input.apiKey,
      accountGroup: input.accountGroup,
      signers: new Map(),
      lastNonce: 0,
      usedNonces: new Map(),
      leverages: new Map(),
      lpBalance: new Big(0),
      lpShares: new Big(0),
      entryFunding: new Map(),
    };
    this.#byApiKey.set(account.apiKey, account);
    this.#byId.set(account.id, account);
    return account;
  }

  byApiKey(apiKey: string): VestAccount | undefined {
    return this.#byApiKey.get(apiKey);
  }

  byId(id: string): VestAccount | undefined {
    return this.#byId.get(id.toLowerCase());
  }

  all(): VestAccount[] {
    return [...this.#byId.values()];
  }
}

export function grantSigner(account: VestAccount, grant: SigningGrant): void {
  account.signers.set(grant.address, grant);
}

/**
 * Whether `signer` may sign for the account at `now`: a delegated key before its expiry, or the
 * primary wallet itself (the docs allow both).
 */
export function signerAllowed(account: VestAccount, signer: string, now: number): boolean {
  if (signer === account.id) return true;
  const grant = account.signers.get(signer);
  return grant !== undefined && grant.expiry >= now;
}

export function nonceUsed(account: VestAccount, scope: NonceScope, nonce: number): boolean {
  return account.usedNonces.get(scope)?.has(nonce) ?? false;
}

export function useNonce(account: VestAccount, scope: NonceScope, nonce: number): void {
  let used = account.usedNonces.get(scope);
  if (used === undefined) {
    used = new Set();
    account.usedNonces.set(scope, used);
  }
  used.add(nonce);
  if (nonce > account.lastNonce) account.lastNonce = nonce;
}

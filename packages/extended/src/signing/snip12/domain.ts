import {
  POSEIDON_INITIAL_STATE,
  type PoseidonState,
  poseidonAbsorb,
  poseidonHashMany,
} from "../crypto/poseidon.js";
import { shortString } from "./felt.js";
import { structTypeHash } from "./types.js";

/** SNIP-12 StarknetDomain. Extended serves it at GET /api/v1/info/starknet; prefer that at start-up. */
export interface StarknetDomain {
  readonly name: string;
  readonly version: string;
  /** `SN_MAIN` or `SN_SEPOLIA` (never `SN_MAINNET`, which older SDK configs used). */
  readonly chainId: string;
  /** The integer 1 (SNIP-12 revision 1); the API may return it as a string. */
  readonly revision: number;
}

export const MAINNET_DOMAIN: StarknetDomain = Object.freeze({
  name: "Perpetuals",
  version: "v0",
  chainId: "SN_MAIN",
  revision: 1,
});

export const TESTNET_DOMAIN: StarknetDomain = Object.freeze({
  name: "Perpetuals",
  version: "v0",
  chainId: "SN_SEPOLIA",
  revision: 1,
});

const domainKey = (d: StarknetDomain): string =>
  `${d.name}\u0000${d.version}\u0000${d.chainId}\u0000${d.revision}`;

const domainHashCache = new Map<string, bigint>();
const messagePrefixCache = new Map<bigint, PoseidonState>();

/** poseidon(typeHash(StarknetDomain), name, version, chainId, revision), cached per domain. */
export function domainHash(domain: StarknetDomain): bigint {
  const key = domainKey(domain);
  let hash = domainHashCache.get(key);
  if (hash === undefined) {
    hash = poseidonHashMany([
      structTypeHash("StarknetDomain"),
      shortString(domain.name),
      shortString(domain.version),
      shortString(domain.chainId),
      BigInt(domain.revision),
    ]);
    domainHashCache.set(key, hash);
  }
  return hash;
}

const STARKNET_MESSAGE = shortString("StarkNet Message");

/**
 * Sponge state after absorbing ["StarkNet Message", domainHash]: the message hash of every struct
 * signed under a domain starts from it.
 */
export function messagePrefix(domain: StarknetDomain): PoseidonState {
  const hash = domainHash(domain);
  let state = messagePrefixCache.get(hash);
  if (state === undefined) {
    state = poseidonAbsorb(POSEIDON_INITIAL_STATE, [STARKNET_MESSAGE, hash]);
    messagePrefixCache.set(hash, state);
  }
  return state;
}

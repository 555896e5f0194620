import { createHash } from "node:crypto";
import { LighterPrivateKey } from "@perp/lighter/signing";
import { type Address, type Hex, keccak256, stringToBytes } from "viem";
import { privateKeyToAccount } from "viem/accounts";

/**
 * Everything a client needs to trade on the Lighter simulator as one account: the account index,
 * one registered API key (index, private and public key) and the L1 wallet that owns the account.
 * The keys are TEST keys derived from a public label: anyone can recompute them, so they must never
 * hold real funds.
 */
export interface LighterTestCredentials {
  readonly label: string;
  readonly accountIndex: bigint;
  /** 4..254 by convention (0-3 are Lighter's own apps). */
  readonly apiKeyIndex: number;
  /** 40-byte little-endian ECgFp5 scalar as 0x + 80 hex characters (what `LighterSigner` takes). */
  readonly apiPrivateKey: string;
  /** encode(sk G), 80 lowercase hex characters without 0x (what `GET /apikeys` reports). */
  readonly apiPublicKey: string;
  /** The owning Ethereum wallet (signs L1 messages such as ChangePubKey and cross-owner transfers). */
  readonly l1PrivateKey: Hex;
  readonly l1Address: Address;
}

const LABEL_PREFIX = "perp-testkit/lighter/";

/**
 * A deterministic API private key: 39 bytes of SHA-256 output (two blocks) and a zero top byte,
 * so the little-endian scalar is below 2^312 and therefore below the group order (~2^319).
 */
export function testApiPrivateKey(label: string): string {
  const digest = (part: string) => createHash("sha256").update(`${LABEL_PREFIX}${label}/${part}`).digest();
  const bytes = new Uint8Array(40);
  bytes.set(digest("a"), 0);
  bytes.set(digest("b").subarray(0, 7), 32);
  return `0x${Buffer.from(bytes).toString("hex")}`;
}

/** Test credentials derived from `label`; the same label always gives the same keys. */
export function lighterTestCredentials(
  label: string,
  accountIndex: bigint,
  apiKeyIndex = 4,
): LighterTestCredentials {
  const apiPrivateKey = testApiPrivateKey(`${label}/api/${apiKeyIndex}`);
  const l1PrivateKey = keccak256(stringToBytes(`${LABEL_PREFIX}${label}/l1`));
  return {
    label,
    accountIndex,
    apiKeyIndex,
    apiPrivateKey,
    apiPublicKey: LighterPrivateKey.fromHex(apiPrivateKey).publicKeyHex,
    l1PrivateKey,
    l1Address: privateKeyToAccount(l1PrivateKey).address,
  };
}

/** The default funded test account of the Lighter simulator (account 281, API key 4). */
export const LIGHTER_TEST_CREDENTIALS: LighterTestCredentials = lighterTestCredentials("default", 281n);

/** A second funded account, for crossing orders against the default one (account 282, API key 4). */
export const LIGHTER_COUNTERPARTY_CREDENTIALS: LighterTestCredentials = lighterTestCredentials(
  "counterparty",
  282n,
);

import { type Address, type Hex, keccak256, stringToBytes } from "viem";
import { privateKeyToAccount } from "viem/accounts";

/**
 * Everything a client needs to trade on the simulator as one account. The keys are TEST keys derived
 * from a public label: anyone can recompute them, so they must never hold real funds.
 */
export interface VestTestCredentials {
  readonly label: string;
  /** Wallet holding the funds; signs the registration proof only. */
  readonly primaryPrivateKey: Hex;
  readonly primaryAddress: Address;
  /** Delegated key that signs orders, cancels, LP and withdrawals. */
  readonly signingPrivateKey: Hex;
  readonly signingAddress: Address;
  /** Sent as X-API-KEY. */
  readonly apiKey: string;
  /** `accGroup`: REST header `xrestservermm: restserver{n}`, WS query `xwebsocketserver=restserver{n}`. */
  readonly accountGroup: number;
  /** Expiry of the signing-key delegation, ms since the epoch (2100-01-01). */
  readonly signerExpiry: number;
}

const LABEL_PREFIX = "perp-testkit/vest/";
const FAR_FUTURE_MS = 4_102_444_800_000;

/** keccak256 of a label: a deterministic, valid secp256k1 private key for tests. */
export function testPrivateKey(label: string): Hex {
  return keccak256(stringToBytes(`${LABEL_PREFIX}${label}`));
}

/** The API key the simulator hands out for a primary address (32 hex chars, like Vest's). */
export function simulatedApiKey(primaryAddress: string, seed = 0): string {
  return keccak256(stringToBytes(`${LABEL_PREFIX}api-key/${seed}/${primaryAddress.toLowerCase()}`)).slice(
    2,
    34,
  );
}

/** Test credentials derived from `label`; the same label always gives the same keys. */
export function vestTestCredentials(label: string, accountGroup = 0): VestTestCredentials {
  const primaryPrivateKey = testPrivateKey(`${label}/primary`);
  const signingPrivateKey = testPrivateKey(`${label}/signing`);
  const primaryAddress = privateKeyToAccount(primaryPrivateKey).address;
  return {
    label,
    primaryPrivateKey,
    primaryAddress,
    signingPrivateKey,
    signingAddress: privateKeyToAccount(signingPrivateKey).address,
    apiKey: simulatedApiKey(primaryAddress),
    accountGroup,
    signerExpiry: FAR_FUTURE_MS,
  };
}

/** The default funded test account of the Vest simulator. */
export const VEST_TEST_CREDENTIALS: VestTestCredentials = vestTestCredentials("default");

/** A second funded account, for crossing orders against the default one. */
export const VEST_COUNTERPARTY_CREDENTIALS: VestTestCredentials = vestTestCredentials("counterparty");

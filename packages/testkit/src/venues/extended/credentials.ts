import { createHash } from "node:crypto";
import { feltToHex, grindKey, starkPublicKey } from "@perp/extended/signing";

/** A trading sub-account the simulator knows: its API key, Stark key and vault (position id). */
export interface ExtendedAccountConfig {
  /** `accountId` as Extended reports it (a JSON number). */
  accountId: number;
  /** The wallet ("client") the sub-account belongs to; `/user/accounts` lists every account of a client. */
  clientId: number;
  /** Sub-account index used for key derivation (0 for the main account). */
  accountIndex: number;
  description: string;
  apiKey: string;
  /** Stark public key (`l2Key`), 0x hex. Signatures are verified against it. */
  starkPublicKey: string;
  /** Position id (`l2Vault`), a u32 signed into every settlement. */
  vault: number;
  /** Starting collateral in USD. */
  collateral: string;
  /** Recipient that Starknet withdrawals of this account must name. */
  starknetWalletAddress: string;
  evmWalletAddress: string;
}

/** Test credentials: the account plus the TEST Stark private key that signs for it. */
export interface ExtendedTestCredentials extends ExtendedAccountConfig {
  starkPrivateKey: string;
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export interface TestAccountInput {
  accountId: number;
  clientId: number;
  accountIndex: number;
  vault: number;
  collateral: string;
  description?: string;
}

/**
 * Deterministic test credentials from a label: the Stark private key is StarkWare's grindKey of
 * SHA-256("perp-testkit/extended/<label>"), the API key and wallet addresses are further SHA-256
 * digests of the label. These keys are public test fixtures and must never hold real funds.
 */
export function deriveExtendedTestAccount(label: string, input: TestAccountInput): ExtendedTestCredentials {
  const root = `perp-testkit/extended/${label}`;
  const privateKey = grindKey(BigInt(`0x${digest(root)}`));
  return {
    accountId: input.accountId,
    clientId: input.clientId,
    accountIndex: input.accountIndex,
    description: input.description ?? label,
    apiKey: digest(`${root}/api-key`).slice(0, 32),
    starkPrivateKey: feltToHex(privateKey),
    starkPublicKey: feltToHex(starkPublicKey(privateKey)),
    vault: input.vault,
    collateral: input.collateral,
    // 63 hex digits keep the address below the Stark field prime.
    starknetWalletAddress: `0x0${digest(`${root}/starknet-wallet`).slice(0, 63)}`,
    evmWalletAddress: `0x${digest(`${root}/evm-wallet`).slice(0, 40)}`,
  };
}

/** The default test account: main sub-account of test client 1001 with 100,000 USD. */
export const EXTENDED_TEST_ACCOUNT: ExtendedTestCredentials = /* @__PURE__ */ deriveExtendedTestAccount(
  "default",
  {
    accountId: 3004,
    clientId: 1001,
    accountIndex: 0,
    vault: 100_005,
    collateral: "100000",
    description: "Main",
  },
);

/** A second sub-account of the same client (transfers, crossing orders), with 100,000 USD. */
export const EXTENDED_TEST_SUBACCOUNT: ExtendedTestCredentials = /* @__PURE__ */ deriveExtendedTestAccount(
  "subaccount",
  {
    accountId: 3005,
    clientId: 1001,
    accountIndex: 1,
    vault: 100_006,
    collateral: "100000",
    description: "Sub 1",
  },
);

import * as z from "zod";
import { type EthereumSigner, formatSigningTime, signL1Request } from "../../onboarding.js";
import { validateParams } from "../call.js";

const walletSchema = z.custom<EthereumSigner>(
  (v) =>
    typeof v === "object" &&
    v !== null &&
    typeof (v as EthereumSigner).address === "string" &&
    typeof (v as EthereumSigner).signMessage === "function",
  "expected an Ethereum signer (address + signMessage)",
);

/**
 * L1_SIGNATURE / L1_MESSAGE_TIME headers of the account-management endpoints: personal_sign of
 * `<requestPath>@<time>`, the path as sent (with `/api/v1` where the endpoint has it).
 */
export async function l1Headers(
  wallet: EthereumSigner,
  requestPath: string,
  action: string,
  now: Date = new Date(),
): Promise<Record<string, string>> {
  const checked = validateParams(walletSchema, wallet, action);
  const signed = await signL1Request(checked, requestPath, formatSigningTime(now));
  return { ...signed.headers };
}

import { registerSecret } from "@perp/core";
import { registration, type VestRegistration } from "../../schemas/account.js";
import { registerBody } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { RegisterBody, SignedRegistration } from "../../signing/index.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

/** The `signRegistration` result, or just its `body`. */
export type RegisterParameters = SignedRegistration | RegisterBody;

export type RegisterReturnType = VestRegistration;

/**
 * `POST /register`: registers a delegated signing key (the primary wallet signed the proof) and
 * returns the API key plus the account group that routes every later request. Needs no API key.
 * The returned key is registered as a secret at once, so it never shows in logs or errors.
 * Sent once: a repeat is a new registration, not a retry.
 */
export async function register(
  client: VestRestContext,
  params: RegisterParameters,
  options?: VestCallOptions,
): Promise<RegisterReturnType> {
  const raw = "body" in params ? params.body : params;
  // Validated, then sent as given: the strict schema admits no extra field, and key order is kept.
  parseParams(registerBody, raw, "register body");
  const result = await vestRequest(
    client,
    { method: "POST", path: "register", json: raw, schema: registration },
    options,
  );
  registerSecret(result.apiKey);
  return result;
}

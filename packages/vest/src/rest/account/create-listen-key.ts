import { registerSecret } from "@perp/core";
import { listenKey } from "../../schemas/account.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export type CreateListenKeyReturnType = string;

/**
 * `POST /account/listenKey`: a key for the private stream, valid 60 minutes. While one is active
 * the same key comes back with its life extended, so the call is safe to repeat. The key grants
 * read access to the account stream and is registered as a secret.
 */
export async function createListenKey(
  client: VestRestContext,
  options?: VestCallOptions,
): Promise<CreateListenKeyReturnType> {
  const result = await vestRequest(
    client,
    { method: "POST", path: "account/listenKey", private: true, idempotent: true, schema: listenKey },
    options,
  );
  registerSecret(result.listenKey);
  return result.listenKey;
}

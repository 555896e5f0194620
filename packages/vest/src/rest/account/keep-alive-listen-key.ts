import { registerSecret } from "@perp/core";
import { listenKey } from "../../schemas/account.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export type KeepAliveListenKeyReturnType = string;

/**
 * `PUT /account/listenKey`: extends the active key by 60 minutes; call it every 30-45 minutes.
 * An expired or missing key answers 1125 (a VenueApiError): create a new key with
 * `createListenKey` and reconnect the private stream.
 */
export async function keepAliveListenKey(
  client: VestRestContext,
  options?: VestCallOptions,
): Promise<KeepAliveListenKeyReturnType> {
  const result = await vestRequest(
    client,
    { method: "PUT", path: "account/listenKey", private: true, idempotent: true, schema: listenKey },
    options,
  );
  registerSecret(result.listenKey);
  return result.listenKey;
}

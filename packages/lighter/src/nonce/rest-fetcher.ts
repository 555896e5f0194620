/** The REST client's `nextNonce` as a NonceFetcher. */
import type { LighterRestClient } from "../rest/client.js";
import type { NonceFetcher } from "./nonce-manager.js";

export function restNonceFetcher(
  client: Pick<LighterRestClient, "getNextNonce">,
  key: { accountIndex: bigint | number | string; apiKeyIndex: number },
): NonceFetcher {
  return async (signal) => {
    const reply = await client.getNextNonce(
      { accountIndex: key.accountIndex, apiKeyIndex: key.apiKeyIndex },
      signal === undefined ? {} : { signal },
    );
    return reply.nonce;
  };
}

import * as z from "zod/mini";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

// The venue answers `{}`; an empty body is accepted too.
const emptyAnswer = z.optional(z.looseObject({}));

/** `DELETE /account/listenKey`: closes the private-stream key, on shutdown. */
export async function deleteListenKey(client: VestRestContext, options?: VestCallOptions): Promise<void> {
  await vestRequest(
    client,
    { method: "DELETE", path: "account/listenKey", private: true, idempotent: true, schema: emptyAnswer },
    options,
  );
}

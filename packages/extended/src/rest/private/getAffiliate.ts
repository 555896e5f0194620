import { NotFoundError } from "@perp/core";
import { untypedData } from "../../schemas/public-data.js";
import { callApi } from "../call.js";
import type { ExtendedRestContext, RequestOptions } from "../context.js";

/**
 * GET /user/affiliate: affiliate data as parsed JSON (no documented field set). The venue answers
 * 404 for accounts that are not affiliates; that is returned as `undefined`, not thrown.
 */
export async function getAffiliate(client: ExtendedRestContext, options?: RequestOptions): Promise<unknown> {
  try {
    const { data } = await callApi(
      client,
      { action: "getAffiliate", method: "GET", path: "/user/affiliate", private: true, schema: untypedData },
      options,
    );
    return data;
  } catch (error) {
    if (error instanceof NotFoundError && error.status === 404) return undefined;
    throw error;
  }
}

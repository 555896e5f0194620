import * as z from "zod/mini";
import { ResultCode } from "../../schemas/account.js";
import { accountIndexParam, intParam } from "../../schemas/params.js";
import { call, type LighterCallOptions, type LighterRestContext, parseParams } from "../request.js";

export const SetMakerOnlyApiKeysParameters = z.object({
  accountIndex: accountIndexParam,
  /**
   * The complete maker-only set (0..254); empty clears it. Sent as a JSON array string
   * (`"[4,5]"`), the form-field encoding the API uses for sendTxBatch's arrays; the reference
   * lists the endpoint without its field encoding.
   */
  apiKeyIndexes: z.array(intParam(0, 254)),
});
export type SetMakerOnlyApiKeysParameters = z.input<typeof SetMakerOnlyApiKeysParameters>;
export type SetMakerOnlyApiKeysReturnType = ResultCode;

/** `POST /api/v1/setMakerOnlyApiKeys` (auth, form): restricts API keys to maker-only orders. */
export async function setMakerOnlyApiKeys(
  client: LighterRestContext,
  params: SetMakerOnlyApiKeysParameters,
  options?: LighterCallOptions,
): Promise<SetMakerOnlyApiKeysReturnType> {
  const p = parseParams(SetMakerOnlyApiKeysParameters, params, "setMakerOnlyApiKeys");
  return call(
    client,
    {
      action: "setMakerOnlyApiKeys",
      method: "POST",
      path: "/api/v1/setMakerOnlyApiKeys",
      form: { account_index: p.accountIndex, api_key_indexes: JSON.stringify(p.apiKeyIndexes) },
      schema: ResultCode,
      auth: true,
    },
    options,
  );
}

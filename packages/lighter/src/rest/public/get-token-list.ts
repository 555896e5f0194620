import { TokenList } from "../../schemas/system.js";
import { call, type LighterCallOptions, type LighterRestContext } from "../request.js";

export type GetTokenListReturnType = TokenList;

/** `GET /api/v1/tokenlist`: display metadata of listed tokens. */
export async function getTokenList(
  client: LighterRestContext,
  _params: Record<string, never> = {},
  options?: LighterCallOptions,
): Promise<GetTokenListReturnType> {
  return call(
    client,
    { action: "getTokenList", method: "GET", path: "/api/v1/tokenlist", schema: TokenList },
    options,
  );
}

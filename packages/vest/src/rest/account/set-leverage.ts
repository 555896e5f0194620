import { leverageSetting, type VestLeverageSetting } from "../../schemas/account.js";
import { leverageParams } from "../../schemas/params.js";
import { parseParams } from "../../schemas/parse.js";
import type { VestCallOptions, VestRestContext } from "../context.js";
import { vestRequest } from "../request.js";

export interface SetLeverageParameters {
  symbol: string;
  /** Integer leverage, e.g. 10. */
  value: number;
  /** Epoch ms; default: the client clock. */
  time?: number;
  /**
   * Optional signed form seen in one live bot (personal_sign over abi.encode(time, nonce, symbol,
   * value)); the documented call is unsigned and the venue appears to ignore these fields.
   */
  nonce?: number;
  recvWindow?: number;
  signature?: `0x${string}`;
}

export type SetLeverageReturnType = VestLeverageSetting;

/**
 * `POST /account/leverage`: sets the leverage of one market. Set it per market before trading:
 * a bot could not close positions until it had. Raising margin requirements with an open position
 * can be refused (3021).
 */
export async function setLeverage(
  client: VestRestContext,
  params: SetLeverageParameters,
  options?: VestCallOptions,
): Promise<SetLeverageReturnType> {
  const p = parseParams(leverageParams, params, "setLeverage parameters");
  const json = {
    time: p.time ?? client.now(),
    symbol: p.symbol,
    value: p.value,
    ...(p.nonce === undefined ? {} : { nonce: p.nonce }),
    ...(p.recvWindow === undefined ? {} : { recvWindow: p.recvWindow }),
    ...(p.signature === undefined ? {} : { signature: p.signature }),
  };
  return vestRequest(
    client,
    // Setting the same leverage twice is harmless, so transport retries are allowed.
    {
      method: "POST",
      path: "account/leverage",
      json,
      private: true,
      idempotent: true,
      schema: leverageSetting,
    },
    options,
  );
}

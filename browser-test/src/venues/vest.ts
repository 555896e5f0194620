import { VestMarketStream, VestRestClient } from "@perp/vest";
import { orderPayload, signingKeyFromPrivateKey, signOrder } from "@perp/vest/signing";
import type { CheckConfig, VenueReport, VestOrderVectorInput } from "../contract.js";
import { bytesToHex, firstTwoSidedBook, step } from "../steps.js";

/** The order vector through signOrder, plus the payload it signs, under the vector's field names. */
async function signVector(v: VestOrderVectorInput): Promise<Record<string, string | number>> {
  const key = signingKeyFromPrivateKey(v.signingPrivateKey);
  const fields = {
    time: v.timeMillis,
    nonce: v.nonce,
    orderType: v.orderType,
    symbol: v.symbol,
    isBuy: v.isBuy,
    size: v.size,
    limitPrice: v.limitPrice,
    reduceOnly: v.reduceOnly,
  };
  const payload = orderPayload(fields);
  const signed = await signOrder(key, fields);
  return {
    signerAddress: key.address,
    encoded: bytesToHex(payload.encoded),
    abiHash: bytesToHex(payload.abiHash),
    digest: bytesToHex(payload.digest),
    signature: signed.signature,
  };
}

export async function checkVest(config: CheckConfig): Promise<VenueReport> {
  const target = config.vest;
  const rest = new VestRestClient({ restUrl: target.restUrl });
  const stream = new VestMarketStream({ url: target.wsUrl });
  try {
    return {
      venue: "vest",
      signature: await step(() => signVector(target.vector)),
      markets: await step(async () => (await rest.getExchangeInfo()).symbols.map((m) => m.symbol)),
      book: await step(() =>
        firstTwoSidedBook(
          stream.watchOrderBook(target.market, { signal: AbortSignal.timeout(config.bookTimeoutMs) }),
        ),
      ),
    };
  } finally {
    await stream.close();
  }
}

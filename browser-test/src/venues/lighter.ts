import { LighterRestClient, LighterStreams } from "@perp/lighter";
import { LighterSigner } from "@perp/lighter/signing";
import type { CheckConfig, LighterTxVectorInput, VenueReport } from "../contract.js";
import { firstTwoSidedBook, hexToBase64, leHexToBigInt, step } from "../steps.js";

/** The create-order vector through a LighterSigner whose Schnorr nonce is the vector's fixed k. */
function signVector(v: LighterTxVectorInput): Record<string, string | number> {
  const { AccountIndex, ApiKeyIndex, Nonce, ...body } = v.fields;
  if (AccountIndex === undefined || ApiKeyIndex === undefined || Nonce === undefined) {
    throw new Error("the vector lacks AccountIndex, ApiKeyIndex or Nonce");
  }
  const k = leHexToBigInt(v.k);
  const signer = LighterSigner.fromPrivateKey(v.privateKey, {
    accountIndex: AccountIndex,
    apiKeyIndex: Number(ApiKeyIndex),
    chainId: v.chainId,
    nonce: () => k,
  });
  const signed = signer.createOrder({ ...body, Nonce } as Parameters<LighterSigner["createOrder"]>[0]);
  return {
    txHash: signed.txHash,
    signature: signed.signature,
    sigBase64: hexToBase64(signed.signature),
    txInfo: signed.txInfo,
  };
}

export async function checkLighter(config: CheckConfig): Promise<VenueReport> {
  const target = config.lighter;
  const rest = new LighterRestClient({ restUrl: target.restUrl });
  const streams = new LighterStreams({ url: target.wsUrl });
  try {
    return {
      venue: "lighter",
      signature: await step(() => signVector(target.vector)),
      markets: await step(async () => (await rest.getOrderBooks()).order_books.map((m) => m.symbol)),
      book: await step(() =>
        firstTwoSidedBook(
          streams.watchOrderBook(target.marketId, {
            symbol: target.market,
            signal: AbortSignal.timeout(config.bookTimeoutMs),
          }),
        ),
      ),
    };
  } finally {
    await streams.close();
  }
}

import { ExtendedRestClient, ExtendedStreams } from "@perp/extended";
import {
  feltToHex,
  ORDER_EXPIRATION_BUFFER_SECONDS,
  StarkSigner,
  signOrderSettlement,
  toFelt,
} from "@perp/extended/signing";
import type { CheckConfig, ExtendedOrderVectorInput, VenueReport } from "../contract.js";
import { firstTwoSidedBook, step } from "../steps.js";

/** The order vector through the Stark signer, under the vector's expected field names. */
function signVector(v: ExtendedOrderVectorInput): Record<string, string | number> {
  const signed = signOrderSettlement(StarkSigner.fromPrivateKey(v.privateKey), {
    domain: v.domain,
    vault: BigInt(v.vault),
    market: {
      syntheticId: toFelt(v.market.syntheticId),
      syntheticResolution: BigInt(v.market.syntheticResolution),
      collateralId: toFelt(v.market.collateralId),
      collateralResolution: BigInt(v.market.collateralResolution),
    },
    side: v.side,
    qty: v.qty,
    price: v.price,
    feeRate: v.feeRate,
    builderFeeRate: v.builderFeeRate,
    expiryEpochMillis: v.expiryEpochMillis,
    nonce: v.nonce,
    expirationBufferSeconds: ORDER_EXPIRATION_BUFFER_SECONDS,
  });
  return {
    baseAmount: signed.amounts.baseAmount.toString(),
    quoteAmount: signed.amounts.quoteAmount.toString(),
    feeAmount: signed.amounts.feeAmount.toString(),
    expirationSeconds: Number(signed.expirationSeconds),
    structHash: feltToHex(signed.structHash),
    orderHash: signed.orderHash,
    r: signed.settlement.signature.r,
    s: signed.settlement.signature.s,
  };
}

export async function checkExtended(config: CheckConfig): Promise<VenueReport> {
  const target = config.extended;
  // Local URLs under the mainnet network: the simulator signs and checks under the mainnet domain.
  const rest = new ExtendedRestClient({ network: "mainnet", baseUrl: target.restUrl });
  const streams = new ExtendedStreams({ network: "mainnet", streamUrl: target.wsUrl });
  try {
    return {
      venue: "extended",
      signature: await step(() => signVector(target.vector)),
      markets: await step(async () => (await rest.getMarkets()).map((m) => m.name)),
      book: await step(() =>
        firstTwoSidedBook(
          streams.watchOrderBook(target.market, { signal: AbortSignal.timeout(config.bookTimeoutMs) }),
        ),
      ),
    };
  } finally {
    await streams.close();
  }
}

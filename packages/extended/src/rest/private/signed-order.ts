import type { Market } from "../../schemas/market.js";
import { orderRequestBody } from "../../schemas/order-request.js";
import { starkSignerParam } from "../../schemas/params.js";
import {
  type OrderInput,
  type OrderMarket,
  type OrderRequestBody,
  type SignedOrder,
  type StarknetDomain,
  type StarkSigner,
  signOrder,
  signReplacementOrder,
} from "../../signing/index.js";
import { validateParams } from "../call.js";
import type { ExtendedRestContext } from "../context.js";

/** An order in the units a user thinks in; `domain` defaults to the client environment's. */
export type OrderIntent = Omit<OrderInput, "domain" | "market"> & {
  domain?: StarknetDomain;
  /** A market from getMarkets, or just its name, l2Config and (for POSITION TP/SL) trading rules. */
  market: OrderMarket | Market;
};

/** Either an order already signed with signOrder (or its body), or a signer plus an intent to sign. */
export type OrderSource =
  | { order: OrderRequestBody | SignedOrder; signer?: undefined }
  | { signer: StarkSigner; order: OrderIntent };

/** The signing view of a market from getMarkets. */
export function toOrderMarket(market: OrderMarket | Market): OrderMarket {
  if (!("tradingConfig" in market)) return market;
  return {
    name: market.name,
    l2Config: {
      syntheticId: market.l2Config.syntheticId,
      syntheticResolution: market.l2Config.syntheticResolution,
      collateralId: market.l2Config.collateralId,
      collateralResolution: market.l2Config.collateralResolution,
    },
    minOrderSizeChange: market.tradingConfig.minOrderSizeChange,
    maxPositionValue: market.tradingConfig.maxPositionValue,
  };
}

function toOrderInput(client: ExtendedRestContext, intent: OrderIntent): OrderInput {
  return {
    ...intent,
    domain: intent.domain ?? client.environment.signingDomain,
    market: toOrderMarket(intent.market),
  };
}

/** Resolves an order source to the body to send, signing when given a signer. */
export function orderBodyOf(
  client: ExtendedRestContext,
  source: OrderSource,
  action: string,
  cancelId?: string,
): OrderRequestBody {
  let body: OrderRequestBody;
  if (source.signer !== undefined) {
    const signer = validateParams(starkSignerParam, source.signer, action);
    const input = toOrderInput(client, source.order);
    body = (cancelId === undefined ? signOrder(signer, input) : signReplacementOrder(signer, cancelId, input))
      .body;
  } else {
    body = "body" in source.order ? source.order.body : source.order;
  }
  validateParams(orderRequestBody, body, action);
  return body;
}

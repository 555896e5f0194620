import * as z from "zod";

/*
 * Shape checks for signed request bodies handed to the REST actions. Bodies are sent exactly as
 * given (the signature covers their values); these schemas only refuse malformed input early.
 */

const decimalText = z.string().regex(/^\d+(\.\d+)?$/, "expected a non-negative decimal string");
const hex = z.string().regex(/^0x[0-9a-fA-F]+$/, "expected 0x hex");
const signature = z.object({ r: hex, s: hex });

const orderSettlement = z.object({
  signature,
  starkKey: hex,
  collateralPosition: z.string().regex(/^\d+$/, "expected the vault as a decimal string"),
});

const triggerPriceType = z.enum(["LAST", "MARK", "INDEX"]);

const tpSlLeg = z.object({
  triggerPrice: decimalText,
  triggerPriceType,
  price: decimalText,
  priceType: z.enum(["LIMIT", "MARKET"]),
  settlement: orderSettlement,
});

/** Body of POST /user/order as produced by signOrder. */
export const orderRequestBody = z
  .object({
    id: z.string().min(1),
    market: z.string().min(1),
    type: z.enum(["LIMIT", "MARKET", "CONDITIONAL", "TPSL"]),
    side: z.enum(["BUY", "SELL"]),
    qty: decimalText,
    price: decimalText,
    reduceOnly: z.boolean(),
    postOnly: z.boolean(),
    timeInForce: z.enum(["GTT", "IOC"]),
    expiryEpochMillis: z.number().int().positive(),
    fee: decimalText,
    nonce: z.string().regex(/^\d+$/, "expected the nonce as a decimal string"),
    selfTradeProtectionLevel: z.enum(["DISABLED", "ACCOUNT", "CLIENT"]),
    cancelId: z.string().min(1).optional(),
    settlement: orderSettlement.optional(),
    trigger: z
      .object({
        triggerPrice: decimalText,
        triggerPriceType,
        direction: z.enum(["UP", "DOWN"]),
        executionPriceType: z.enum(["LIMIT", "MARKET"]),
      })
      .optional(),
    tpSlType: z.enum(["ORDER", "POSITION"]).optional(),
    takeProfit: tpSlLeg.optional(),
    stopLoss: tpSlLeg.optional(),
    builderFee: decimalText.optional(),
    builderId: z.number().int().nonnegative().optional(),
  })
  .superRefine((body, ctx) => {
    if (body.type !== "TPSL" && body.settlement === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["settlement"],
        message: "only TPSL orders are sent without a settlement",
      });
    }
  });

/** `rfq` block of POST /user/order/rfq. */
export const rfqParams = z.object({
  startPrice: decimalText,
  maxRepriceSteps: z.number().int().nonnegative(),
});

const integerText = z.union([
  z.string().regex(/^\d+$/, "expected an integer string"),
  z.number().int().nonnegative(),
]);

const transferSettlement = z.object({
  amount: integerText,
  assetId: hex,
  expirationTimestamp: z.number().int().positive(),
  nonce: integerText,
  receiverPositionId: z.number().int().nonnegative(),
  receiverPublicKey: hex,
  senderPositionId: z.number().int().nonnegative(),
  senderPublicKey: hex,
  signature,
});

const accountRef = z
  .union([z.string().regex(/^\d+$/), z.number().int().nonnegative()])
  .transform((v) => String(v));

/** Body of POST /user/transfer. */
export const transferRequestBody = z.object({
  fromAccount: accountRef,
  toAccount: accountRef,
  amount: decimalText,
  transferredAsset: z.string().min(1),
  settlement: transferSettlement,
});

/** Body of POST /user/transfer/onchain (vault-based). */
export const onchainTransferRequestBody = z.object({
  fromVault: z.number().int().nonnegative(),
  toVault: z.number().int().nonnegative(),
  amount: decimalText,
  transferredAsset: z.string().min(1),
  settlement: transferSettlement,
});

/** Body of POST /user/withdrawal. */
export const withdrawalRequestBody = z.object({
  accountId: accountRef,
  amount: decimalText,
  chainId: z.string().min(1),
  asset: z.string().min(1),
  description: z.string().nullish(),
  quoteId: z.string().nullish(),
  settlement: z.object({
    recipient: hex,
    positionId: z.number().int().nonnegative(),
    collateralId: hex,
    amount: integerText,
    expiration: z.object({ seconds: z.number().int().positive() }),
    salt: z.number().int().positive(),
    signature,
  }),
});

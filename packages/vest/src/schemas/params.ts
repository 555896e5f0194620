import { isAddress } from "viem/utils";
import * as z from "zod/mini";
import { INTERVALS, LP_TYPES, ORDER_STATUSES, ORDER_TYPES, TRANSFER_TYPES } from "./primitives.js";

/*
 * Request parameters. Signed bodies are validated but never rewritten: their strings were signed
 * byte for byte, so the schemas below check shapes and leave every value as given.
 */

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Market symbols are printable ASCII without spaces or commas (BTC-PERP, kBONK-PERP, AAPL-USD-PERP). */
export const symbol = z
  .string({ error: "must be a string" })
  .check(z.regex(/^[\x21-\x2b\x2d-\x7e]{1,64}$/, { error: "must be a market symbol such as BTC-PERP" }));

/** Optional list of symbols, given as an array or a comma-separated string; sent comma-separated. */
export const symbolList = z.optional(
  z.pipe(
    z.union([z.array(symbol).check(z.minLength(1, { error: "must name at least one symbol" })), z.string()]),
    z.transform((value: string | string[], ctx) => {
      const list = typeof value === "string" ? value.split(",") : value;
      for (const [index, item] of list.entries()) {
        if (!symbol.safeParse(item).success) {
          ctx.issues.push({
            code: "custom",
            message: `"${item}" is not a market symbol`,
            input: value,
            path: [index],
          });
        }
      }
      return list.join(",");
    }),
  ),
);

export const epochMillis = z
  .int({ error: "must be an integer number of epoch milliseconds" })
  .check(
    z.gte(1_000_000_000_000, { error: "must be epoch milliseconds, not seconds" }),
    z.lte(MAX_SAFE, { error: "must be at most 2^53 - 1" }),
  );

const limit = (max: number) =>
  z
    .int({ error: "must be an integer" })
    .check(z.gte(1, { error: "must be at least 1" }), z.lte(max, { error: `must be at most ${max}` }));

/** Rows per page on history endpoints (the venue counts them back from `endTime`). */
export const pageLimit = limit(1000);
/** Levels per side on `/depth`. */
export const depthLimit = limit(100);

/** A nonce filter: a number, a bigint or integer text (nonces are uint256 when signed). */
export const nonceFilter = z.pipe(
  z.union([z.int().check(z.gte(0)), z.bigint().check(z.gte(0n)), z.string().check(z.regex(/^\d+$/))], {
    error: "must be a non-negative integer (number, bigint or digits)",
  }),
  z.transform((value: number | bigint | string) => BigInt(value).toString()),
);

/** Order ids exactly as the venue returned them. */
export const orderId = z
  .string({ error: "must be a string" })
  .check(z.regex(/^[\x21-\x2b\x2d-\x7e]{1,256}$/, { error: "must be an order id as returned by the venue" }));

/** One id or several (sent comma-separated). */
export const idFilter = z.pipe(
  z.union([orderId, z.array(orderId).check(z.minLength(1, { error: "must list at least one id" }))]),
  z.transform((value: string | string[]) => (typeof value === "string" ? value : value.join(","))),
);

/** The venue takes exactly one status per query (a list answers 1130); see getOrdersByStatus. */
export const statusFilter = z.enum(ORDER_STATUSES, {
  error: `must be one of ${ORDER_STATUSES.join(", ")} (one status per query)`,
});

const timeWindow = {
  startTime: z.optional(epochMillis),
  endTime: z.optional(epochMillis),
  limit: z.optional(pageLimit),
};

export const symbolsParams = z.strictObject({ symbols: symbolList });

export const historyParams = z.strictObject({
  symbol,
  ...timeWindow,
  interval: z.optional(z.enum(INTERVALS, { error: "must be a Vest interval such as 1m or 1h" })),
});

export const tradesParams = z.strictObject({ symbol, ...timeWindow });

export const depthParams = z.strictObject({ symbol, limit: z.optional(depthLimit) });

/** Private GETs carry `time`; it defaults to the client clock. */
export const timeOnlyParams = z.strictObject({ time: z.optional(epochMillis) });

export const ordersParams = z.strictObject({
  id: z.optional(idFilter),
  nonce: z.optional(nonceFilter),
  symbol: z.optional(symbol),
  orderType: z.optional(z.enum(ORDER_TYPES, { error: `must be one of ${ORDER_TYPES.join(", ")}` })),
  status: z.optional(statusFilter),
  ...timeWindow,
  time: z.optional(epochMillis),
});

export const lpOrdersParams = z.strictObject({
  id: z.optional(idFilter),
  nonce: z.optional(nonceFilter),
  orderType: z.optional(z.enum(LP_TYPES, { error: `must be one of ${LP_TYPES.join(", ")}` })),
  status: z.optional(statusFilter),
  ...timeWindow,
  time: z.optional(epochMillis),
});

export const transfersParams = z.strictObject({
  id: z.optional(idFilter),
  nonce: z.optional(nonceFilter),
  orderType: z.optional(z.enum(TRANSFER_TYPES, { error: `must be one of ${TRANSFER_TYPES.join(", ")}` })),
  ...timeWindow,
  time: z.optional(epochMillis),
});

const signature = z
  .string({ error: "must be a hex signature" })
  .check(z.regex(/^0x[0-9a-fA-F]{130}$/, { error: "must be a 0x-prefixed 65-byte signature" }));

const recvWindow = z
  .int({ error: "must be an integer number of milliseconds" })
  .check(z.gte(1, { error: "must be positive" }), z.lte(MAX_SAFE, { error: "must be at most 2^53 - 1" }));

const signedNonce = z
  .int({ error: "must be an integer" })
  .check(z.gte(0, { error: "must be ≥ 0" }), z.lte(MAX_SAFE, { error: "must be ≤ 2^53 - 1" }));

/** A positive plain decimal, exactly as signed ("0.1000"); never normalized. */
const signedDecimal = z.string({ error: "must be a decimal string" }).check(
  z.regex(/^\d+(\.\d+)?$/, { error: 'must be a plain decimal string such as "0.1000"' }),
  z.refine((value) => !/^0+(\.0+)?$/.test(value), { error: "must be greater than zero" }),
);

/**
 * `POST /account/leverage`. The docs define only `time`, `symbol` and `value`, unsigned. One live
 * bot also sent a signature over (time, nonce, symbol, value); the venue appears to ignore extra
 * fields, so `nonce`, `recvWindow` and `signature` are passed through when the caller has them.
 */
export const leverageParams = z.strictObject({
  symbol,
  value: z
    .int({ error: "leverage must be an integer" })
    .check(
      z.gte(1, { error: "leverage must be at least 1" }),
      z.lte(1000, { error: "leverage must be ≤ 1000" }),
    ),
  time: z.optional(epochMillis),
  nonce: z.optional(signedNonce),
  recvWindow: z.optional(recvWindow),
  signature: z.optional(signature),
});

const orderBase = {
  time: epochMillis,
  nonce: signedNonce,
  symbol,
  isBuy: z.boolean({ error: "must be a boolean" }),
  size: signedDecimal,
  limitPrice: signedDecimal,
  reduceOnly: z.boolean({ error: "must be a boolean" }),
};

const limitOrderBody = z
  .strictObject({
    ...orderBase,
    orderType: z.literal("LIMIT"),
    timeInForce: z.optional(z.enum(["GTC", "FOK", "IOC"], { error: "must be GTC, FOK or IOC" })),
    tpPrice: z.optional(signedDecimal),
    tpSignature: z.optional(signature),
    slPrice: z.optional(signedDecimal),
    slSignature: z.optional(signature),
  })
  .check(
    z.refine((o) => (o.tpPrice === undefined) === (o.tpSignature === undefined), {
      error: "tpPrice and tpSignature go together",
      path: ["tpSignature"],
    }),
    z.refine((o) => (o.slPrice === undefined) === (o.slSignature === undefined), {
      error: "slPrice and slSignature go together",
      path: ["slSignature"],
    }),
  );

/** MARKET orders carry `limitPrice` as their worst acceptable price, and no TIF or TP/SL. */
const marketOrderBody = z.strictObject({ ...orderBase, orderType: z.literal("MARKET") });

/** The `signOrder` output: `POST /orders` body. */
export const signedOrderBody = z.strictObject({
  order: z.discriminatedUnion("orderType", [limitOrderBody, marketOrderBody], {
    error: 'orderType must be "LIMIT" or "MARKET"',
  }),
  recvWindow: z.optional(recvWindow),
  signature,
});

/** The `signCancel` output: `POST /orders/cancel` body. */
export const signedCancelBody = z.strictObject({
  order: z.strictObject({ time: epochMillis, nonce: signedNonce, id: orderId }),
  recvWindow: z.optional(recvWindow),
  signature,
});

/** The `signLp` output: `POST /lp` body. */
export const signedLpBody = z.strictObject({
  order: z.strictObject({
    time: epochMillis,
    nonce: signedNonce,
    orderType: z.enum(LP_TYPES, { error: `must be one of ${LP_TYPES.join(", ")}` }),
    size: signedDecimal,
  }),
  recvWindow: z.optional(recvWindow),
  signature,
});

const address = z.custom<`0x${string}`>((value) => typeof value === "string" && isAddress(value), {
  error: "must be a 0x-prefixed 20-byte address",
});

/** The `signWithdraw` output: `POST /transfer/withdraw` body (`size` in integer base units). */
export const signedWithdrawBody = z.strictObject({
  order: z.strictObject({
    time: epochMillis,
    nonce: signedNonce,
    recipient: address,
    token: z.string().check(z.minLength(1, { error: "must name the token" })),
    size: z
      .int({ error: "must be an integer amount of token base units" })
      .check(z.gte(1, { error: "must be positive" }), z.lte(MAX_SAFE, { error: "must be ≤ 2^53 - 1" })),
    chainId: z.int({ error: "must be an integer chain id" }).check(z.gte(1, { error: "must be positive" })),
  }),
  execute: z.boolean({ error: "must be a boolean" }),
  recvWindow: z.optional(recvWindow),
  signature,
});

const lowerAddress = z
  .string({ error: "must be an address" })
  .check(z.regex(/^0x[0-9a-f]{40}$/, { error: "must be a lower-case 0x-prefixed 20-byte address" }));

/** The `signRegistration(...).body`: `POST /register` body. */
export const registerBody = z.strictObject({
  signingAddr: lowerAddress,
  primaryAddr: lowerAddress,
  signature,
  expiryTime: epochMillis,
  networkType: z.int({ error: "must be an integer" }).check(z.gte(0, { error: "must be ≥ 0" })),
});

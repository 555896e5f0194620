import * as z from "zod";
import { StarkSigner } from "../signing/index.js";

/* Request-parameter building blocks shared by the endpoint actions. */

/** Market name such as "BTC-USD". */
export const marketName = z
  .string()
  .regex(/^[A-Za-z0-9_.]+-[A-Za-z0-9_.]+$/, 'expected a market name such as "BTC-USD"');

/** One market or several; sent as repeated `market=` keys. */
export const marketList = z
  .union([marketName, z.array(marketName)])
  .transform((v) => (typeof v === "string" ? [v] : v));

/** Cursor from a previous page's `pagination.cursor` (an id; may exceed 2^53, so string or bigint). */
export const cursorParam = z
  .union([
    z.string().regex(/^\d+$/, "expected an integer cursor"),
    z.bigint().nonnegative(),
    z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  ])
  .transform((v) => String(v));

/** Page size; the venue caps history endpoints at 10,000. */
export const limitParam = z.number().int().min(1).max(10_000);

/** Epoch milliseconds. */
export const timeParam = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const sideParam = z.enum(["BUY", "SELL"]);
export const positionSideParam = z.enum(["LONG", "SHORT"]);

/** Positive decimal string ("10", "0.5"); numbers are refused so no float reaches the wire. */
export const positiveDecimalParam = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'expected a decimal string such as "10"')
  .refine((v) => /[1-9]/.test(v), "must be greater than zero");

/** 64-bit integer id (order id) as string, bigint or safe number. */
export const idParam = z
  .union([
    z.string().regex(/^\d+$/, "expected an integer id"),
    z.bigint().nonnegative(),
    z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  ])
  .transform((v) => String(v));

/** External (client) order id. */
export const externalIdParam = z.string().min(1, "expected a non-empty external id");

export const noParams = z.object({}).optional();

/** A StarkSigner instance (its constructor is private, so z.instanceof does not fit). */
export const starkSignerParam = z.custom<StarkSigner>(
  (v) => v instanceof StarkSigner,
  "expected a StarkSigner",
);

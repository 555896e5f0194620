import { isAddress } from "viem/utils";
import * as z from "zod/mini";
import type { Address } from "../types.js";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Epoch milliseconds. Values below 1e12 (before 2001-09-09 in ms) are seconds by mistake, which
 * the server would reject only after the signature is spent.
 */
export const epochMillis = z
  .int({ error: "must be an integer number of epoch milliseconds" })
  .check(
    z.gte(1_000_000_000_000, { error: "must be epoch milliseconds, not seconds" }),
    z.lte(MAX_SAFE, { error: "must be at most 2^53 - 1" }),
  );

/** Nonces travel as JSON numbers, so they must stay exact: 0 ≤ nonce ≤ 2^53 − 1. */
export const nonce = z
  .int({ error: "must be an integer" })
  .check(
    z.gte(0, { error: "nonce must be ≥ 0" }),
    z.lte(MAX_SAFE, { error: "nonce must be ≤ 2^53 - 1 (it is sent as a JSON number)" }),
  );

const DECIMAL = /^\d+(\.\d+)?$/;
const ALL_ZERO = /^0+(\.0+)?$/;

/**
 * A positive plain decimal ("0.1000", "30000.00"). It is signed byte-for-byte and sent unchanged,
 * so no normalisation happens here: exponents, signs, spaces and bare dots are rejected.
 */
export const positiveDecimal = z.string({ error: "must be a decimal string" }).check(
  z.regex(DECIMAL, { error: 'must be a plain decimal string such as "0.1000"' }),
  z.refine((value) => !ALL_ZERO.test(value), { error: "must be greater than zero" }),
);

const MAX_UINT256 = (1n << 256n) - 1n;
const BASE_UNITS = /^[1-9]\d{0,77}$/;

/** A positive integer in token base units, as a decimal string ("100000000" = 100 USDC). */
export const baseUnits = z.string({ error: "must be an integer string of token base units" }).check(
  z.regex(BASE_UNITS, {
    error: "must be a positive integer string of token base units, without leading zeros",
  }),
  z.refine((value) => !BASE_UNITS.test(value) || BigInt(value) <= MAX_UINT256, {
    error: "must fit in uint256",
  }),
);

/** Base units that also travel as a JSON number, so they must stay below 2^53. */
export const safeBaseUnits = baseUnits.check(
  z.refine((value) => !BASE_UNITS.test(value) || BigInt(value) <= BigInt(MAX_SAFE), {
    error: "must be at most 2^53 - 1 base units (it is sent as a JSON number)",
  }),
);

/** Market symbols are printable ASCII without spaces (BTC-PERP, kBONK-PERP, AAPL-USD-PERP). */
export const symbol = z
  .string({ error: "must be a string" })
  .check(z.regex(/^[\x21-\x7e]{1,64}$/, { error: "must be 1-64 printable ASCII characters without spaces" }));

/** An order id exactly as the server returned it; signed as a string. */
export const orderId = z
  .string({ error: "must be a string" })
  .check(z.regex(/^[\x21-\x7e]{1,256}$/, { error: "must be the order id as returned by the server" }));

/** A 20-byte address; mixed-case input must carry a valid EIP-55 checksum. */
export const address = z.custom<Address>(
  (value) => typeof value === "string" && isAddress(value, { strict: true }),
  {
    error: "must be a 0x-prefixed 20-byte address with a valid checksum",
  },
);

export const chainId = z
  .int({ error: "must be an integer chain id" })
  .check(
    z.gte(1, { error: "must be a positive chain id" }),
    z.lte(MAX_SAFE, { error: "must be at most 2^53 - 1" }),
  );

export const recvWindow = z
  .int({ error: "must be an integer number of milliseconds" })
  .check(z.gte(1, { error: "must be positive" }), z.lte(MAX_SAFE, { error: "must be at most 2^53 - 1" }));

export const bool = z.boolean({ error: "must be a boolean" });

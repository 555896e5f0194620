/**
 * Replies to transaction frames: `{type, id?, code, message, tx_hash | tx_hashes, error?}` with
 * code 200 on success (reference §3.5). Errors are read from `code`/`message` or from an `error`
 * object or string, and mapped to core errors through the REST error table.
 */
import type { PerpError } from "@perp/core";
import { VenueApiError } from "@perp/core";
import { lighterError } from "../../rest/errors.js";
import { isObject } from "../messages/fields.js";

export interface LighterWsTxReply {
  /** Echoed request id, when the venue sent one. */
  id: string | undefined;
  code: number | undefined;
  message: string | undefined;
  /** One hash for sendtx, the list for sendtxbatch (either key name is accepted). */
  txHashes: string[];
  predictedExecutionTimeMs: number | undefined;
  failed: boolean;
  raw: unknown;
}

function idText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  return undefined;
}

function codeOf(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value)) return value;
  if (typeof value === "string" && /^\d{1,9}$/.test(value)) return Number(value);
  return undefined;
}

function hashes(value: unknown): string[] {
  if (typeof value === "string") return value === "" ? [] : [value];
  if (Array.isArray(value)) return value.filter((h): h is string => typeof h === "string");
  return [];
}

/**
 * Reads a frame as a tx reply: any `jsonapi/*` frame, or a frame whose id names a request we are
 * waiting for. Anything else (market data, subscription errors without an id) is not ours.
 */
export function readTxReply(
  frame: unknown,
  isPendingId: (id: string) => boolean,
): LighterWsTxReply | undefined {
  if (!isObject(frame)) return undefined;
  const id = idText(frame.id) ?? (isObject(frame.data) ? idText(frame.data.id) : undefined);
  const typed = typeof frame.type === "string" && frame.type.startsWith("jsonapi/");
  if (!typed && (id === undefined || !isPendingId(id))) return undefined;
  const error = frame.error;
  const nested = isObject(error) ? error : undefined;
  const code = codeOf(frame.code) ?? codeOf(nested?.code);
  const message =
    (typeof frame.message === "string" ? frame.message : undefined) ??
    (typeof nested?.message === "string" ? nested.message : undefined) ??
    (typeof error === "string" ? error : undefined);
  const txHashes = [...hashes(frame.tx_hash), ...hashes(frame.tx_hashes)];
  const predicted = frame.predicted_execution_time_ms;
  const hasError = error !== undefined && error !== null && error !== "";
  return {
    id,
    code,
    message,
    txHashes,
    predictedExecutionTimeMs: typeof predicted === "number" ? predicted : undefined,
    failed: hasError || (code !== undefined && code !== 200) || (code === undefined && txHashes.length === 0),
    raw: frame,
  };
}

/** The core error of a failed reply (nonce errors, margin, rate limits... as the REST client maps them). */
export function txReplyError(reply: LighterWsTxReply, what: string): PerpError {
  if (reply.code !== undefined && reply.code !== 200) {
    return lighterError({ code: reply.code, message: reply.message }, { raw: reply.raw, what });
  }
  return new VenueApiError(`Lighter ${what} failed${reply.message ? `: ${reply.message}` : ""}`, {
    venue: "lighter",
    venueCode: reply.code,
    venueMessage: reply.message,
    raw: reply.raw,
  });
}

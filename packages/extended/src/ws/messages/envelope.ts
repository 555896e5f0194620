import { VenueApiError } from "@perp/core";

const VENUE = "extended";

/** One v1 stream message: `{type?, data, error?, ts, seq}` (§8.1). */
export interface StreamEnvelope {
  /** SNAPSHOT/DELTA on books, MP/IP on prices, ORDER/TRADE/… on the account; absent elsewhere. */
  type: string | undefined;
  data: unknown;
  /** Server time (ms). */
  ts: number;
  /** Per-connection counter starting at 1, exact. */
  seq: bigint;
  /** An error text some messages carry next to their data. */
  error: string | undefined;
  /** The message as parsed (64-bit integers as bigint). */
  raw: unknown;
}

export type StreamFrame =
  | { kind: "message"; envelope: StreamEnvelope }
  /** `{"status":"ERROR","error":{code,message}}`, e.g. 1001 "Market not found." */
  | { kind: "venue-error"; error: VenueApiError }
  /** Neither: kept for the caller to surface, never thrown. */
  | { kind: "unrecognized"; reason: string; raw: unknown };

/** Classifies a parsed frame without throwing. */
export function readFrame(message: unknown): StreamFrame {
  if (typeof message !== "object" || message === null || Array.isArray(message)) {
    return { kind: "unrecognized", reason: "frame is not a JSON object", raw: message };
  }
  const record = message as Record<string, unknown>;
  if (typeof record.status === "string" && record.status.toUpperCase() === "ERROR") {
    return { kind: "venue-error", error: venueError(record) };
  }
  const seq = exactInteger(record.seq);
  if (seq === undefined) return { kind: "unrecognized", reason: "frame has no integer seq", raw: message };
  const ts = typeof record.ts === "number" && Number.isFinite(record.ts) ? record.ts : undefined;
  if (ts === undefined) return { kind: "unrecognized", reason: "frame has no numeric ts", raw: message };
  return {
    kind: "message",
    envelope: {
      type: typeof record.type === "string" ? record.type : undefined,
      data: record.data,
      ts,
      seq,
      error: typeof record.error === "string" && record.error !== "" ? record.error : undefined,
      raw: message,
    },
  };
}

function venueError(record: Record<string, unknown>): VenueApiError {
  const error = (typeof record.error === "object" && record.error !== null ? record.error : {}) as Record<
    string,
    unknown
  >;
  const code =
    typeof error.code === "number" || typeof error.code === "string"
      ? error.code
      : typeof error.code === "bigint"
        ? error.code.toString()
        : undefined;
  const message = typeof error.message === "string" ? error.message : undefined;
  return new VenueApiError(
    `Extended stream error${code === undefined ? "" : ` ${code}`}: ${message ?? "no message"}`,
    {
      venue: VENUE,
      venueCode: code,
      venueMessage: message,
      raw: record,
    },
  );
}

function exactInteger(value: unknown): bigint | undefined {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === "string" && /^\d+$/.test(value)) return BigInt(value);
  return undefined;
}

import type { SubscriptionAck } from "@perp/core";

/**
 * What a server frame is, classified in the documented order (§5.3): anything with a `channel`
 * is data; `id` + `result` is a subscribe/unsubscribe ack; `{"data":"PONG"}` (any case) answers a
 * PING; everything else is unexpected and reported, never dropped silently.
 */
export type VestFrame =
  | { type: "data"; channel: string; data: unknown }
  | { type: "ack"; id: number | string }
  | { type: "refusal"; id: number | string | undefined; reason: string }
  | { type: "pong" }
  | { type: "other" };

export function classifyFrame(message: unknown): VestFrame {
  if (!isRecord(message)) return { type: "other" };
  if (typeof message.channel === "string")
    return { type: "data", channel: message.channel, data: message.data };
  const id = idOf(message.id);
  // Undocumented: the docs show no error frame for a refused SUBSCRIBE. These are the shapes
  // JSON-RPC-like venues use; anything carrying an error next to our request id is a refusal.
  const reason = refusalReason(message);
  if (reason !== undefined) return { type: "refusal", id, reason };
  if (id !== undefined && "result" in message) return { type: "ack", id };
  if (typeof message.data === "string" && message.data.toLowerCase() === "pong") return { type: "pong" };
  return { type: "other" };
}

/** The SubscriptionAck the core transport expects, for acks and refusals that name a request. */
export function toSubscriptionAck(message: unknown): SubscriptionAck | undefined {
  const frame = classifyFrame(message);
  if (frame.type === "ack") return { id: frame.id };
  if (frame.type === "refusal" && frame.id !== undefined) return { id: frame.id, error: frame.reason };
  return undefined;
}

export function isPong(message: unknown): boolean {
  return classifyFrame(message).type === "pong";
}

function refusalReason(message: Record<string, unknown>): string | undefined {
  const error = message.error;
  if (error !== undefined && error !== null) {
    if (typeof error === "string") return error;
    if (isRecord(error)) return describeCodeMsg(error) ?? "subscription refused";
    return "subscription refused";
  }
  if (message.id !== undefined && ("code" in message || "msg" in message)) {
    return describeCodeMsg(message);
  }
  return undefined;
}

function describeCodeMsg(record: Record<string, unknown>): string | undefined {
  const code = typeof record.code === "number" || typeof record.code === "string" ? String(record.code) : "";
  const msg =
    typeof record.msg === "string" ? record.msg : typeof record.message === "string" ? record.message : "";
  if (code === "" && msg === "") return undefined;
  return code === "" ? msg : msg === "" ? `code ${code}` : `${msg} (code ${code})`;
}

function idOf(value: unknown): number | string | undefined {
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "bigint") return value.toString();
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

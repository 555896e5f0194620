import type { OutboundMessage } from "./protocol.js";

/** A frame on its way to the socket: text frames carry a string (or raw bytes for invalid UTF-8). */
export interface OutboundFrame {
  readonly data: string | Uint8Array;
  readonly binary: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeMessage(message: OutboundMessage): OutboundFrame {
  if (typeof message === "string") return { data: message, binary: false };
  if (message instanceof Uint8Array) return { data: message, binary: true };
  return { data: JSON.stringify(message), binary: false };
}

export function frameText(frame: OutboundFrame): string {
  return typeof frame.data === "string" ? frame.data : decoder.decode(frame.data);
}

export function frameBytes(frame: OutboundFrame): Uint8Array {
  return typeof frame.data === "string" ? encoder.encode(frame.data) : frame.data;
}

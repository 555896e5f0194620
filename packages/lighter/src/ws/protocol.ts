import { type Frame, type SubscriptionAck, type SubscriptionProtocol, VenueApiError } from "@perp/core";
import type { AuthTokenCache } from "./auth-tokens.js";
import { channelAuth, channelKeyOf, isSnapshotFrame } from "./channels.js";
import { isObject } from "./messages/fields.js";

/** One server-side subscription. */
export interface LighterSubscription {
  /** Subscribe address, e.g. "order_book/0" (see lighterChannels). */
  channel: string;
  /**
   * Optional server-side batching of updates, in ms (sent as `flush_interval`) [third-party
   * source, undocumented]. On order books one update then spans several engine nonces.
   */
  flushIntervalMs?: number;
}

/** The venue's error frame, in either documented shape, or undefined. */
export function readErrorFrame(message: unknown): { code: number | undefined; message: string } | undefined {
  if (!isObject(message)) return undefined;
  const nested = message.error;
  if (isObject(nested)) {
    return {
      code: typeof nested.code === "number" ? nested.code : undefined,
      message: typeof nested.message === "string" ? nested.message : "error",
    };
  }
  if (message.type === "error") {
    return {
      code: typeof message.code === "number" ? message.code : undefined,
      message: typeof message.message === "string" ? message.message : "error",
    };
  }
  return undefined;
}

/** Replies to `jsonapi/*` transaction frames; they are never subscription acks. */
export function isTxReply(message: unknown): boolean {
  if (!isObject(message)) return false;
  if (typeof message.type === "string" && message.type.startsWith("jsonapi/")) return true;
  return message.id !== undefined && (message.tx_hash !== undefined || message.tx_hashes !== undefined);
}

const CHANNEL_IN_TEXT = /\b([a-z_]+(?:[/:][0-9A-Za-z]+)+)\b/;

/**
 * Lighter's subscription rules: `{"type":"subscribe","channel":"…","auth"?}`; the first data
 * frame (`subscribed/<family>`) is the acknowledgement; errors come as `{"error":{code,message}}`
 * or `{"type":"error",code,message}` (an error naming a channel settles that channel, any other
 * the oldest pending subscription).
 */
export function lighterSubscriptionProtocol(
  tokens: AuthTokenCache | undefined,
): SubscriptionProtocol<LighterSubscription> {
  return {
    key: (subscription) => subscription.channel,
    async subscribe(subscription): Promise<Frame> {
      const frame: Record<string, string> = { type: "subscribe", channel: subscription.channel };
      const auth = channelAuth(subscription.channel);
      if (auth !== "none" && tokens !== undefined) frame.auth = await tokens.get();
      if (subscription.flushIntervalMs !== undefined)
        frame.flush_interval = String(subscription.flushIntervalMs);
      return frame;
    },
    unsubscribe: (subscription) => ({ type: "unsubscribe", channel: subscription.channel }),
    route: channelKeyOf,
    ack(message): SubscriptionAck | undefined {
      if (isSnapshotFrame(message)) {
        const key = channelKeyOf(message);
        return key === undefined ? undefined : { key };
      }
      if (isTxReply(message)) return undefined;
      const error = readErrorFrame(message);
      if (error === undefined) return undefined;
      const named = CHANNEL_IN_TEXT.exec(error.message)?.[1]?.replaceAll(":", "/");
      const refusal = new VenueApiError(`Lighter refused a subscription: ${error.message}`, {
        venue: "lighter",
        venueCode: error.code,
        venueMessage: error.message,
        raw: message,
      });
      return named === undefined ? { error: refusal } : { key: named, error: refusal };
    },
  };
}

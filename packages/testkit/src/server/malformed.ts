import type { MalformedVariant } from "./fault-spec.js";
import { frameBytes, frameText, type OutboundFrame } from "./outbound-frame.js";

const GARBAGE_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789{[:,"';

/** Produce the malformed frame that replaces `frame`; every text variant is guaranteed not to parse as JSON. */
export function corruptFrame(
  frame: OutboundFrame,
  variant: MalformedVariant,
  random: () => number,
): OutboundFrame {
  switch (variant) {
    case "truncated": {
      const text = frameText(frame);
      const kept = text.slice(0, Math.floor(text.length / 2));
      // A prefix of a JSON object/array is never valid JSON; the leading "{" covers scalars and empty frames.
      return { data: kept.startsWith("{") || kept.startsWith("[") ? kept : `{${kept}`, binary: false };
    }
    case "garbage": {
      const length = 8 + Math.floor(random() * 24);
      let text = "~";
      for (let i = 0; i < length; i++)
        text += GARBAGE_ALPHABET[Math.floor(random() * GARBAGE_ALPHABET.length)];
      return { data: text, binary: false };
    }
    case "binary":
      return { data: frameBytes(frame), binary: true };
    case "invalid-utf8": {
      const bytes = frameBytes(frame);
      const out = new Uint8Array(bytes.length + 2);
      out.set([0xff, 0xfe]);
      out.set(bytes, 2);
      return { data: out, binary: false };
    }
  }
}

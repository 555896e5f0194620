/**
 * Standard (head/tail, not packed) ABI encoding of a flat tuple of the few types Vest signs.
 * Written for these fixed tuples only: one pass to size the buffer, one pass to fill it, no
 * intermediate hex strings. Callers validate values first; this module only guards the ranges
 * that would otherwise produce a silently wrong encoding.
 */

export type AbiField =
  | { readonly type: "uint256"; readonly value: bigint | number }
  | { readonly type: "bool"; readonly value: boolean }
  | { readonly type: "address"; readonly value: string }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "bytes32"; readonly value: Uint8Array };

const WORD = 32;
const MAX_UINT256 = (1n << 256n) - 1n;
const utf8 = new TextEncoder();

export function encodeAbiTuple(fields: readonly AbiField[]): Uint8Array {
  const strings: (Uint8Array | undefined)[] = new Array(fields.length);
  let size = fields.length * WORD;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.type === "string") {
      const bytes = utf8Bytes(field.value);
      strings[i] = bytes;
      size += WORD + paddedLength(bytes.length);
    }
  }

  const out = new Uint8Array(size);
  let tail = fields.length * WORD;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const head = i * WORD;
    switch (field.type) {
      case "uint256":
        writeUint(out, head, field.value);
        break;
      case "bool":
        out[head + WORD - 1] = field.value ? 1 : 0;
        break;
      case "address":
        writeAddress(out, head + 12, field.value);
        break;
      case "bytes32":
        if (field.value.length !== WORD) throw new RangeError("bytes32 value must be 32 bytes");
        out.set(field.value, head);
        break;
      case "string": {
        const bytes = strings[i]!;
        writeUint(out, head, tail);
        writeUint(out, tail, bytes.length);
        out.set(bytes, tail + WORD);
        tail += WORD + paddedLength(bytes.length);
        break;
      }
    }
  }
  return out;
}

function paddedLength(length: number): number {
  return Math.ceil(length / WORD) * WORD;
}

/** ASCII is by far the common case (symbols, decimals, hex ids); skip the encoder call for it. */
function utf8Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return utf8.encode(text);
    bytes[i] = code;
  }
  return bytes;
}

function writeUint(out: Uint8Array, offset: number, value: bigint | number): void {
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError("uint256 value must be a non-negative safe integer");
    }
    const high = Math.floor(value / 0x1_0000_0000);
    const low = value >>> 0;
    writeUint32(out, offset + 24, high);
    writeUint32(out, offset + 28, low);
    return;
  }
  if (value < 0n || value > MAX_UINT256) throw new RangeError("uint256 value out of range");
  let rest = value;
  for (let i = offset + WORD - 1; rest > 0n; i--) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
}

function writeUint32(out: Uint8Array, offset: number, value: number): void {
  out[offset] = value >>> 24;
  out[offset + 1] = (value >>> 16) & 0xff;
  out[offset + 2] = (value >>> 8) & 0xff;
  out[offset + 3] = value & 0xff;
}

function writeAddress(out: Uint8Array, offset: number, address: string): void {
  if (address.length !== 42 || address[0] !== "0" || (address[1] !== "x" && address[1] !== "X")) {
    throw new RangeError("address must be 0x followed by 40 hex digits");
  }
  for (let i = 0; i < 20; i++) {
    const high = hexNibble(address.charCodeAt(2 + i * 2));
    const low = hexNibble(address.charCodeAt(3 + i * 2));
    if (high < 0 || low < 0) throw new RangeError("address must be 0x followed by 40 hex digits");
    out[offset + i] = (high << 4) | low;
  }
}

function hexNibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

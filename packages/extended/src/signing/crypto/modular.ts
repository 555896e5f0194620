/** x mod m in [0, m) for any integer x. */
export function mod(x: bigint, m: bigint): bigint {
  const r = x % m;
  return r < 0n ? r + m : r;
}

/** Inverse of a modulo m (m prime, a ≢ 0) by the extended Euclidean algorithm. */
export function invert(a: bigint, m: bigint): bigint {
  let x = mod(a, m);
  let y = m;
  let u = 1n;
  let v = 0n;
  while (x !== 0n) {
    const q = y / x;
    const nextX = y - q * x;
    const nextU = v - q * u;
    y = x;
    x = nextX;
    v = u;
    u = nextU;
  }
  if (y !== 1n) throw new RangeError("value is not invertible");
  return v < 0n ? v + m : v;
}

/** Big-endian bytes of a non-negative integer, left-padded to `length`. */
export function toBytesBE(value: bigint, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let v = value;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** Non-negative integer from big-endian bytes. */
export function fromBytesBE(bytes: Uint8Array): bigint {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex.length === 0 ? 0n : BigInt(`0x${hex}`);
}

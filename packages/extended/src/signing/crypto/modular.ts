/** x mod m in [0, m) for any integer x. */
export function mod(x: bigint, m: bigint): bigint {
  const r = x % m;
  return r < 0n ? r + m : r;
}

/**
 * Inverse of a modulo m (m prime, a ≢ 0): the extended Euclidean algorithm, sped up with Lehmer's
 * method (Knuth, TAOCP 4.5.2, Algorithm L). Runs of quotient steps are found on the leading ~50 bits
 * as doubles and applied to the bigint remainders and cofactors as one 2×2 matrix, which replaces
 * ~20 bigint divisions with 8 small multiplications. Keeps the invariant r_i ≡ t_i·a (mod m).
 */
export function invert(a: bigint, m: bigint): bigint {
  let r0 = m;
  let r1 = mod(a, m);
  let t0 = 0n;
  let t1 = 1n;
  while (r1 !== 0n) {
    const top = Number(r0);
    let A = 1;
    let B = 0;
    let C = 0;
    let D = 1;
    if (top < 2 ** 50) {
      // Both remainders fit doubles: finish exactly in doubles (cofactors stay below 2^50).
      let x = top;
      let y = Number(r1);
      while (y !== 0) {
        const q = Math.floor(x / y);
        let next = A - q * C;
        A = C;
        C = next;
        next = B - q * D;
        B = D;
        D = next;
        next = x - q * y;
        x = y;
        y = next;
      }
      r0 = BigInt(x);
      t0 = BigInt(A) * t0 + BigInt(B) * t1;
      break;
    }
    const shift = BigInt(Math.floor(Math.log2(top)) - 49);
    let u = Number(r0 >> shift);
    let v = Number(r1 >> shift);
    // u, v < 2^51 and |A..D| ≤ u, so every sum and product below is an exact double.
    while (v + C !== 0 && v + D !== 0) {
      const q = Math.floor((u + A) / (v + C));
      if (q !== Math.floor((u + B) / (v + D))) break;
      let next = A - q * C;
      A = C;
      C = next;
      next = B - q * D;
      B = D;
      D = next;
      next = u - q * v;
      u = v;
      v = next;
    }
    if (B === 0) {
      const q = r0 / r1;
      const r = r0 - q * r1;
      const t = t0 - q * t1;
      r0 = r1;
      r1 = r;
      t0 = t1;
      t1 = t;
    } else {
      const a0 = BigInt(A);
      const b0 = BigInt(B);
      const c0 = BigInt(C);
      const d0 = BigInt(D);
      const r = a0 * r0 + b0 * r1;
      r1 = c0 * r0 + d0 * r1;
      r0 = r;
      const t = a0 * t0 + b0 * t1;
      t1 = c0 * t0 + d0 * t1;
      t0 = t;
    }
  }
  if (r0 !== 1n) throw new RangeError("value is not invertible");
  return mod(t0, m);
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

import type { Hex } from "../types.js";

/** 65-byte r‖s‖v hex with v = 27/28, the form Vest and `personal_sign` wallets use. */
export function serializeRsv(r: Hex, s: Hex, yParity: number): Hex {
  return `${r}${s.slice(2)}${yParity === 1 ? "1c" : "1b"}` as Hex;
}

/**
 * Hash preimages: [chainId, txType, Nonce, ExpiredAt, account, ApiKeyIndex, ...type fields] as
 * Goldilocks elements (lighter-go `Hash()` of each tx struct), hashed with HashToQuinticExtension.
 */
import type { Fp5 } from "../field/fp5.js";
import { fromGoInt, setBigInt } from "../field/goldilocks.js";
import { hashNToMNoPadInto, hashToQuinticInto } from "../hash/poseidon2.js";
import type { ParsedFields } from "./fields.js";
import { ORDER_LEG_FIELDS, TX_TYPES, type TxTypeName } from "./spec.js";

const MASK32 = 0xffffffffn;

/** Collects field elements as (lo, hi) words, growing as needed. */
class ElementWriter {
  words = new Float64Array(64);
  count = 0;

  reset(): void {
    this.count = 0;
  }

  push(value: bigint): void {
    if (2 * this.count + 2 > this.words.length) {
      const grown = new Float64Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    setBigInt(this.words, 2 * this.count, value);
    this.count++;
  }

  pushWords(words: Float64Array, count: number): void {
    for (let i = 0; i < count; i++) {
      this.push(0n);
      this.words[2 * this.count - 2] = words[2 * i]!;
      this.words[2 * this.count - 1] = words[2 * i + 1]!;
    }
  }
}

const LEG = new ElementWriter();
const LEG_HASH = new Float64Array(8);
const AGG = new Float64Array(16);

/**
 * Grouped orders enter as 4 elements: leg_i = HashNoPad(10 leg fields), folded as
 * agg = leg_0, agg = HashNoPad(agg || leg_i).
 */
function groupedOrdersDigest(legs: ParsedFields[], out: ElementWriter): void {
  legs.forEach((leg, i) => {
    LEG.reset();
    for (const [name] of ORDER_LEG_FIELDS) LEG.push(fromGoInt(leg[name] as bigint));
    if (i === 0) {
      hashNToMNoPadInto(AGG, LEG.words, LEG.count, 4);
    } else {
      hashNToMNoPadInto(LEG_HASH, LEG.words, LEG.count, 4);
      AGG.set(LEG_HASH, 8);
      hashNToMNoPadInto(AGG, AGG, 8, 4);
    }
  });
  out.pushWords(AGG, 4);
}

const PRE = new ElementWriter();

/** The preimage elements of a validated transaction (as bigints, for inspection and tests). */
export function txPreimage(type: TxTypeName, fields: ParsedFields, chainId: number): bigint[] {
  writePreimage(type, fields, chainId);
  const out: bigint[] = [];
  for (let i = 0; i < PRE.count; i++)
    out.push((BigInt(PRE.words[2 * i + 1]!) << 32n) | BigInt(PRE.words[2 * i]!));
  return out;
}

function writePreimage(type: TxTypeName, fields: ParsedFields, chainId: number): void {
  const spec = TX_TYPES[type];
  PRE.reset();
  PRE.push(BigInt(chainId));
  PRE.push(BigInt(spec.code));
  PRE.push(fromGoInt(fields.Nonce as bigint));
  PRE.push(fromGoInt(fields.ExpiredAt as bigint));
  PRE.push(fromGoInt(fields[spec.account] as bigint));
  PRE.push(fromGoInt(fields.ApiKeyIndex as bigint));
  for (const [name, kind] of spec.fields) {
    const value = fields[name];
    switch (kind) {
      case "memo":
      case "l1Sig":
        break;
      case "split64": {
        const bits = BigInt.asUintN(64, value as bigint);
        PRE.push(bits & MASK32);
        PRE.push(bits >> 32n);
        break;
      }
      case "split64Signed": {
        const v = value as bigint;
        PRE.push(BigInt.asUintN(64, v) & MASK32);
        PRE.push(fromGoInt(v >> 32n));
        break;
      }
      case "pubKey": {
        const bytes = value as Uint8Array;
        for (let i = 0; i < 5; i++) {
          let limb = 0n;
          for (let j = 7; j >= 0; j--) limb = (limb << 8n) | BigInt(bytes[8 * i + j]!);
          PRE.push(limb);
        }
        break;
      }
      case "orders":
        groupedOrdersDigest(value as ParsedFields[], PRE);
        break;
      default:
        PRE.push(fromGoInt(value as bigint));
    }
  }
}

/** txHash = HashToQuinticExtension(preimage), before attribute aggregation. */
export function hashTx(out: Fp5, type: TxTypeName, fields: ParsedFields, chainId: number): void {
  writePreimage(type, fields, chainId);
  hashToQuinticInto(out, PRE.words, PRE.count);
}

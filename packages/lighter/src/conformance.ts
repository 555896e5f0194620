import type { ConformanceHandler, ConformanceSuite } from "@perp/core";
import { createAuthToken } from "./signing/auth/auth-token.js";
import { mulGenerator } from "./signing/curve/fixed-base.js";
import {
  decodePoint,
  encodePoint,
  generator,
  newPoint,
  pointAdd,
  pointDouble,
} from "./signing/curve/point.js";
import { scalarFromLeBytes, scalarToLeBytes } from "./signing/curve/scalar.js";
import { bytesToBase64, bytesToHex, hexToBytes } from "./signing/encoding/bytes.js";
import {
  type Fp5,
  fp5,
  fp5Add,
  fp5CanonicalSqrt,
  fp5Equal,
  fp5Frobenius,
  fp5Frobenius2,
  fp5FromBigInts,
  fp5FromLeBytes,
  fp5Inverse,
  fp5Legendre,
  fp5Mul,
  fp5MulBase,
  fp5Neg,
  fp5Sgn0,
  fp5Sqrt,
  fp5Square,
  fp5Sub,
  fp5ToBigInts,
  fp5ToLeBytes,
} from "./signing/field/fp5.js";
import { legendreBig, modPow, P, sqrtBig } from "./signing/field/goldilocks.js";
import { hashNToMNoPad, permuteBigInts } from "./signing/hash/poseidon2.js";
import { LighterPrivateKey } from "./signing/keys/private-key.js";
import {
  approveIntegratorL1Message,
  changePubKeyL1Message,
  createSubAccountL1Message,
  l1MessageHash,
  transferL1Message,
} from "./signing/l1/l1-message.js";
import { signWithNonce, verify } from "./signing/schnorr.js";
import { aggregateTxHash, parseTxAttributes, type TxAttributesInput } from "./signing/tx/attributes.js";
import type { TxFieldsInput } from "./signing/tx/fields.js";
import { signTx } from "./signing/tx/sign.js";
import { TX_TYPES, type TxTypeName } from "./signing/tx/spec.js";

/*
 * Vector encodings (see the vectors README §3): Goldilocks elements as decimal strings, Fp5 as
 * 5 decimal limbs or 80 hex chars of the LE encoding, scalars/keys/hashes as LE hex.
 */

function str(input: Record<string, unknown>, key: string): string {
  const v = input[key];
  if (typeof v !== "string") throw new TypeError(`input.${key} must be a string`);
  return v;
}

function hex(input: Record<string, unknown>, key: string): Uint8Array {
  const bytes = hexToBytes(str(input, key));
  if (!bytes) throw new TypeError(`input.${key} must be hex`);
  return bytes;
}

function scalar(input: Record<string, unknown>, key: string): bigint {
  return scalarFromLeBytes(hex(input, key)).scalar;
}

function fp5Hex(input: Record<string, unknown>, key: string): Fp5 {
  return fp5FromLeBytes(hex(input, key), false)!;
}

function limbs(input: Record<string, unknown>, key: string): Fp5 {
  const v = input[key];
  if (!Array.isArray(v) || v.length !== 5) throw new TypeError(`input.${key} must be 5 limbs`);
  return fp5FromBigInts(v.map((x) => BigInt(x as string)));
}

const limbStrings = (a: Fp5) => fp5ToBigInts(a).map(String);
const leHex = (a: Fp5) => bytesToHex(fp5ToLeBytes(a));

function bigints(input: Record<string, unknown>, key: string): bigint[] {
  const v = input[key];
  if (!Array.isArray(v)) throw new TypeError(`input.${key} must be an array`);
  return v.map((x) => BigInt(x as string));
}

const goldilocksOps: ConformanceHandler = (input) => {
  const a = BigInt(str(input, "a"));
  const b = BigInt(str(input, "b"));
  const [fa, fb] = [fp5FromBigInts([a]), fp5FromBigInts([b])];
  const t = fp5();
  const base = (f: (out: Fp5) => void): string => {
    f(t);
    return fp5ToBigInts(t)[0]!.toString();
  };
  const sqrt = sqrtBig(a);
  return {
    add: base((o) => fp5Add(o, fa, fb)),
    sub: base((o) => fp5Sub(o, fa, fb)),
    mul: base((o) => fp5Mul(o, fa, fb)),
    squareA: base((o) => fp5Square(o, fa)),
    doubleA: base((o) => fp5Add(o, fa, fa)),
    negA: base((o) => fp5Neg(o, fa)),
    powAB: modPow(a, b).toString(),
    powA128: modPow(a, 128n).toString(),
    isQuadraticResidueA: legendreBig(a) !== P - 1n,
    sqrtA: sqrt === undefined ? null : sqrt.toString(),
  };
};

const gfp5Ops: ConformanceHandler = (input) => {
  const a = limbs(input, "a");
  const b = limbs(input, "b");
  const run = (f: (out: Fp5) => void) => {
    const out = fp5();
    f(out);
    return limbStrings(out);
  };
  const sqrt = fp5();
  const hasSqrt = fp5Sqrt(sqrt, a);
  const canonical = fp5();
  fp5CanonicalSqrt(canonical, a);
  return {
    add: run((o) => fp5Add(o, a, b)),
    sub: run((o) => fp5Sub(o, a, b)),
    mul: run((o) => fp5Mul(o, a, b)),
    squareA: run((o) => fp5Square(o, a)),
    doubleA: run((o) => fp5Add(o, a, a)),
    tripleA: run((o) => {
      fp5Add(o, a, a);
      fp5Add(o, o, a);
    }),
    negA: run((o) => fp5Neg(o, a)),
    inverseA: run((o) => fp5Inverse(o, a)),
    divAB: run((o) => {
      fp5Inverse(o, b);
      fp5Mul(o, a, o);
    }),
    frobeniusA: run((o) => fp5Frobenius(o, a)),
    frobenius2A: run((o) => fp5Frobenius2(o, a)),
    scalarMulA: run((o) => fp5MulBase(o, a, b, 0)),
    legendreA: fp5Legendre(a).toString(),
    sgn0A: fp5Sgn0(a),
    sqrtA: hasSqrt ? limbStrings(sqrt) : null,
    canonicalSqrtA: hasSqrt ? limbStrings(canonical) : null,
    aLeHex: leHex(a),
  };
};

const curveMulGenerator: ConformanceHandler = (input) => {
  const s = scalar(input, "scalarLeHex");
  const sg = newPoint();
  mulGenerator(sg, s);
  const enc = fp5();
  encodePoint(enc, sg);
  const twice = newPoint();
  pointDouble(twice, sg);
  const plusG = newPoint();
  pointAdd(plusG, sg, generator());
  const encodeOf = (p: typeof sg) => {
    const w = fp5();
    encodePoint(w, p);
    return leHex(w);
  };
  const decoded = decodePoint(enc);
  const back = fp5();
  if (decoded) encodePoint(back, decoded);
  return {
    mulGeneratorLeHex: leHex(enc),
    doubleLeHex: encodeOf(twice),
    addGeneratorLeHex: encodeOf(plusG),
    decodeRoundTrip: decoded !== undefined && fp5Equal(back, enc),
  };
};

const scalarFromBytes: ConformanceHandler = (input) => {
  const { scalar: s, wasReduced } = scalarFromLeBytes(hex(input, "bytesLeHex"));
  return { scalarLeHex: bytesToHex(scalarToLeBytes(s)), wasReduced };
};

const publicKey: ConformanceHandler = (input) => ({
  publicKey: LighterPrivateKey.fromHex(str(input, "privateKey")).publicKeyHex,
});

const schnorrSignFixedK: ConformanceHandler = (input) => ({
  signature: bytesToHex(
    signWithNonce(fp5Hex(input, "messageHash"), scalar(input, "privateKey"), scalar(input, "k")),
  ),
});

const schnorrVerify: ConformanceHandler = (input) => ({
  valid: verify(hex(input, "publicKey"), hex(input, "messageHash"), hex(input, "signature")),
});

const tx: ConformanceHandler = (input) => {
  const type = str(input, "txType") as TxTypeName;
  const spec = TX_TYPES[type];
  if (!spec || spec.code !== input.txTypeCode)
    throw new TypeError(`unknown tx type ${type}/${String(input.txTypeCode)}`);
  const k = scalar(input, "k");
  const signed = signTx(type, input.fields as TxFieldsInput<typeof type>, {
    privateKey: str(input, "privateKey"),
    chainId: input.chainId as number,
    attributes: input.attributes as TxAttributesInput,
    nonce: () => k,
  });
  return {
    txHash: signed.txHash,
    signature: signed.signature,
    sigBase64: bytesToBase64(hexToBytes(signed.signature)!),
    txInfo: signed.txInfo,
  };
};

const txAttributes: ConformanceHandler = (input) => {
  const out = fp5();
  const attributesHash = aggregateTxHash(
    out,
    fp5Hex(input, "txHash"),
    parseTxAttributes(input.attributes as TxAttributesInput),
  );
  return { attributesHash: attributesHash ? leHex(attributesHash) : null, messageHash: leHex(out) };
};

const authToken: ConformanceHandler = (input) => {
  const k = scalar(input, "k");
  const t = createAuthToken({
    privateKey: str(input, "privateKey"),
    accountIndex: input.accountIndex as number,
    apiKeyIndex: input.apiKeyIndex as number,
    deadlineSeconds: input.deadlineSeconds as number,
    nonce: () => k,
  });
  return { message: t.message, messageHash: t.messageHash, signature: t.signature, token: t.token };
};

const l1Message: ConformanceHandler = async (input) => {
  const fields = input.fields as never;
  const templates: Record<string, (f: never) => string> = {
    changePubKey: changePubKeyL1Message,
    transfer: transferL1Message,
    approveIntegrator: approveIntegratorL1Message,
    createSubAccount: createSubAccountL1Message,
  };
  const render = templates[str(input, "template")];
  if (!render) throw new TypeError(`unknown L1 template ${String(input.template)}`);
  const body = render(fields);
  return { body, eip191Hash: await l1MessageHash(body) };
};

/** Known-answer vector handlers for `pnpm conformance`, keyed by vector kind. */
export const lighterConformance: ConformanceSuite = {
  venue: "lighter",
  handlers: {
    goldilocksOps,
    gfp5Ops,
    poseidon2Permute: (input) => ({ state: permuteBigInts(bigints(input, "state")).map(String) }),
    hashNToMNoPad: (input) => ({
      output: hashNToMNoPad(bigints(input, "elements"), input.numOutputs as number).map(String),
    }),
    hashNoPad: (input) => ({ output: hashNToMNoPad(bigints(input, "elements"), 4).map(String) }),
    hashToQuinticExtension: (input) => {
      const output = hashNToMNoPad(bigints(input, "elements"), 5);
      return { output: output.map(String), outputLeHex: leHex(fp5FromBigInts(output)) };
    },
    curveMulGenerator,
    scalarFromBytes,
    publicKey,
    schnorrSignFixedK,
    schnorrVerify,
    tx,
    txAttributes,
    authToken,
    l1Message,
  },
};

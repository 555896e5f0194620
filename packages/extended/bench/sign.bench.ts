/**
 * Signs complete orders (amounts → SNIP-12 hash → Stark signature) with our pure-TypeScript signer
 * and with Extended's official WASM signer (@x10xchange/stark-crypto-wrapper-wasm) in one run, and
 * prints both rates and the ratio. Run: pnpm --filter @perp/extended bench
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as wasm from "@x10xchange/stark-crypto-wrapper-wasm";
import {
  messageHash,
  orderStructHash,
  precomputeGeneratorTable,
  StarkSigner,
  settlementAmounts,
  settlementExpiration,
  signOrder,
  starkSign,
  TESTNET_DOMAIN,
  toFelt,
} from "../src/signing/index.js";

const PRIVATE_KEY = "0x7a7ff6fd3cab02ccdcd4a572563f5976f8976899b03a39773795a3c486d4986";
const VAULT = 10002;
const SYNTHETIC_ID = "0x4254432d3600000000000000000000";
const COLLATERAL_ID = "0x1";
const EXPIRY_MS = 1705626536861;
const DURATION_MS = Number(process.env.BENCH_MS ?? 3000);

const require = createRequire(import.meta.url);
wasm.initSync({
  module: readFileSync(
    require.resolve("@x10xchange/stark-crypto-wrapper-wasm/stark_crypto_wrapper_wasm_bg.wasm"),
  ),
});

interface Candidate {
  name: string;
  run: (i: number) => void;
  count: number;
  elapsed: number;
}

/**
 * Runs the candidates in alternating ~100 ms slices for DURATION_MS in total, so load from other
 * processes on a shared machine hits all of them alike and the ratio stays meaningful.
 */
function measureInterleaved(candidates: Candidate[]): void {
  for (const c of candidates) for (let i = 0; i < 20; i++) c.run(i); // warm-up (JIT, tables, caches)
  const slice = 100;
  const rounds = Math.max(1, Math.round(DURATION_MS / (slice * candidates.length)));
  for (let round = 0; round < rounds; round++) {
    for (const c of candidates) {
      const start = performance.now();
      let now = start;
      while (now - start < slice) {
        for (let i = 0; i < 5; i++) c.run(c.count + i);
        c.count += 5;
        now = performance.now();
      }
      c.elapsed += now - start;
    }
  }
  for (const c of candidates) {
    const perSecond = (c.count / c.elapsed) * 1000;
    const micros = ((c.elapsed * 1000) / c.count).toFixed(1);
    console.log(`${c.name.padEnd(48)} ${perSecond.toFixed(0).padStart(7)} orders/s  ${micros} µs/order`);
  }
}

const rate = (c: Candidate): number => c.count / c.elapsed;

const buildStart = performance.now();
precomputeGeneratorTable();
console.log(`k·G table built in ${(performance.now() - buildStart).toFixed(0)} ms (once per process)`);

const signer = StarkSigner.fromPrivateKey(PRIVATE_KEY);
const market = {
  syntheticId: BigInt(SYNTHETIC_ID),
  syntheticResolution: 1_000_000n,
  collateralId: 1n,
  collateralResolution: 1_000_000n,
};
const expiration = settlementExpiration(EXPIRY_MS, 14 * 86400);
const domain = TESTNET_DOMAIN;
// Prices vary per order so no two orders share a hash.
const priceOf = (i: number) => `43445.${(1168 + i) % 10000}`;

const wasmCandidate: Candidate = {
  name: "WASM get_order_msg + sign_message",
  count: 0,
  elapsed: 0,
  run: (i) => {
    const a = settlementAmounts({
      side: "BUY",
      qty: "0.001",
      price: priceOf(i),
      feeRate: "0.0005",
      builderFeeRate: "0",
      syntheticResolution: market.syntheticResolution,
      collateralResolution: market.collateralResolution,
    });
    const hash = wasm.get_order_msg(
      String(VAULT),
      SYNTHETIC_ID,
      a.baseAmount.toString(),
      COLLATERAL_ID,
      a.quoteAmount.toString(),
      COLLATERAL_ID,
      a.feeAmount.toString(),
      expiration.toString(),
      "1473459052",
      signer.publicKeyHex,
      domain.name,
      domain.version,
      domain.chainId,
      String(domain.revision),
    );
    const signature = wasm.sign_message(PRIVATE_KEY, hash);
    if (signature.r.length === 0) throw new Error("empty signature");
    signature.free();
  },
};

const oursCandidate: Candidate = {
  name: "ours: amounts + hash + sign (same steps)",
  count: 0,
  elapsed: 0,
  run: (i) => {
    const a = settlementAmounts({
      side: "BUY",
      qty: "0.001",
      price: priceOf(i),
      feeRate: "0.0005",
      builderFeeRate: "0",
      syntheticResolution: market.syntheticResolution,
      collateralResolution: market.collateralResolution,
    });
    const struct = orderStructHash({
      positionId: BigInt(VAULT),
      baseAssetId: market.syntheticId,
      baseAmount: toFelt(a.baseAmount),
      quoteAssetId: market.collateralId,
      quoteAmount: toFelt(a.quoteAmount),
      feeAssetId: market.collateralId,
      feeAmount: a.feeAmount,
      expiration,
      salt: 1473459052n,
    });
    signer.signHex(messageHash(domain, signer.publicKey, struct));
  },
};

const fullCandidate: Candidate = {
  name: "ours: signOrder (zod validation + request body)",
  count: 0,
  elapsed: 0,
  run: (i) => {
    signOrder(signer, {
      domain,
      vault: VAULT,
      market: {
        name: "BTC-USD",
        l2Config: {
          syntheticId: SYNTHETIC_ID,
          syntheticResolution: 1_000_000,
          collateralId: COLLATERAL_ID,
          collateralResolution: 1_000_000,
        },
      },
      type: "LIMIT",
      side: "BUY",
      qty: "0.001",
      price: priceOf(i),
      fee: "0.0005",
      expiryEpochMillis: EXPIRY_MS,
      nonce: 1473459052,
    });
  },
};

const signCandidate: Candidate = {
  name: "ours: starkSign only (no hashing)",
  count: 0,
  elapsed: 0,
  run: (i) => {
    starkSign(0x123456789abcdefn * BigInt(i + 1), BigInt(PRIVATE_KEY));
  },
};

measureInterleaved([wasmCandidate, oursCandidate, fullCandidate, signCandidate]);
console.log(
  `ratio ours/WASM (same steps): ${(rate(oursCandidate) / rate(wasmCandidate)).toFixed(2)}x (goal >= 1.5x)`,
);
console.log(`ratio ours/WASM (full signOrder): ${(rate(fullCandidate) / rate(wasmCandidate)).toFixed(2)}x`);

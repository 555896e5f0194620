/**
 * Signs complete orders (amounts → SNIP-12 hash → Stark signature) with our pure-TypeScript signer
 * and with Extended's official WASM signer (@x10xchange/stark-crypto-wrapper-wasm) in one run, and
 * prints both rates and the ratio. Run: pnpm --filter @perp/extended bench (BENCH_MS sets the duration).
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
  /** Orders per CPU-second in each round. */
  rates: number[];
}

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Runs the candidates in alternating ~100 ms slices for DURATION_MS in total and times each slice
 * in process CPU time, so load from other processes on a shared machine (which steals wall time)
 * distorts neither rate. Each round gives every candidate one slice; rates and ratios are medians
 * over the rounds.
 */
function measureInterleaved(candidates: Candidate[]): void {
  for (const c of candidates) for (let i = 0; i < 20; i++) c.run(i); // warm-up (JIT, tables, caches)
  const slice = 100;
  const rounds = Math.max(3, Math.round(DURATION_MS / (slice * candidates.length)));
  for (let round = 0; round < rounds; round++) {
    for (const c of candidates) {
      const start = cpuMs();
      let now = start;
      let done = 0;
      while (now - start < slice) {
        for (let i = 0; i < 5; i++) c.run(c.count + i);
        c.count += 5;
        done += 5;
        now = cpuMs();
      }
      c.rates.push((done / (now - start)) * 1000);
    }
  }
  for (const c of candidates) {
    const perSecond = median(c.rates);
    const micros = (1e6 / perSecond).toFixed(1);
    console.log(
      `${c.name.padEnd(48)} ${perSecond.toFixed(0).padStart(7)} orders/s  ${micros} µs/order (CPU, median of ${c.rates.length})`,
    );
  }
}

/** Median over rounds of the per-round rate ratio a/b. */
const ratio = (a: Candidate, b: Candidate): number => median(a.rates.map((rate, i) => rate / b.rates[i]!));

const buildStart = cpuMs();
precomputeGeneratorTable();
console.log(`k·G table built in ${(cpuMs() - buildStart).toFixed(0)} ms CPU (once per process)`);

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
  rates: [],
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
  rates: [],
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
  rates: [],
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
  rates: [],
  run: (i) => {
    starkSign(0x123456789abcdefn * BigInt(i + 1), BigInt(PRIVATE_KEY));
  },
};

measureInterleaved([wasmCandidate, oursCandidate, fullCandidate, signCandidate]);
const sameSteps = oursCandidate.rates.map((rate, i) => rate / wasmCandidate.rates[i]!);
console.log(
  `ratio ours/WASM (same steps): ${ratio(oursCandidate, wasmCandidate).toFixed(2)}x median, ${Math.min(...sameSteps).toFixed(2)}x worst round (goal >= 1.5x)`,
);
console.log(`ratio ours/WASM (full signOrder): ${ratio(fullCandidate, wasmCandidate).toFixed(2)}x median`);

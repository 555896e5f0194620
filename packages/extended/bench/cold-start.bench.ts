/**
 * First-signature latency in a fresh process: creating a StarkSigner (its public key is the first
 * k·G) and signing the first orders, for our signer and, afterwards, for Extended's official WASM
 * signer (@x10xchange/stark-crypto-wrapper-wasm, module compile + init included). Wall and CPU time
 * of each step. SIGNING_ENTRY may point at another build of the signing entry (e.g. a bundle of an
 * older commit) to compare. Run:
 * pnpm --filter @perp/extended exec tsx --conditions=@perp/source bench/cold-start.bench.ts
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const PRIVATE_KEY = "0x7a7ff6fd3cab02ccdcd4a572563f5976f8976899b03a39773795a3c486d4986";
const SYNTHETIC_ID = "0x4254432d3600000000000000000000";
const EXPIRY_MS = 1705626536861;

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** Runs a step; returns its value and its wall time (ms), logging CPU time next to wall time. */
const time = <T>(run: () => T, label?: string): [T, number] => {
  const cpu = cpuMs();
  const start = performance.now();
  const value = run();
  const wall = performance.now() - start;
  if (label) console.log(`${label}: ${wall.toFixed(1)} ms wall, ${(cpuMs() - cpu).toFixed(1)} ms CPU`);
  return [value, wall];
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

const [signing, importMs] = await (async () => {
  const start = performance.now();
  const module: typeof import("../src/signing/index.js") = await import(
    process.env.SIGNING_ENTRY ?? "../src/signing/index.js"
  );
  return [module, performance.now() - start] as const;
})();
const [signer, signerMs] = time(
  () => signing.StarkSigner.fromPrivateKey(PRIVATE_KEY),
  "ours: StarkSigner.fromPrivateKey",
);
const order = (i: number) => ({
  domain: signing.TESTNET_DOMAIN,
  vault: 10002,
  market: {
    name: "BTC-USD",
    l2Config: {
      syntheticId: SYNTHETIC_ID,
      syntheticResolution: 1_000_000,
      collateralId: "0x1",
      collateralResolution: 1_000_000,
    },
  },
  type: "LIMIT" as const,
  side: "BUY" as const,
  qty: "0.001",
  price: `43445.${1168 + i}`,
  fee: "0.0005",
  expiryEpochMillis: EXPIRY_MS,
  nonce: 1473459052 + i,
});
const [, firstMs] = time(() => signing.signOrder(signer, order(0)), "ours: first signOrder");
const next: number[] = [];
for (let i = 1; i <= 40; i++) next.push(time(() => signing.signOrder(signer, order(i)))[1]);

console.log(`ours: import ${ms(importMs)}; first signature ready ${ms(signerMs + firstMs)} after import`);
console.log(
  `ours: orders 2-11 ${next
    .slice(0, 10)
    .map((n) => n.toFixed(1))
    .join(" ")} ms; orders 32-41 ${next
    .slice(30)
    .map((n) => n.toFixed(2))
    .join(" ")} ms`,
);

const wasmStart = performance.now();
const wasm = await import("@x10xchange/stark-crypto-wrapper-wasm");
const require = createRequire(import.meta.url);
wasm.initSync({
  module: readFileSync(
    require.resolve("@x10xchange/stark-crypto-wrapper-wasm/stark_crypto_wrapper_wasm_bg.wasm"),
  ),
});
const wasmInitMs = performance.now() - wasmStart;
const [, wasmFirstMs] = time(() => {
  const hash = wasm.get_order_msg(
    "10002",
    SYNTHETIC_ID,
    "1000",
    "0x1",
    "-43445117",
    "0x1",
    "21723",
    "1706836137",
    "1473459052",
    signer.publicKeyHex,
    "Perpetuals",
    "v0",
    "SN_SEPOLIA",
    "1",
  );
  wasm.sign_message(PRIVATE_KEY, hash).free();
}, "WASM: first order hash + sign");
console.log(
  `WASM: import + init ${ms(wasmInitMs)}; first signature ready ${ms(wasmInitMs + wasmFirstMs)} after import`,
);

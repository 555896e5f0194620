/**
 * Create-order signing: our pure-TypeScript signer vs the Go WASM signer shipped in npm
 * `lighter-ts-sdk`, side by side in one run. Prints orders/second of each and the ratio, the cold
 * start of each (first import + key setup + first signature, in a fresh child process; our key
 * setup parses the key and derives the public key lazily, as signing does not need it) and the
 * bundle size of each (ours: the signing entry bundled, minified and gzipped; theirs: WASM + JS glue).
 *
 *   pnpm --filter @perp/lighter bench            (LIGHTER_BENCH_SECONDS=2 per side by default)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { LighterSigner } from "../src/signing/index.js";

const PRIVATE_KEY = "8ab9c4b4c64520db1a401ab8b355b12daf8c2e1d344069b3b4d1ca6770dde7ce593aa7f95f44bb6a";
const SECONDS = Number(process.env.LIGHTER_BENCH_SECONDS ?? 2);
const COLD_RUNS = 11;
const EXPIRY = 1893456000000;

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "..");
const require = createRequire(import.meta.url);
const wasmDir = join(dirname(require.resolve("lighter-ts-sdk/package.json")), "wasm");
const wasmPath = join(wasmDir, "lighter-signer.wasm");
const wasmExecPath = join(wasmDir, "wasm_exec.js");

interface GoSigner {
  CreateClient(
    privateKey: string,
    accountIndex: number,
    apiKeyIndex: number,
    chainId: number,
  ): { error?: string };
  SignCreateOrder(...args: number[]): { txInfo?: string; error?: string };
}

/** Loads the Go WASM signer into this process (its old API: CreateClient(key, account, apiKey, chain)). */
async function loadGoSigner(): Promise<GoSigner> {
  require(wasmExecPath);
  const GoRuntime = (
    globalThis as unknown as { Go: new () => { importObject: WebAssembly.Imports; run(i: unknown): void } }
  ).Go;
  const go = new GoRuntime();
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), go.importObject);
  go.run(instance);
  await new Promise((resolve) => setImmediate(resolve));
  const api = globalThis as unknown as GoSigner;
  const created = api.CreateClient(PRIVATE_KEY, 1, 0, 304);
  if (created.error) throw new Error(`Go signer CreateClient failed: ${created.error}`);
  return api;
}

function rate(label: string, signOne: (i: number) => void): number {
  for (let i = 0; i < 3; i++) signOne(i); // warm-up
  let count = 0;
  const start = performance.now();
  const deadline = start + SECONDS * 1000;
  while (performance.now() < deadline) signOne(count++);
  const perSecond = (count / (performance.now() - start)) * 1000;
  console.log(`  ${label.padEnd(26)} ${perSecond.toFixed(1).padStart(10)} orders/s  (${count} orders)`);
  return perSecond;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs `script` (ESM) in a fresh Node process; it prints the elapsed milliseconds. */
function coldStart(script: string): number {
  const samples: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`cold-start child failed: ${child.stderr}`);
    samples.push(Number(child.stdout.trim().split("\n").at(-1)));
  }
  return median(samples);
}

async function bundleOurs(outFile: string): Promise<{ min: number; gzip: number }> {
  const esbuild = createRequire(require.resolve("tsup"))("esbuild") as typeof import("esbuild");
  const result = await esbuild.build({
    entryPoints: [join(packageDir, "src/signing/index.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: ["@perp/source"],
    write: false,
  });
  const code = result.outputFiles[0]!.contents;
  writeFileSync(outFile, code);
  return { min: code.length, gzip: gzipSync(code).length };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const order = (i: number) => ({
  MarketIndex: 1,
  ClientOrderIndex: 100 + i,
  BaseAmount: 1000000,
  Price: 250000 + (i % 1000),
  IsAsk: i & 1,
  Type: 0,
  TimeInForce: 1,
  ReduceOnly: 0,
  TriggerPrice: 0,
  OrderExpiry: EXPIRY,
  Nonce: 42 + i,
});

console.log(`Lighter create-order signing, ${SECONDS} s per side (Node ${process.version})`);

const ours = LighterSigner.fromPrivateKey(PRIVATE_KEY, { accountIndex: 1, apiKeyIndex: 0, chainId: 304 });
const go = await loadGoSigner();
const oursRate = rate("ours (pure TypeScript)", (i) => {
  ours.createOrder(order(i));
});
const goRate = rate("Go WASM (lighter-ts-sdk)", (i) => {
  const o = order(i);
  const r = go.SignCreateOrder(1, o.ClientOrderIndex, 1000000, o.Price, o.IsAsk, 0, 1, 0, 0, EXPIRY, o.Nonce);
  if (r.error) throw new Error(r.error);
});
console.log(`  ratio                      ${(oursRate / goRate).toFixed(1).padStart(10)}x  (goal >= 20x)`);

const work = mkdtempSync(join(tmpdir(), "lighter-bench-"));
try {
  const bundleFile = join(work, "signing.mjs");
  const size = await bundleOurs(bundleFile);
  const oursCold = coldStart(`
    const t0 = performance.now();
    const { LighterSigner } = await import(${JSON.stringify(`file://${bundleFile}`)});
    const s = LighterSigner.fromPrivateKey(${JSON.stringify(PRIVATE_KEY)}, { accountIndex: 1, apiKeyIndex: 0, chainId: 304 });
    s.createOrder(${JSON.stringify(order(0))});
    console.log(performance.now() - t0);`);
  const goCold = coldStart(`
    import { createRequire } from "node:module";
    import { readFileSync } from "node:fs";
    const t0 = performance.now();
    createRequire(import.meta.url)(${JSON.stringify(wasmExecPath)});
    const go = new globalThis.Go();
    const { instance } = await WebAssembly.instantiate(readFileSync(${JSON.stringify(wasmPath)}), go.importObject);
    go.run(instance);
    await new Promise((r) => setImmediate(r));
    globalThis.CreateClient(${JSON.stringify(PRIVATE_KEY)}, 1, 0, 304);
    const r = globalThis.SignCreateOrder(1, 100, 1000000, 250000, 0, 0, 1, 0, 0, ${EXPIRY}, 42);
    if (r.error) throw new Error(r.error);
    console.log(performance.now() - t0);
    process.exit(0);`);
  console.log(`Cold start (median of ${COLD_RUNS} fresh processes: import + key setup + first signature)`);
  console.log(`  ours                       ${oursCold.toFixed(1).padStart(10)} ms  (goal < 20 ms)`);
  console.log(`  Go WASM                    ${goCold.toFixed(1).padStart(10)} ms`);
  const wasmSize = statSync(wasmPath).size;
  const glueSize = statSync(wasmExecPath).size;
  console.log("Bundle size");
  console.log(
    `  ours (signing entry)       ${kb(size.min)} minified, ${kb(size.gzip)} min+gzip  (goal < 60 kB)`,
  );
  console.log(
    `  Go WASM                    ${kb(wasmSize + glueSize)} (wasm ${kb(wasmSize)} + wasm_exec.js ${kb(glueSize)})`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);

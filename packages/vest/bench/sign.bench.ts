/**
 * Order-signing throughput: our signer against ethers v6 doing the same recipe (AbiCoder.encode,
 * keccak256, Wallet.signMessage over the 32 bytes), plus viem's generic path as the "before"
 * reference. Rates are orders per second of this process's CPU time (user + system), so other
 * work on a shared machine does not count against whichever contender happens to be running;
 * rounds are interleaved and the median is reported. Also prints the minified + gzipped size of
 * the signing entry.
 */
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { AbiCoder, keccak256 as ethersKeccak256, getBytes, Wallet } from "ethers";
import { privateKeyToAccount } from "viem/accounts";
import { encodeAbiParameters, keccak256 } from "viem/utils";
import {
  type Hex,
  type OrderRequest,
  orderPayload,
  signingKeyFromPrivateKey,
  signOrder,
} from "../src/signing/index.js";

const PRIVATE_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" as Hex;
const ROUNDS = 5;
const ROUND_CPU_MS = 200;
const ORDER_TYPES = ["uint256", "uint256", "string", "string", "bool", "string", "string", "bool"] as const;

const order = (nonce: number): OrderRequest => ({
  orderType: "LIMIT",
  time: 1683849600076,
  nonce,
  symbol: "BTC-PERP",
  isBuy: true,
  size: "0.1000",
  limitPrice: "30000.00",
});
const values = (o: OrderRequest) =>
  [
    BigInt(o.time),
    BigInt(o.nonce),
    o.orderType,
    o.symbol,
    o.isBuy,
    o.size,
    o.limitPrice,
    o.reduceOnly ?? false,
  ] as const;

const signingKey = signingKeyFromPrivateKey(PRIVATE_KEY);
const wallet = new Wallet(PRIVATE_KEY);
const coder = AbiCoder.defaultAbiCoder();
const account = privateKeyToAccount(PRIVATE_KEY);

type Contender = { name: string; sign: (nonce: number) => Promise<string> };
const contenders: Contender[] = [
  { name: "ours (signOrder)", sign: async (n) => (await signOrder(signingKey, order(n))).signature },
  {
    name: "ethers v6",
    sign: (n) =>
      wallet.signMessage(getBytes(ethersKeccak256(coder.encode([...ORDER_TYPES], [...values(order(n))])))),
  },
  {
    // Step 1 alone: the specialised encoder and hashing, but viem's generic signMessage.
    name: "our encoder + signMessage",
    sign: (n) => {
      const o = order(n);
      const payload = orderPayload({ ...o, reduceOnly: o.reduceOnly ?? false });
      return account.signMessage({ message: { raw: payload.abiHash } });
    },
  },
  {
    name: "viem generic (before)",
    sign: (n) =>
      account.signMessage({
        message: {
          raw: keccak256(
            encodeAbiParameters(
              ORDER_TYPES.map((type) => ({ type })),
              values(order(n)),
            ),
          ),
        },
      }),
  },
];

// The comparison only means something if all three produce the same signatures.
for (const nonce of [0, 1, 1683849600076]) {
  const signatures = await Promise.all(contenders.map((c) => c.sign(nonce)));
  if (new Set(signatures).size !== 1)
    throw new Error(`contenders disagree at nonce ${nonce}: ${signatures.join(" ")}`);
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

async function round(contender: Contender, startNonce: number): Promise<number> {
  let nonce = startNonce;
  const started = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < ROUND_CPU_MS) {
    for (let i = 0; i < 20; i++) await contender.sign(nonce++);
    elapsed = cpuMs(started);
  }
  return ((nonce - startNonce) * 1000) / elapsed;
}

for (const contender of contenders) await round(contender, 1_000_000); // warm-up
const rates = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
for (let r = 0; r < ROUNDS; r++) {
  for (const contender of contenders)
    rates.get(contender.name)?.push(await round(contender, 2_000_000 * (r + 1)));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rate = (name: string) => median(rates.get(name) ?? []);

console.log(
  `Vest order signing, orders per CPU-second, median of ${ROUNDS} interleaved rounds of ${ROUND_CPU_MS} ms`,
);
for (const contender of contenders) {
  const all = (rates.get(contender.name) ?? []).map((x) => x.toFixed(0)).join(", ");
  console.log(
    `  ${contender.name.padEnd(26)} ${rate(contender.name).toFixed(0).padStart(7)} orders/s   (rounds: ${all})`,
  );
}
const ratio = rate("ours (signOrder)") / rate("ethers v6");
console.log(
  `  ratio ours / ethers:        ${ratio.toFixed(2)}x  (goal >= 1.30x: ${ratio >= 1.3 ? "met" : "NOT met"})`,
);
console.log(
  `  ratio viem generic / ethers: ${(rate("viem generic (before)") / rate("ethers v6")).toFixed(2)}x`,
);

// Bundle size of the public signing entry, as a browser app would ship it.
const here = dirname(fileURLToPath(import.meta.url));
const esbuild = loadEsbuild();
const bundle = await esbuild.build({
  entryPoints: [join(here, "../src/signing/index.ts")],
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  conditions: ["@perp/source"],
  write: false,
  metafile: true,
  logLevel: "silent",
});
const code = bundle.outputFiles[0]?.contents ?? new Uint8Array();
console.log(
  `Signing entry bundle (esbuild, minified, esm/browser): ${(code.length / 1024).toFixed(1)} KiB, gzip ${(gzipSync(code).length / 1024).toFixed(1)} KiB`,
);
const byPackage = new Map<string, number>();
for (const [path, info] of Object.entries(bundle.metafile.outputs).flatMap(([, o]) =>
  Object.entries(o.inputs),
)) {
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  const workspace = path.startsWith("src/") ? "vest" : /(?:^\.\.\/|packages\/)([^/]+)\/src\//.exec(path)?.[1];
  const pkg = dependency ?? (workspace === undefined ? path : `@perp/${workspace}`);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + info.bytesInOutput);
}
const parts = [...byPackage]
  .sort((a, b) => b[1] - a[1])
  .map(([pkg, bytes]) => `${pkg} ${(bytes / 1024).toFixed(1)}`);
console.log(`  minified KiB by package: ${parts.join(", ")}`);

interface EsbuildApi {
  build(options: Record<string, unknown>): Promise<{
    outputFiles: { contents: Uint8Array }[];
    metafile: { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
  }>;
}

/** esbuild ships with tsup; resolve it from the workspace root, else from tsup's own folder. */
function loadEsbuild(): EsbuildApi {
  const require = createRequire(import.meta.url);
  try {
    return require("esbuild") as EsbuildApi;
  } catch {
    const store = join(here, "../../../node_modules/.pnpm");
    const tsup = readdirSync(store).find((dir) => dir.startsWith("tsup@"));
    if (!tsup) throw new Error("esbuild not found: install the workspace dev dependencies");
    return createRequire(join(store, tsup, "node_modules/tsup/package.json"))("esbuild") as EsbuildApi;
  }
}

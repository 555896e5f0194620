/**
 * Packed-tarball smoke test, run after `pnpm build`: packs every publishable package with pnpm,
 * checks the packed manifests (no `workspace:` ranges left, internal ranges pinned to the local
 * versions, every exports/bin target shipped), installs all tarballs with npm into a fresh project
 * outside the repository, then runs the quickstart in scripts/smoke/ as ESM and as CommonJS and
 * type-checks a TypeScript consumer (node16 resolution, .mts and .cts) against the installed types,
 * and the installed declarations themselves with skipLibCheck off.
 *
 *   node scripts/smoke-packages.ts [--keep]    (--keep leaves the temporary project for inspection)
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const fixtures = join(import.meta.dirname, "smoke");
const keep = process.argv.includes("--keep");

/**
 * One known-answer case per signer, read from the venue packages' fixtures at run time so the
 * smoke test checks the same expectations as the unit tests.
 */
const VECTORS = {
  extendedOrder: { venue: "extended", file: "orders.json", id: "order-ts-limit-sell-with-builder-fee" },
  extendedStarkKey: {
    venue: "extended",
    file: "onboarding.json",
    id: "eth-signature-to-stark-key-python-test",
  },
  lighterTx: { venue: "lighter", file: "tx.json", id: "tx-create-order-limit-gtt-buy" },
  vestOrder: { venue: "vest", file: "orders.json", id: "order-market-btc-third-party-kat" },
} as const;

/** Entry points the TypeScript consumers import; both their .d.ts and .d.cts must be the ones used. */
const TYPED_ENTRIES: Record<string, string[]> = {
  "@perp/core": ["."],
  "@perp/extended": [".", "./signing", "./onboarding"],
  "@perp/lighter": [".", "./signing"],
  "@perp/vest": [".", "./signing"],
  "@perp/testkit": ["."],
};

const STEP_TIMEOUT_MS = 150_000;
/** A quickstart that has not exited by then left a server, socket or timer open. */
const QUICKSTART_TIMEOUT_MS = 60_000;
const DEPENDENCY_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"];

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports?: unknown;
  bin?: string | Record<string, string>;
  [field: string]: unknown;
}

interface Publishable {
  dir: string;
  manifest: Manifest;
  tarball?: string;
}

/** A check that fails the run: its message is what the summary prints. */
class SmokeFailure extends Error {}

const results: { step: string; ms: number; ok: boolean }[] = [];
const failures: string[] = [];

/** Runs one check and records its outcome; false when it failed (the failure is kept for the end). */
async function step(name: string, check: () => void | Promise<void>): Promise<boolean> {
  const started = performance.now();
  console.log(`\n=== ${name}`);
  let ok = true;
  try {
    await check();
  } catch (error) {
    ok = false;
    const detail =
      error instanceof SmokeFailure ? error.message : error instanceof Error ? error.stack : error;
    failures.push(`${name}: ${detail}`);
    console.log("FAILED (details at the end)");
  }
  results.push({ step: name, ms: performance.now() - started, ok });
  return ok;
}

interface RunOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  options: RunOptions = {},
): SpawnSyncReturns<string> {
  const { env, timeoutMs = STEP_TIMEOUT_MS } = options;
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
    ...(env === undefined ? {} : { env }),
  });
  if (result.error !== undefined || result.status !== 0) {
    const why =
      result.error?.message ?? (result.signal ? `killed by ${result.signal}` : `exit ${result.status}`);
    throw new SmokeFailure(
      `${command} ${args.join(" ")} failed (${why})\n${`${result.stdout ?? ""}${result.stderr ?? ""}`.trim()}`,
    );
  }
  return result;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** Every string leaf of an exports map (or a bin field): the files a consumer can reach. */
function targets(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(targets);
}

function publishablePackages(): Publishable[] {
  const packagesDir = join(root, "packages");
  return readdirSync(packagesDir)
    .sort()
    .map((name) => join(packagesDir, name))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, manifest: readJson<Manifest>(join(dir, "package.json")) }))
    .filter((p) => p.manifest.private !== true);
}

function checkBuilt(packages: Publishable[]): void {
  const missing = packages.flatMap(({ dir, manifest }) =>
    targets(manifest.exports)
      .filter((target) => target.startsWith("./dist/") && !existsSync(join(dir, target)))
      .map((target) => `${manifest.name}: ${target}`),
  );
  if (missing.length > 0) {
    throw new SmokeFailure(`build output missing (run \`pnpm build\` first):\n  ${missing.join("\n  ")}`);
  }
}

function pack(packages: Publishable[], destination: string): void {
  for (const p of packages) {
    const out = run("pnpm", ["pack", "--pack-destination", destination, "--json"], p.dir);
    p.tarball = (JSON.parse(out.stdout) as { filename: string }).filename;
    console.log(`packed ${p.manifest.name}@${p.manifest.version} -> ${p.tarball}`);
  }
}

/** What pnpm writes for `workspace:<spec>`: `^`/`~` prefix the version, `*` pins it, a range stays. */
function packedRange(spec: string, version: string | undefined): string {
  if (spec === "^" || spec === "~") return `${spec}${version}`;
  return spec === "*" || spec === "" ? `${version}` : spec;
}

/** pnpm rewrites `workspace:` ranges on pack; what it wrote must name the versions being packed. */
function checkPackedManifests(packages: Publishable[]): void {
  const versions = new Map(packages.map((p) => [p.manifest.name, p.manifest.version]));
  const problems: string[] = [];
  for (const p of packages) {
    const tarball = p.tarball!;
    const packed = JSON.parse(
      run("tar", ["-xzOf", tarball, "package/package.json"], root).stdout,
    ) as Manifest;
    const files = new Set(
      run("tar", ["-tzf", tarball], root)
        .stdout.split("\n")
        .filter(Boolean)
        .map((f) => f.replace(/^package\//, "./")),
    );
    for (const field of DEPENDENCY_FIELDS) {
      const source = (p.manifest[field] ?? {}) as Record<string, string>;
      const written = (packed[field] ?? {}) as Record<string, string>;
      for (const [dep, range] of Object.entries(written)) {
        if (range.startsWith("workspace:"))
          problems.push(`${p.manifest.name} ${field}.${dep} is still ${range}`);
      }
      for (const [dep, range] of Object.entries(source)) {
        if (!range.startsWith("workspace:") || field === "devDependencies") continue;
        const expected = packedRange(range.slice("workspace:".length), versions.get(dep));
        if (written[dep] !== expected) {
          problems.push(`${p.manifest.name} ${field}.${dep}: packed ${written[dep]}, expected ${expected}`);
        } else {
          console.log(`${p.manifest.name} ${field}.${dep}: ${range} -> ${written[dep]}`);
        }
      }
    }
    for (const target of [...targets(packed.exports), ...targets(packed.bin)]) {
      const normalized = target.startsWith("./") ? target : `./${target}`;
      if (!files.has(normalized)) problems.push(`${p.manifest.name} does not ship ${target}`);
    }
    console.log(`${p.manifest.name}: ${files.size} files, every exports/bin target present`);
  }
  if (problems.length > 0) throw new SmokeFailure(`packed manifests:\n  ${problems.join("\n  ")}`);
}

/** npm reads npm_* variables pnpm sets for its own scripts as npm config; keep only the user's. */
function npmEnv(): NodeJS.ProcessEnv {
  const kept = new Set(["npm_config_registry", "npm_config_cache", "npm_config_userconfig"]);
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.toLowerCase().startsWith("npm_") || kept.has(key.toLowerCase()),
    ),
  );
}

function installedVersion(name: string): string {
  return readJson<Manifest>(join(root, "node_modules", name, "package.json")).version;
}

function createProject(project: string, packages: Publishable[]): void {
  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify({ name: "perp-smoke-consumer", version: "1.0.0", private: true }, null, 2)}\n`,
  );
  // One command: npm resolves the internal dependencies between the tarballs to each other.
  const specs = [
    ...packages.map((p) => p.tarball!),
    `typescript@${installedVersion("typescript")}`,
    `@types/node@${installedVersion("@types/node")}`,
  ];
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...specs], project, {
    env: npmEnv(),
  });
  const lock = readJson<{ packages: Record<string, { version?: string; resolved?: string }> }>(
    join(project, "package-lock.json"),
  );
  const problems: string[] = [];
  for (const p of packages) {
    const entry = lock.packages[`node_modules/${p.manifest.name}`];
    if (entry?.version !== p.manifest.version || !entry.resolved?.startsWith("file:")) {
      problems.push(`${p.manifest.name} installed as ${JSON.stringify(entry)}, expected the local tarball`);
    }
  }
  const nested = Object.keys(lock.packages).filter((key) =>
    /node_modules\/.+\/node_modules\/@perp\//.test(key),
  );
  if (nested.length > 0) problems.push(`second copies of internal packages: ${nested.join(", ")}`);
  if (problems.length > 0) throw new SmokeFailure(`install:\n  ${problems.join("\n  ")}`);
  console.log(
    `installed ${Object.keys(lock.packages).length - 1} packages; every @perp/* from its local tarball`,
  );
}

function writeScenario(project: string): void {
  for (const file of ["scenario.cjs", "quickstart.mjs", "quickstart.cjs"]) {
    copyFileSync(join(fixtures, file), join(project, file));
  }
  const vectors = Object.fromEntries(
    Object.entries(VECTORS).map(([key, { venue, file, id }]) => {
      const path = join(root, "packages", venue, "test", "fixtures", file);
      const found = readJson<{ cases: { id: string; input: unknown; expected: unknown }[] }>(path).cases.find(
        (c) => c.id === id,
      );
      if (found === undefined) throw new SmokeFailure(`vector ${id} not found in ${path}`);
      return [key, { id, input: found.input, expected: found.expected }];
    }),
  );
  writeFileSync(join(project, "vectors.json"), JSON.stringify(vectors, null, 2));
}

function runQuickstart(project: string, file: string): void {
  const out = run(process.execPath, [file], project, { timeoutMs: QUICKSTART_TIMEOUT_MS });
  process.stdout.write(out.stdout);
}

function writeConsumer(project: string): void {
  copyFileSync(join(fixtures, "consumer.mts.tmpl"), join(project, "consumer.mts"));
  copyFileSync(join(fixtures, "consumer.cts.tmpl"), join(project, "consumer.cts"));
  copyFileSync(join(fixtures, "tsconfig.consumer.json"), join(project, "tsconfig.json"));
  copyFileSync(join(fixtures, "tsconfig.declarations.json"), join(project, "tsconfig.declarations.json"));
}

function tsc(project: string, args: string[]): string {
  const compiler = join(project, "node_modules", "typescript", "bin", "tsc");
  return run(process.execPath, [compiler, ...args], project).stdout;
}

/**
 * The consumer as most projects configure it (node16, skipLibCheck): it compiles, its
 * @ts-expect-error lines hold, and tsc read every entry point's packed .d.ts and .d.cts.
 */
function typeCheckConsumer(project: string): void {
  const used = new Set(tsc(project, ["-p", "tsconfig.json", "--listFiles"]).split("\n").filter(Boolean));
  const missing: string[] = [];
  for (const [name, subpaths] of Object.entries(TYPED_ENTRIES)) {
    const installed = join(project, "node_modules", name);
    const exportsMap = readJson<Manifest>(join(installed, "package.json")).exports as Record<
      string,
      { import: { types: string }; require: { types: string } }
    >;
    for (const subpath of subpaths) {
      const entry = exportsMap[subpath];
      for (const types of [entry?.import.types, entry?.require.types]) {
        if (types === undefined || !used.has(join(installed, types))) {
          missing.push(`${name}${subpath.slice(1)} (${types})`);
        }
      }
    }
  }
  if (missing.length > 0)
    throw new SmokeFailure(`tsc did not use the packed types of:\n  ${missing.join("\n  ")}`);
  console.log(`consumer.mts and consumer.cts type-check with tsc ${installedVersion("typescript")}`);
  console.log(
    `read the packed .d.ts and .d.cts of ${Object.values(TYPED_ENTRIES).flat().length} entry points`,
  );
}

/**
 * Our declaration files themselves (skipLibCheck off): every module they import must have types
 * the consumer gets from our dependencies. Checked as Node 22+ consumers see them (module node20:
 * CommonJS may require ESM, which viem's ESM-only types need); DOM for the WebCrypto types that
 * viem's dependency ox declares.
 */
function typeCheckDeclarations(project: string): void {
  tsc(project, ["-p", "tsconfig.declarations.json"]);
  console.log("the packed declarations and everything they import type-check (skipLibCheck off)");
}

const work = mkdtempSync(join(tmpdir(), "perp-smoke-"));
const cleanUp = (): void => {
  if (keep) console.log(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
};
process.once("SIGINT", () => {
  cleanUp();
  process.exit(130);
});

const started = performance.now();
try {
  const tarballs = join(work, "tarballs");
  const project = join(work, "consumer");
  for (const dir of [tarballs, project]) mkdirSync(dir);
  const packages = publishablePackages();
  const installed =
    (await step("build output present", () => checkBuilt(packages))) &&
    (await step("pnpm pack", () => pack(packages, tarballs))) &&
    (await step("packed manifests", () => checkPackedManifests(packages))) &&
    (await step("npm install of the tarballs", () => createProject(project, packages)));
  if (installed) {
    // Independent checks on the installed project: each runs even when another failed.
    await step("quickstart as ESM", () => {
      writeScenario(project);
      runQuickstart(project, "quickstart.mjs");
    });
    await step("quickstart as CommonJS", () => runQuickstart(project, "quickstart.cjs"));
    await step("tsc consumer (node16)", () => {
      writeConsumer(project);
      typeCheckConsumer(project);
    });
    await step("tsc declarations (node20)", () => typeCheckDeclarations(project));
  }
} finally {
  cleanUp();
}

console.log("\n=== summary");
for (const r of results)
  console.log(`${r.ok ? "ok  " : "FAIL"} ${r.step.padEnd(30)} ${(r.ms / 1000).toFixed(1)} s`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(`\nsmoke test failed (${failures.length} of ${results.length} steps) in ${seconds} s:`);
  for (const failure of failures) console.error(`\n${failure}`);
  process.exit(1);
}
console.log(`\nsmoke test passed: ${results.length} steps in ${seconds} s`);

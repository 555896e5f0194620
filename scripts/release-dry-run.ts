/**
 * Release dry run: what `changeset version` and `pnpm publish` would do, without touching this
 * checkout or the registry.
 *
 * The copy is `git archive HEAD` (what would be released) plus this checkout's .changeset folder as
 * it is now (pending changesets are usually not committed yet). Not a `git worktree`: that writes
 * into .git and leaves a registered worktree behind if the run is killed; git archive only reads.
 *
 * In the copy: `pnpm install --frozen-lockfile --offline` (seconds: the store is warm), build output
 * (copied from this checkout when its packages/ match HEAD and dist/ is newer than the sources,
 * which is the case in CI after `pnpm build`; otherwise built in the copy), `changeset version`
 * (versions and CHANGELOG.md files are checked against the pending changesets), then
 * `pnpm -r publish --dry-run --no-git-checks --json` (every package listed at its new version with
 * every exports/bin target in its file list). A dry run sends nothing; pnpm only reads the registry
 * to see which versions already exist, so no token is needed.
 *
 *   node scripts/release-dry-run.ts [--build] [--keep]
 *     --build  always build in the copy     --keep  leave the copy for inspection
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const root = join(import.meta.dirname, "..");
const forceBuild = process.argv.includes("--build");
const keep = process.argv.includes("--keep");
const COMMAND_TIMEOUT_MS = 240_000;

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports?: unknown;
  bin?: string | Record<string, string>;
}

interface DryRunEntry {
  name: string;
  version: string;
  size: number;
  files: { path: string }[];
}

/** A check that fails the run: its message is what the summary prints. */
class ReleaseFailure extends Error {}

const results: { step: string; ms: number; ok: boolean }[] = [];

async function step<T>(name: string, check: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  console.log(`\n=== ${name}`);
  try {
    const value = await check();
    results.push({ step: name, ms: performance.now() - started, ok: true });
    return value;
  } catch (error) {
    results.push({ step: name, ms: performance.now() - started, ok: false });
    throw error;
  }
}

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    timeout: COMMAND_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error !== undefined || result.status !== 0) {
    const why =
      result.error?.message ?? (result.signal ? `killed by ${result.signal}` : `exit ${result.status}`);
    throw new ReleaseFailure(
      `${command} ${args.join(" ")} failed in ${cwd} (${why})\n${`${result.stdout ?? ""}${result.stderr ?? ""}`.trim()}`,
    );
  }
  return result.stdout;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** Every string leaf of an exports map or bin field: the files a consumer can reach. */
function targets(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(targets);
}

function publishable(repo: string): { dir: string; manifest: Manifest }[] {
  const packagesDir = join(repo, "packages");
  return readdirSync(packagesDir)
    .sort()
    .map((name) => join(packagesDir, name))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, manifest: readJson<Manifest>(join(dir, "package.json")) }))
    .filter((p) => p.manifest.private !== true);
}

/** Pending changesets: file name and the packages each one bumps (from its front matter). */
function pendingChangesets(changesetDir: string): { file: string; packages: string[] }[] {
  return readdirSync(changesetDir)
    .filter((file) => file.endsWith(".md") && file !== "README.md")
    .sort()
    .map((file) => {
      const text = readFileSync(join(changesetDir, file), "utf8");
      const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
      const packages = [
        ...frontMatter.matchAll(/^\s*["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch)\s*$/gm),
      ].map((m) => m[1]!);
      return { file, packages };
    });
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Whether this checkout's dist/ is the build of HEAD: nothing under packages/ differs from HEAD
 * (dist/ is ignored by git) and every package's dist/ is newer than its sources and build config.
 */
function checkoutDistMatchesHead(): { reusable: boolean; reason: string } {
  const changed = run("git", ["status", "--porcelain", "--", "packages"], root).trim();
  if (changed !== "") {
    const count = changed.split("\n").length;
    return { reusable: false, reason: `${count} uncommitted change(s) under packages/` };
  }
  for (const { dir, manifest } of publishable(root)) {
    const built = targets(manifest.exports).filter((t) => t.startsWith("./dist/"));
    const missing = built.find((t) => !existsSync(join(dir, t)));
    if (missing !== undefined) return { reusable: false, reason: `${manifest.name} has no ${missing}` };
    const oldestOutput = Math.min(...built.map((t) => statSync(join(dir, t)).mtimeMs));
    const inputs = [...filesUnder(join(dir, "src")), join(dir, "package.json"), join(dir, "tsup.config.ts")];
    const newestInput = Math.max(...inputs.filter(existsSync).map((f) => statSync(f).mtimeMs));
    if (newestInput > oldestOutput)
      return { reusable: false, reason: `${manifest.name} dist/ is older than its sources` };
  }
  return { reusable: true, reason: "packages/ match HEAD and every dist/ is newer than its sources" };
}

function copyHead(copy: string): string {
  const archive = join(copy, "..", "head.tar");
  run("git", ["archive", "--format=tar", "-o", archive, "HEAD"], root);
  run("tar", ["-xf", archive, "-C", copy], root);
  rmSync(archive);
  return run("git", ["rev-parse", "--short", "HEAD"], root).trim();
}

/** The copy's .changeset becomes this checkout's, committed or not (deleted ones stay deleted). */
function copyChangesets(copy: string): { file: string; packages: string[] }[] {
  const source = join(root, ".changeset");
  const target = join(copy, ".changeset");
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target);
  for (const file of readdirSync(source, { withFileTypes: true })) {
    if (file.isFile()) copyFileSync(join(source, file.name), join(target, file.name));
  }
  const uncommitted = run("git", ["status", "--porcelain", "--", ".changeset"], root)
    .split("\n")
    .filter(Boolean).length;
  const pending = pendingChangesets(target);
  console.log(`${pending.length} pending changeset(s), ${uncommitted} of them not committed`);
  return pending;
}

function install(copy: string): void {
  try {
    run("pnpm", ["install", "--frozen-lockfile", "--offline"], copy);
    console.log("installed from the store (offline)");
  } catch (error) {
    // A store that lacks a package (a cold cache, or HEAD's lockfile newer than the last install).
    console.log(
      `offline install failed, retrying with the registry: ${(error as Error).message.split("\n")[0]}`,
    );
    run("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"], copy);
  }
}

function prepareDist(copy: string): void {
  const reuse = forceBuild ? { reusable: false, reason: "--build" } : checkoutDistMatchesHead();
  if (reuse.reusable) {
    for (const { dir } of publishable(root)) {
      cpSync(join(dir, "dist"), join(copy, relative(root, dir), "dist"), { recursive: true });
    }
    console.log(`copied dist/ from the checkout (${reuse.reason})`);
  } else {
    console.log(`building in the copy (${reuse.reason})`);
    run("pnpm", ["-s", "build"], copy);
  }
}

function version(copy: string, pending: { file: string; packages: string[] }[]): Map<string, string> {
  const before = new Map(publishable(copy).map((p) => [p.manifest.name, p.manifest.version]));
  process.stdout.write(run("pnpm", ["changeset", "version"], copy));
  const after = new Map(publishable(copy).map((p) => [p.manifest.name, p.manifest.version]));
  const problems: string[] = [];
  const named = new Set(pending.flatMap((c) => c.packages));
  for (const name of named) {
    if (!after.has(name)) problems.push(`a changeset names ${name}, which is not a publishable package`);
  }
  for (const { dir, manifest } of publishable(copy)) {
    const { name, version: next } = manifest;
    const previous = before.get(name);
    console.log(`${name.padEnd(16)} ${previous} -> ${next}${previous === next ? " (unchanged)" : ""}`);
    if (named.has(name) && previous === next) problems.push(`${name} has changesets but was not bumped`);
    if (previous !== next) {
      const changelog = join(dir, "CHANGELOG.md");
      if (!existsSync(changelog) || !readFileSync(changelog, "utf8").includes(`## ${next}\n`)) {
        problems.push(`${name} ${next} has no "## ${next}" section in CHANGELOG.md`);
      }
    }
  }
  const left = pendingChangesets(join(copy, ".changeset"));
  if (left.length > 0) problems.push(`changesets not consumed: ${left.map((c) => c.file).join(", ")}`);
  if (problems.length > 0) throw new ReleaseFailure(`changeset version:\n  ${problems.join("\n  ")}`);
  return after;
}

function publishDryRun(copy: string, versions: Map<string, string>): void {
  const out = run("pnpm", ["-r", "publish", "--dry-run", "--no-git-checks", "--json"], copy);
  const parsed = JSON.parse(out) as DryRunEntry | DryRunEntry[];
  const entries = new Map((Array.isArray(parsed) ? parsed : [parsed]).map((e) => [e.name, e]));
  const problems: string[] = [];
  for (const { manifest } of publishable(copy)) {
    const entry = entries.get(manifest.name);
    if (entry === undefined) {
      problems.push(
        `${manifest.name} would not be published (is ${versions.get(manifest.name)} already on the registry?)`,
      );
      continue;
    }
    if (entry.version !== versions.get(manifest.name)) {
      problems.push(
        `${manifest.name} would publish ${entry.version}, expected ${versions.get(manifest.name)}`,
      );
    }
    const files = new Set(entry.files.map((f) => f.path));
    const unshipped = [...targets(manifest.exports), ...targets(manifest.bin)]
      .map((t) => t.replace(/^\.\//, ""))
      .filter((t) => !files.has(t));
    if (unshipped.length > 0) problems.push(`${manifest.name} would not ship ${unshipped.join(", ")}`);
    console.log(
      `${`${entry.name}@${entry.version}`.padEnd(24)} ${String(entry.files.length).padStart(4)} files ${(entry.size / 1024).toFixed(0).padStart(5)} kB packed`,
    );
  }
  for (const name of entries.keys()) {
    if (!versions.has(name)) problems.push(`${name} would be published but is not a publishable package`);
  }
  if (problems.length > 0) throw new ReleaseFailure(`publish dry run:\n  ${problems.join("\n  ")}`);
}

const work = mkdtempSync(join(tmpdir(), "perp-release-"));
const copy = join(work, "repo");
const cleanUp = (): void => {
  if (keep) console.log(`\nkept ${copy}`);
  else rmSync(work, { recursive: true, force: true });
};
process.once("SIGINT", () => {
  cleanUp();
  process.exit(130);
});

const started = performance.now();
let failure: unknown;
try {
  mkdirSync(copy);
  const head = await step("copy of HEAD", () => copyHead(copy));
  console.log(`HEAD ${head} -> ${copy}`);
  const pending = await step("pending changesets", () => copyChangesets(copy));
  await step("pnpm install (offline)", () => install(copy));
  await step("build output", () => prepareDist(copy));
  const versions = await step("changeset version", () => version(copy, pending));
  await step("pnpm -r publish --dry-run", () => publishDryRun(copy, versions));
  const stillPending = pendingChangesets(join(root, ".changeset")).length;
  if (stillPending < pending.length) {
    throw new ReleaseFailure(
      `the checkout's .changeset lost changesets (${pending.length} -> ${stillPending})`,
    );
  }
} catch (error) {
  failure = error;
} finally {
  cleanUp();
}

console.log("\n=== summary");
for (const r of results)
  console.log(`${r.ok ? "ok  " : "FAIL"} ${r.step.padEnd(28)} ${(r.ms / 1000).toFixed(1)} s`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (failure !== undefined) {
  const detail =
    failure instanceof ReleaseFailure ? failure.message : failure instanceof Error ? failure.stack : failure;
  console.error(`\nrelease dry run failed after ${seconds} s: ${detail}`);
  process.exit(1);
}
console.log(`\nrelease dry run passed in ${seconds} s; this checkout and the registry are untouched`);

/**
 * Bundles src/app.ts for the browser the way a user's bundler would: platform "browser", ESM,
 * esbuild's default conditions (browser, import, module, default), never "@perp/source". The
 * packages therefore resolve to their built dist/*.js files, which must exist (pnpm build).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { build, type Metafile } from "esbuild";

export const REPO_ROOT = join(import.meta.dirname, "..", "..");
const ENTRY = join(REPO_ROOT, "browser-test", "src", "app.ts");

/** The package entry points the app imports, as `package` + export subpath. */
const IMPORTED_ENTRIES: readonly (readonly [pkg: string, subpath: string])[] = [
  ["core", "."],
  ["extended", "."],
  ["extended", "./signing"],
  ["lighter", "."],
  ["lighter", "./signing"],
  ["vest", "."],
  ["vest", "./signing"],
];

export interface BrowserBundle {
  code: string;
  /** Every file esbuild read, relative to the repository root. */
  inputs: string[];
  /** Imports esbuild left in the output (a browser bundle must have none). */
  externalImports: string[];
}

/** The built file each imported entry point maps to under the "import" condition; throws when one is missing. */
export function requireBuiltEntries(root: string = REPO_ROOT): string[] {
  const missing: string[] = [];
  const files = IMPORTED_ENTRIES.map(([pkg, subpath]) => {
    const dir = join(root, "packages", pkg);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
      exports: Record<string, { import: { default: string } }>;
    };
    const target = manifest.exports[subpath]?.import.default;
    if (target === undefined)
      throw new Error(`@perp/${pkg} exports no "${subpath}" entry with an import condition`);
    const file = join(dir, target);
    if (!existsSync(file)) missing.push(relative(root, file));
    return file;
  });
  if (missing.length > 0) {
    throw new Error(
      `The browser test bundles the packages' built files and these are missing: ${missing.join(", ")}. ` +
        "Run `pnpm build` first.",
    );
  }
  return files;
}

export async function buildBrowserBundle(): Promise<BrowserBundle> {
  requireBuiltEntries();
  const result = await build({
    entryPoints: [ENTRY],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
  }).catch((error: unknown) => {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `esbuild could not bundle ${relative(REPO_ROOT, ENTRY)} (is dist stale? run pnpm build): ${detail}`,
    );
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error("esbuild produced no output file");
  return {
    code: output.text,
    inputs: Object.keys(result.metafile.inputs),
    externalImports: externalImports(result.metafile),
  };
}

const NODE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'](node:[^"']+)["']/g;

/** The `node:` specifiers a bundle still imports or requires (static, side-effect or dynamic). */
export function nodeImportsIn(code: string): string[] {
  return [...code.matchAll(NODE_IMPORT)].map((match) => match[1]!);
}

function externalImports(metafile: Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((out) =>
    out.imports.filter((i) => i.external).map((i) => i.path),
  );
}

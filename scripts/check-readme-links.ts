/**
 * Checks that every relative link in the repository's READMEs (the root one, packages/*,
 * examples/*) points to a file or folder that exists. Prints each broken link with its line and
 * exits 1 when there is one. Other markdown files can be checked by naming them:
 *
 *   node scripts/check-readme-links.ts                 # the READMEs
 *   node scripts/check-readme-links.ts docs/notes.md   # the given files only
 *
 * Absolute URLs (`https:`, `mailto:`, …) and same-page anchors (`#usage`) are not checked; links in
 * fenced code blocks and inline code are not links.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface MarkdownLink {
  /** 1-based line of the link. */
  line: number;
  /** The target as written, e.g. `../../examples/vest/getDepth.ts#L3`. */
  target: string;
}

export interface BrokenLink extends MarkdownLink {
  file: string;
  /** Where the target resolves to, relative to the repository root. */
  resolved: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** `[text](target "title")`, `![alt](<target>)`; the text may hold one level of brackets. */
const INLINE_LINK =
  /!?\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
/** `[label]: target` reference definitions, at most three spaces in. */
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A scheme (`https:`, `mailto:`), protocol-relative `//host`, or a same-page anchor. */
const NOT_A_FILE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/** Every link in a markdown text, outside fenced code blocks and inline code spans. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  let fence: string | undefined;
  markdown.split(/\r?\n/).forEach((text, index) => {
    const opening = FENCE.exec(text)?.[1];
    if (fence !== undefined) {
      // A fence closes with at least as many of its own characters.
      if (opening !== undefined && opening[0] === fence[0] && opening.length >= fence.length)
        fence = undefined;
      return;
    }
    if (opening !== undefined) {
      fence = opening;
      return;
    }
    const line = index + 1;
    const prose = text.replace(/(`+)[\s\S]*?\1/g, (span) => " ".repeat(span.length));
    const definition = REFERENCE_DEFINITION.exec(prose)?.[1];
    if (definition !== undefined) links.push({ line, target: unwrap(definition) });
    for (const match of prose.matchAll(INLINE_LINK)) {
      const target = match[1];
      if (target !== undefined) links.push({ line, target: unwrap(target) });
    }
  });
  return links;
}

function unwrap(target: string): string {
  return target.startsWith("<") && target.endsWith(">") ? target.slice(1, -1) : target;
}

/**
 * The path a relative target names, or undefined for targets that are not files. `/x` is taken
 * from the repository root, as GitHub renders it; the fragment and query are dropped.
 */
export function linkedPath(target: string, fromFile: string, repositoryRoot: string): string | undefined {
  if (target === "" || NOT_A_FILE.test(target)) return undefined;
  const path = target.replace(/[?#].*$/, "");
  if (path === "") return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  return decoded.startsWith("/") ? join(repositoryRoot, decoded) : resolve(dirname(fromFile), decoded);
}

/** The broken relative links of one markdown file. */
export function brokenLinks(file: string, repositoryRoot: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const link of markdownLinks(readFileSync(file, "utf8"))) {
    const path = linkedPath(link.target, file, repositoryRoot);
    if (path !== undefined && !existsSync(path)) {
      broken.push({ ...link, file, resolved: relative(repositoryRoot, path) });
    }
  }
  return broken;
}

/** README.md of the root and of every folder directly under packages/ and examples/. */
export function repositoryReadmes(repositoryRoot: string): string[] {
  const readmes = [join(repositoryRoot, "README.md")];
  for (const group of ["packages", "examples"]) {
    const folder = join(repositoryRoot, group);
    if (!existsSync(folder)) continue;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === "node_modules") continue;
      readmes.push(join(folder, entry.name, "README.md"));
    }
  }
  return readmes.filter((file) => existsSync(file)).sort();
}

function main(args: readonly string[]): number {
  const files = args.length > 0 ? args.map((file) => resolve(file)) : repositoryReadmes(root);
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    for (const file of missing) console.error(`${relative(root, file)}: no such file`);
    return 2;
  }
  const broken = files.flatMap((file) => brokenLinks(file, root));
  for (const link of broken) {
    console.error(`${relative(root, link.file)}:${link.line}: ${link.target} (no ${link.resolved})`);
  }
  const checked = files.map((file) => relative(root, file)).join(", ");
  if (broken.length > 0) {
    console.error(`${broken.length} broken relative link(s) in ${files.length} file(s)`);
    return 1;
  }
  console.log(`every relative link resolves (${files.length} file(s): ${checked})`);
  return 0;
}

const entry = process.argv[1];
if (entry !== undefined && resolve(entry) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}

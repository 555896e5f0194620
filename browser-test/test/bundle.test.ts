import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nodeImportsIn, requireBuiltEntries } from "./bundle.js";

describe("requireBuiltEntries", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "perp-browser-dist-"));
    for (const pkg of ["core", "extended", "lighter", "vest"]) {
      mkdirSync(join(root, "packages", pkg), { recursive: true });
      const exports = {
        ".": { import: { default: "./dist/index.js" } },
        "./signing": { import: { default: "./dist/signing/index.js" } },
      };
      writeFileSync(join(root, "packages", pkg, "package.json"), JSON.stringify({ exports }));
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function built(...files: string[]): void {
    for (const file of files) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), "export {};\n");
    }
  }

  it("maps every imported entry to its built file under the import condition", () => {
    built(
      "packages/core/dist/index.js",
      ...["extended", "lighter", "vest"].flatMap((pkg) => [
        `packages/${pkg}/dist/index.js`,
        `packages/${pkg}/dist/signing/index.js`,
      ]),
    );
    const files = requireBuiltEntries(root);
    expect(files).toHaveLength(7);
    expect(files).toContain(join(root, "packages", "extended", "dist", "signing", "index.js"));
    expect(files).toContain(join(root, "packages", "core", "dist", "index.js"));
  });

  it("names the missing dist files and says to run pnpm build", () => {
    built("packages/core/dist/index.js");
    expect(() => requireBuiltEntries(root)).toThrow(
      /missing: packages\/extended\/dist\/index\.js, .*packages\/vest\/dist\/signing\/index\.js\. Run `pnpm build` first/,
    );
  });
});

describe("nodeImportsIn", () => {
  it("finds static, side-effect, dynamic and require imports of node: modules", () => {
    const code = [
      'import { readFileSync } from "node:fs";',
      "import 'node:path';",
      'const os = await import("node:os");',
      'const net = require( "node:net" );',
    ].join("\n");
    expect(nodeImportsIn(code)).toEqual(["node:fs", "node:path", "node:os", "node:net"]);
  });

  it("ignores node: inside ordinary strings and bare module names", () => {
    const code = 'const hint = "use node:fs on the server"; import { x } from "fs-extra";';
    expect(nodeImportsIn(code)).toEqual([]);
  });
});

/**
 * Runs every example file as a user would (a separate Node process, TypeScript through tsx) against
 * the simulator each example starts for itself, and expects exit code 0.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = import.meta.dirname;
const venues = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "node_modules")
  .map((entry) => entry.name);

function runExample(file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    // One Node process with tsx's loader (not pnpm → tsx CLI → node): a third of the start-up cost.
    const child = spawn(process.execPath, ["--conditions=@perp/source", "--import", "tsx", file], {
      cwd: root,
      env: { ...process.env, PERP_EXAMPLES_TARGET: "simulator" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => resolve({ code, output }));
  });
}

for (const venue of venues) {
  const files = readdirSync(join(root, venue))
    .filter((name) => name.endsWith(".ts") && !name.startsWith("_") && !name.endsWith(".test.ts"))
    .sort();
  describe.concurrent(`examples/${venue}`, () => {
    for (const file of files) {
      it(file, async () => {
        const { code, output } = await runExample(join(venue, file));
        expect(code, output).toBe(0);
      });
    }
  });
}

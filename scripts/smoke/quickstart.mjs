/**
 * ESM consumer: loads every entry point with `import` (so dist/*.js), checks that Node resolved
 * the installed copies, then runs the shared scenario.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as core from "@perp/core";
import * as extended from "@perp/extended";
import * as extendedOnboarding from "@perp/extended/onboarding";
import * as extendedSigning from "@perp/extended/signing";
import * as lighter from "@perp/lighter";
import * as lighterSigning from "@perp/lighter/signing";
import * as testkit from "@perp/testkit";
import * as vest from "@perp/vest";
import * as vestSigning from "@perp/vest/signing";
import scenario from "./scenario.cjs";

const project = fileURLToPath(new URL(".", import.meta.url));
for (const specifier of ["@perp/core", "@perp/extended/signing", "@perp/testkit"]) {
  const resolved = fileURLToPath(import.meta.resolve(specifier));
  if (!resolved.startsWith(`${project}node_modules/`) || !resolved.endsWith(".js")) {
    throw new Error(`${specifier} resolved to ${resolved}, expected an installed ESM file`);
  }
}

const vectors = JSON.parse(readFileSync(new URL("./vectors.json", import.meta.url), "utf8"));
const sdk = {
  core,
  extended,
  extendedSigning,
  extendedOnboarding,
  lighter,
  lighterSigning,
  vest,
  vestSigning,
  testkit,
};
await scenario.runScenario(sdk, vectors, (line) => console.log(`  esm  ${line}`));

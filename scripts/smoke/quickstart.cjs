"use strict";
/**
 * CommonJS consumer: loads every entry point with `require` (so dist/*.cjs), checks that Node
 * resolved the installed copies, then runs the shared scenario.
 */
const path = require("node:path");
const { runScenario } = require("./scenario.cjs");

for (const specifier of ["@perp/core", "@perp/extended/signing", "@perp/testkit"]) {
  const resolved = require.resolve(specifier);
  if (!resolved.startsWith(path.join(__dirname, "node_modules") + path.sep) || !resolved.endsWith(".cjs")) {
    throw new Error(`${specifier} resolved to ${resolved}, expected an installed CommonJS file`);
  }
}

const sdk = {
  core: require("@perp/core"),
  extended: require("@perp/extended"),
  extendedSigning: require("@perp/extended/signing"),
  extendedOnboarding: require("@perp/extended/onboarding"),
  lighter: require("@perp/lighter"),
  lighterSigning: require("@perp/lighter/signing"),
  vest: require("@perp/vest"),
  vestSigning: require("@perp/vest/signing"),
  testkit: require("@perp/testkit"),
};

runScenario(sdk, require("./vectors.json"), (line) => console.log(`  cjs  ${line}`)).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

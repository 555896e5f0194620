/**
 * Runs the live suite against the local simulator instead of the dev environment: serves
 * @perp/testkit's Vest simulator set up like dev (its router contract, real clock with a moving
 * book), points the VEST_LIVE_* variables at it and its test account, and runs vitest on test/live
 * with them. From the repository root:
 *
 *   pnpm exec tsx --conditions=@perp/source packages/vest/test/live/against-sim.ts [vitest args]
 *
 * Exits with vitest's exit code.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startHarness } from "../../../testkit/src/server/index.js";
import {
  VEST_REST_PREFIX,
  VEST_TEST_CREDENTIALS,
  VEST_WS_PATH,
  VestSimulator,
} from "../../../testkit/src/venues/vest/index.js";
import { VEST_VERIFYING_CONTRACTS } from "../../src/signing/index.js";
import { VEST_LIVE_ENV } from "./env.js";

const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));

const harness = await startHarness({
  protocols: [new VestSimulator({ verifyingContract: VEST_VERIFYING_CONTRACTS.dev })],
  admin: false,
});
const urls = harness.urls.vest;
if (urls === undefined) throw new Error("the harness serves no Vest venue");

const env: NodeJS.ProcessEnv = {
  ...process.env,
  [VEST_LIVE_ENV.apiKey]: VEST_TEST_CREDENTIALS.apiKey,
  [VEST_LIVE_ENV.signingPrivateKey]: VEST_TEST_CREDENTIALS.signingPrivateKey,
  [VEST_LIVE_ENV.primaryAddress]: VEST_TEST_CREDENTIALS.primaryAddress,
  [VEST_LIVE_ENV.accountGroup]: String(VEST_TEST_CREDENTIALS.accountGroup),
  [VEST_LIVE_ENV.restUrl]: `${urls.http}${VEST_REST_PREFIX}`,
  [VEST_LIVE_ENV.wsUrl]: `${urls.ws}${VEST_WS_PATH}`,
};
console.log(`Vest simulator at ${urls.http}; running the live suite against it`);

const vitest = spawn(
  "pnpm",
  ["exec", "vitest", "run", "--project", "vest", "packages/vest/test/live", ...process.argv.slice(2)],
  { cwd: repositoryRoot, env, stdio: "inherit" },
);
const code = await new Promise<number>((resolve) => {
  vitest.on("error", (error) => {
    console.error(`could not start vitest: ${error.message}`);
    resolve(1);
  });
  vitest.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal === null ? 1 : 128)));
});
await harness.close();
process.exitCode = code;

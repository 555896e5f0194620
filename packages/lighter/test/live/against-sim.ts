/**
 * Runs the live suite against the local simulator instead of the testnet: serves @perp/testkit's
 * Lighter simulator set up like the testnet (chain id 300, real clock with a moving book), points
 * the LIGHTER_LIVE_* variables at it and its test account, and runs vitest on test/live with them.
 * From the repository root:
 *
 *   pnpm exec tsx --conditions=@perp/source packages/lighter/test/live/against-sim.ts [vitest args]
 *
 * Exits with vitest's exit code.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startHarness } from "../../../testkit/src/server/index.js";
import {
  LIGHTER_TEST_CREDENTIALS,
  LIGHTER_WS_PATH,
  LighterSimulator,
} from "../../../testkit/src/venues/lighter/index.js";
import { LIGHTER_ENVIRONMENTS } from "../../src/rest/environments.js";
import { LIGHTER_LIVE_ENV } from "./env.js";

const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const chainId = LIGHTER_ENVIRONMENTS.testnet.chainId;

const harness = await startHarness({ protocols: [new LighterSimulator({ chainId })], admin: false });
const urls = harness.urls.lighter;
if (urls === undefined) throw new Error("the harness serves no Lighter venue");

const env: NodeJS.ProcessEnv = {
  ...process.env,
  [LIGHTER_LIVE_ENV.apiPrivateKey]: LIGHTER_TEST_CREDENTIALS.apiPrivateKey,
  [LIGHTER_LIVE_ENV.accountIndex]: LIGHTER_TEST_CREDENTIALS.accountIndex.toString(),
  [LIGHTER_LIVE_ENV.apiKeyIndex]: String(LIGHTER_TEST_CREDENTIALS.apiKeyIndex),
  [LIGHTER_LIVE_ENV.restUrl]: urls.http,
  [LIGHTER_LIVE_ENV.wsUrl]: `${urls.ws}${LIGHTER_WS_PATH}`,
  [LIGHTER_LIVE_ENV.chainId]: String(chainId),
};
console.log(`Lighter simulator at ${urls.http}; running the live suite against it`);

const vitest = spawn(
  "pnpm",
  ["exec", "vitest", "run", "--project", "lighter", "packages/lighter/test/live", ...process.argv.slice(2)],
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

/**
 * Runs the live suite against the local simulator instead of the testnet: serves @perp/testkit's
 * Extended simulator set up like the testnet (Sepolia signing domain, 28-day order expiries, the
 * faucet, real clock with a moving book), points the EXTENDED_LIVE_* variables at it and its test
 * account, and runs vitest on test/live with them. From the repository root:
 *
 *   pnpm exec tsx --conditions=@perp/source packages/extended/test/live/against-sim.ts [vitest args]
 *
 * Exits with vitest's exit code.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startHarness } from "../../../testkit/src/server/index.js";
import {
  createExtendedSimulator,
  EXTENDED_STREAM_PREFIX,
  EXTENDED_TEST_ACCOUNT,
} from "../../../testkit/src/venues/extended/index.js";
import { TESTNET_DOMAIN } from "../../src/signing/index.js";
import { EXTENDED_LIVE_ENV } from "./env.js";

const DAY_MS = 86_400_000;
const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));

const harness = await startHarness({
  protocols: [
    createExtendedSimulator({ domain: TESTNET_DOMAIN, maxOrderExpiryMs: 28 * DAY_MS, testnet: true }),
  ],
  admin: false,
});
const urls = harness.urls.extended;
if (urls === undefined) throw new Error("the harness serves no Extended venue");

const env: NodeJS.ProcessEnv = {
  ...process.env,
  [EXTENDED_LIVE_ENV.apiKey]: EXTENDED_TEST_ACCOUNT.apiKey,
  [EXTENDED_LIVE_ENV.starkPrivateKey]: EXTENDED_TEST_ACCOUNT.starkPrivateKey,
  [EXTENDED_LIVE_ENV.vault]: String(EXTENDED_TEST_ACCOUNT.vault),
  [EXTENDED_LIVE_ENV.restUrl]: `${urls.http}/api/v1`,
  [EXTENDED_LIVE_ENV.streamUrl]: `${urls.ws}${EXTENDED_STREAM_PREFIX}`,
};
console.log(`Extended simulator at ${urls.http}; running the live suite against it`);

const vitest = spawn(
  "pnpm",
  ["exec", "vitest", "run", "--project", "extended", "packages/extended/test/live", ...process.argv.slice(2)],
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

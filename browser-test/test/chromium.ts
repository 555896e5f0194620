/**
 * Debian's Chromium driven by playwright-core, which never downloads a browser of its own. The
 * flags keep Chromium off the network (this machine's is closed) and runnable as root.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export async function launchChromium(executablePath: string = CHROMIUM_PATH): Promise<Browser> {
  // CI installs Chromium before the tests; a missing browser is a failure, never a skipped test.
  if (!existsSync(executablePath)) {
    throw new Error(
      `${executablePath} is missing: run .ci/chromium.sh (as root) to install Debian's chromium`,
    );
  }
  return chromium.launch({ executablePath, args: ARGS, timeout: 30_000 });
}

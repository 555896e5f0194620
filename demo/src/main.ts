#!/usr/bin/env node
/**
 * `pnpm demo`: one bot across Extended, Lighter and Vest on the local simulator (see USAGE).
 * Node-only (it starts the simulator's servers). The exit code is set, never forced: the process
 * ends on its own once every socket and timer is closed.
 */
import { parseDemoArgs, USAGE } from "./cli/args.js";
import { describeError } from "./output/reporter.js";
import { runDemo } from "./run.js";

const interrupt = new AbortController();
// Ctrl-C stops the run cleanly (venues stopped, simulator closed) instead of killing it mid-way.
const onSignal = () => interrupt.abort();
process.once("SIGINT", onSignal);
process.once("SIGTERM", onSignal);

try {
  const args = parseDemoArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(USAGE);
  } else {
    process.exitCode = await runDemo(args, {
      writer: {
        write: (text) => process.stdout.write(text),
        isTTY: process.stdout.isTTY === true,
        columns: process.stdout.columns,
      },
      env: process.env,
      signal: interrupt.signal,
    });
  }
} catch (error) {
  process.stderr.write(`perp demo: ${describeError(error).message}\n\n${USAGE}`);
  process.exitCode = 2;
}
process.off("SIGINT", onSignal);
process.off("SIGTERM", onSignal);

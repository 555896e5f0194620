/**
 * Runs the demo as a user would (its own Node process, TypeScript through tsx, the SDK sources via
 * the @perp/source condition) against the simulator it starts, and checks what it reports.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const main = fileURLToPath(new URL("./main.ts", import.meta.url));
const VENUES = ["extended", "lighter", "vest"];
const RUN_TIMEOUT_MS = 90_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runDemo(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, "--conditions=@perp/source", main, ...args], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    // The demo must end on its own: every socket and timer closed.
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the demo did not exit within ${RUN_TIMEOUT_MS} ms:\n${stdout}\n${stderr}`));
    }, RUN_TIMEOUT_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

type Step = Record<string, unknown> & { step: string; venue?: string };

describe("pnpm demo", () => {
  it("--json: every venue ready, an order open on each, fills, a resync with state unchanged, final state", async () => {
    const run = await runDemo(["--json"]);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    const steps = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Step);
    const of = (step: string) => steps.filter((s) => s.step === step);

    expect(of("skipped")).toEqual([]);
    expect(of("ready").map((s) => s.venue)).toEqual(VENUES);
    for (const venue of VENUES) {
      expect(of("readiness").some((s) => s.venue === venue && s.state === "pending")).toBe(true);
      expect(of("readiness").some((s) => s.venue === venue && s.state === "ready")).toBe(true);
    }
    expect(of("quote").map((s) => s.venue)).toEqual(VENUES);
    const open = of("order-open");
    expect(open.map((s) => s.venue)).toEqual(VENUES);
    for (const s of open) expect(s.order).toMatchObject({ side: "buy", type: "limit", status: "open" });
    // Vest has no post-only: a GTC limit rests instead, and the demo says why.
    expect(open.map((s) => (s.order as { postOnly: boolean }).postOnly)).toEqual([true, true, false]);
    expect(of("note")).toMatchObject([{ venue: "vest", capability: "postOnly", supported: false }]);

    const fills = of("fill");
    expect(fills.map((s) => s.venue)).toEqual(VENUES);
    for (const s of fills) {
      expect(s.order).toMatchObject({ side: "buy", status: "filled" });
      expect((s.fills as unknown[]).length).toBeGreaterThan(0);
    }
    expect(of("position").map((s) => s.position)).toMatchObject(VENUES.map(() => ({ side: "long" })));
    expect(new Set(of("balance").map((s) => s.venue))).toEqual(new Set(VENUES));

    const [disconnect] = of("disconnect");
    expect(disconnect?.venue).toBe("extended");
    const [resync] = of("resync");
    expect(resync).toMatchObject({ venue: "extended", unchanged: true, markers: ["started", "completed"] });
    const states = resync?.states as string[];
    expect(states).toContain("stale");
    expect(states.at(-1)).toBe("ready");
    expect(resync?.after).toEqual(resync?.before);
    expect(resync?.after).toMatchObject({ openOrders: [{}], positions: [{ side: "long" }] });
    const afterDrop = steps.slice(steps.indexOf(disconnect as Step));
    expect(
      afterDrop.some((s) => s.step === "readiness" && s.component === "accountStream" && s.state === "stale"),
    ).toBe(true);

    expect(of("cancelled").map((s) => s.venue)).toEqual(VENUES);
    for (const s of of("cancelled")) expect(s.order).toMatchObject({ status: "cancelled" });
    const finals = of("final");
    expect(finals.map((s) => s.venue)).toEqual(VENUES);
    for (const s of finals) {
      expect(s).toMatchObject({ openOrders: 0, positions: [{ side: "long" }] });
      expect((s.balances as unknown[]).length).toBeGreaterThan(0);
    }
    const summary = steps.at(-1);
    expect(summary).toMatchObject({ step: "summary", ok: true });
    expect(Object.keys(summary?.venues as object)).toEqual(VENUES);
    expect(summary?.durationMs as number).toBeLessThan(30_000);
  });

  it("plain lines when stdout is not a terminal: the same steps, no cursor movement", async () => {
    const run = await runDemo([]);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).not.toContain("\x1b[");
    const lines = run.stdout.trim().split("\n");
    const count = (text: string) => lines.filter((line) => line.includes(text)).length;
    expect(count("ready after")).toBe(3);
    expect(count("order open on the account stream")).toBe(3);
    expect(count("filled on the account stream")).toBe(3);
    expect(count("dropped the account-stream socket")).toBe(1);
    expect(lines.some((line) => /extended\s+readiness accountStream stale/.test(line))).toBe(true);
    expect(lines.some((line) => /resynced in \d+ ms: .*open orders and positions unchanged/.test(line))).toBe(
      true,
    );
    expect(count("cancelled on the account stream")).toBe(3);
    expect(count("final: position long")).toBe(3);
    expect(lines.at(-1)).toMatch(/done in [\d.]+ s on extended, lighter, vest$/);
  });

  it("--live without keys: refuses before connecting, naming the missing variables (exit 1)", async () => {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(EXTENDED|LIGHTER|VEST)_/.test(name)),
    );
    const run = await runDemo(["--live", "--venue", "vest", "--json"], env);
    expect(run.code).toBe(1);
    const [error] = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Step);
    expect(error).toMatchObject({ step: "error", ok: false, name: "ValidationError" });
    expect(error?.message).toBe(
      "--live needs VEST_API_KEY, VEST_SIGNING_PRIVATE_KEY, VEST_PRIMARY_ADDRESS, VEST_ACCOUNT_GROUP in the environment " +
        "(or run without --live to use the local simulator)",
    );
  });

  it("a bad flag: usage on stderr, exit 2", async () => {
    const run = await runDemo(["--venue", "binance"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown venue "binance"');
    expect(run.stderr).toContain("Usage: pnpm demo");
  });
});

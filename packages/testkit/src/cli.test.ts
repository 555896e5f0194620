import { EventEmitter } from "node:events";
import { ValidationError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { type CliReadyInfo, main, parseCliArgs, USAGE } from "./cli.js";
import { jsonResponse } from "./server/http-io.js";
import { VenueProtocolRegistry } from "./server/registry.js";

function registryWithAlpha(): VenueProtocolRegistry {
  const registry = new VenueProtocolRegistry();
  registry.register("alpha", ({ seed }) => ({ venue: "alpha", http: () => jsonResponse(200, { seed }) }));
  return registry;
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
}

describe("parseCliArgs", () => {
  it("parses venues, port base, seed, faults and json", () => {
    expect(
      parseCliArgs(["--venues", "extended, lighter,vest", "--port-base", "7100", "--seed", "42", "--json"]),
    ).toEqual({
      venues: ["extended", "lighter", "vest"],
      portBase: 7100,
      seed: 42,
      faults: [],
      json: true,
      help: false,
    });
    expect(parseCliArgs(["--fault", '{"venue":"a"}', "--fault", "{}"]).faults).toEqual([{ venue: "a" }, {}]);
    expect(parseCliArgs([])).toMatchObject({ venues: undefined, portBase: undefined, seed: 1 });
  });

  it.each([
    [["--venues", ""], /at least one/],
    [["--venues", "a,a"], /twice/],
    [["--port-base", "70000"], /port-base/],
    [["--port-base", "12abc"], /integer/],
    [["--seed", "1.5"], /integer/],
    [["--fault", "{nope"], /not JSON/],
    [["--colour"], /colour/],
  ])("refuses %j", (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(ValidationError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe("main", () => {
  it("serves the registered venues until SIGINT, applying --fault at start-up", async () => {
    const io = capture();
    const signals = new EventEmitter();
    let ready: CliReadyInfo | undefined;
    const exit = main(
      [
        "--venues",
        "alpha",
        "--seed",
        "9",
        "--json",
        "--fault",
        '{"venue":"alpha","fault":{"kind":"serverError","status":502}}',
      ],
      {
        registry: registryWithAlpha(),
        ...io,
        signals,
        onReady: (info) => {
          ready = info;
        },
      },
    );
    await expect.poll(() => ready).toBeDefined();
    const http = ready?.venues.alpha?.http ?? "";
    expect(JSON.parse(io.out.join(""))).toEqual({ seed: 9, admin: ready?.admin, venues: ready?.venues });
    expect((await fetch(http)).status).toBe(502);
    expect(await (await fetch(http)).json()).toEqual({ seed: 9 });
    signals.emit("SIGTERM");
    expect(await exit).toBe(0);
    expect(signals.listenerCount("SIGINT") + signals.listenerCount("SIGTERM")).toBe(0);
    await expect(fetch(http)).rejects.toThrow();
  });

  it("prints URLs as text and runs with an empty registry (admin only)", async () => {
    const io = capture();
    const signals = new EventEmitter();
    const exit = main([], {
      registry: new VenueProtocolRegistry(),
      ...io,
      signals,
      onReady: () => signals.emit("SIGINT"),
    });
    expect(await exit).toBe(0);
    const text = io.out.join("");
    expect(text).toMatch(/admin\s+http:\/\/127\.0\.0\.1:\d+\/__sim\/status/);
    expect(text).toContain("no venue protocols registered");
    expect(text).toContain("perp-sim: stopped");
  });

  it("exits 2 with a message for unknown venues, bad flags and bad faults", async () => {
    const signals = new EventEmitter();
    const unknown = capture();
    expect(
      await main(["--venues", "alpha,zeta"], { registry: registryWithAlpha(), ...unknown, signals }),
    ).toBe(2);
    expect(unknown.err.join("")).toMatch(/zeta.*registered: alpha/);

    const badFlag = capture();
    expect(await main(["--nope"], { registry: registryWithAlpha(), ...badFlag, signals })).toBe(2);
    expect(badFlag.err.join("")).toContain(USAGE);

    const badFault = capture();
    const argv = ["--venues", "alpha", "--fault", '{"venue":"alpha","fault":{"kind":"slow"}}'];
    expect(await main(argv, { registry: registryWithAlpha(), ...badFault, signals })).toBe(2);
    expect(badFault.err.join("")).toMatch(/--fault: invalid fault request: fault\.ms/);
    expect(signals.listenerCount("SIGINT")).toBe(0);
  });

  it("prints usage for --help", async () => {
    const io = capture();
    expect(await main(["-h"], { ...io })).toBe(0);
    expect(io.out.join("")).toBe(USAGE);
  });
});

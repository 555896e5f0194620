/**
 * The built ESM bundles in headless Chromium: each venue's signer must reproduce a known-answer
 * vector, its REST client must read the simulator's markets over HTTP (cross-origin, CORS) and its
 * public order-book stream must deliver a two-sided book over WebSocket. Only public streams:
 * Extended's account stream needs an X-Api-Key header, which browsers cannot set on a WebSocket.
 */
import { compareDecimal, isDecimalString } from "@perp/core";
import {
  DEFAULT_LIGHTER_MARKETS,
  DEFAULT_VEST_MARKETS,
  defaultExtendedMarkets,
  type Harness,
} from "@perp/testkit";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BrowserChecks,
  CHECKS_GLOBAL,
  type CheckConfig,
  type Venue,
  type VenueReport,
} from "../src/contract.js";
import { type BrowserBundle, buildBrowserBundle, nodeImportsIn } from "./bundle.js";
import { launchChromium } from "./chromium.js";
import { checkConfig, loadVectors, startSimulator } from "./simulator.js";
import { type StaticServer, serveApp } from "./static-server.js";

const vectors = loadVectors();

const servedMarkets: Record<Venue, string[]> = {
  extended: defaultExtendedMarkets().map((m) => m.name),
  lighter: DEFAULT_LIGHTER_MARKETS.map((m) => m.symbol),
  vest: DEFAULT_VEST_MARKETS.map((m) => m.symbol),
};

describe("the built packages in headless Chromium", () => {
  let browser: Browser | undefined;
  let simulator: Harness | undefined;
  let server: StaticServer | undefined;
  let page: Page;
  let bundle: BrowserBundle;
  let config: CheckConfig;
  /** Uncaught page errors and console.error lines, from the page's first load to its close. */
  const pageProblems: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    bundle = await buildBrowserBundle();
    simulator = await startSimulator();
    config = checkConfig(simulator, vectors);
    server = await serveApp(bundle.code);
    page = await browser.newPage();
    page.on("pageerror", (error) => pageProblems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") pageProblems.push(`console.error: ${message.text()}`);
    });
    await page.goto(server.url);
    await page.waitForFunction((name) => name in globalThis, CHECKS_GLOBAL, { timeout: 10_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await simulator?.close();
  });

  it("bundles the packages' built dist files, with no node: import and nothing left external", () => {
    const packageFiles = bundle.inputs.filter((file) => file.startsWith("packages/"));
    expect(packageFiles.length).toBeGreaterThan(0);
    // Each package's own code must come from dist; its dependencies are linked from node_modules.
    expect(packageFiles.filter((file) => !/^packages\/[^/]+\/(?:dist|node_modules)\//.test(file))).toEqual(
      [],
    );
    for (const pkg of ["core", "extended", "lighter", "vest"]) {
      expect(packageFiles.some((file) => file.startsWith(`packages/${pkg}/dist/`))).toBe(true);
    }
    expect(bundle.inputs.filter((file) => file.includes("node:"))).toEqual([]);
    expect(bundle.externalImports).toEqual([]);
    expect(nodeImportsIn(bundle.code)).toEqual([]);
  });

  async function runInPage(venue: Venue): Promise<VenueReport> {
    return page.evaluate(
      ([name, which, cfg]) => (globalThis as unknown as Record<string, BrowserChecks>)[name]!.run(which, cfg),
      [CHECKS_GLOBAL, venue, config] as const,
    );
  }

  function expectTwoSidedBook(report: VenueReport, market: string): void {
    expect(report.book.ok, report.book.ok ? "" : report.book.error).toBe(true);
    if (!report.book.ok) return;
    const book = report.book.value;
    expect(book.symbol).toBe(market);
    expect(book.bidLevels).toBeGreaterThan(0);
    expect(book.askLevels).toBeGreaterThan(0);
    for (const level of [book.bestBid, book.bestAsk]) {
      expect(isDecimalString(level.price), level.price).toBe(true);
      expect(isDecimalString(level.size), level.size).toBe(true);
      expect(compareDecimal(level.size, "0")).toBe(1);
    }
    expect(compareDecimal(book.bestBid.price, book.bestAsk.price), "best bid below best ask").toBe(-1);
  }

  for (const venue of ["extended", "lighter", "vest"] as const) {
    it(`${venue}: signs its vector, reads markets over HTTP and a book over WebSocket`, async () => {
      const problemsBefore = pageProblems.length;
      const report = await runInPage(venue);
      expect(report.venue).toBe(venue);
      expect(report.signature, `vector ${vectors[venue].id}`).toEqual({
        ok: true,
        value: vectors[venue].expected,
      });
      expect(report.markets).toEqual({ ok: true, value: servedMarkets[venue] });
      expectTwoSidedBook(report, config[venue].market);
      expect(pageProblems.slice(problemsBefore)).toEqual([]);
    });
  }

  it("leaves no page errors and no console errors behind once the page closes", async () => {
    await page.close();
    expect(pageProblems).toEqual([]);
  });
});

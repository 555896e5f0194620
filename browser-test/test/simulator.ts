/**
 * The simulator serving all three venues in this process, and the page's view of it: the URLs
 * each client takes, the watched markets and the copied known-answer vectors.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DEFAULT_LIGHTER_MARKETS,
  EXTENDED_STREAM_PREFIX,
  extendedProtocolFactory,
  type Harness,
  LIGHTER_WS_PATH,
  lighterProtocolFactory,
  startHarness,
  VEST_REST_PREFIX,
  VEST_WS_PATH,
  vestProtocolFactory,
} from "@perp/testkit";
import type {
  CheckConfig,
  ExtendedOrderVectorInput,
  LighterTxVectorInput,
  Venue,
  VestOrderVectorInput,
} from "../src/contract.js";

const SEED = 7;

export interface VectorCase<I> {
  id: string;
  copiedFrom: string;
  input: I;
  expected: Record<string, string | number>;
}

export interface Vectors {
  extended: VectorCase<ExtendedOrderVectorInput>;
  lighter: VectorCase<LighterTxVectorInput>;
  vest: VectorCase<VestOrderVectorInput>;
}

export function loadVectors(): Vectors {
  const file = join(import.meta.dirname, "fixtures", "vectors.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { cases: Vectors }).cases;
}

export function startSimulator(): Promise<Harness> {
  return startHarness({
    protocols: [
      extendedProtocolFactory({ seed: SEED }),
      lighterProtocolFactory({ seed: SEED }),
      vestProtocolFactory({ seed: SEED }),
    ],
    seed: SEED,
    admin: false,
  });
}

function urlsOf(harness: Harness, venue: Venue): { http: string; ws: string } {
  const urls = harness.urls[venue];
  if (urls === undefined) throw new Error(`the simulator does not serve ${venue}`);
  return urls;
}

export function checkConfig(harness: Harness, vectors: Vectors): CheckConfig {
  const extended = urlsOf(harness, "extended");
  const lighter = urlsOf(harness, "lighter");
  const vest = urlsOf(harness, "vest");
  const lighterBtc = DEFAULT_LIGHTER_MARKETS.find((m) => m.symbol === "BTC");
  if (lighterBtc === undefined) throw new Error("the Lighter simulator lists no BTC market");
  return {
    bookTimeoutMs: 10_000,
    extended: {
      restUrl: extended.http,
      wsUrl: `${extended.ws}${EXTENDED_STREAM_PREFIX}`,
      market: "BTC-USD",
      vector: vectors.extended.input,
    },
    lighter: {
      restUrl: lighter.http,
      wsUrl: `${lighter.ws}${LIGHTER_WS_PATH}`,
      market: lighterBtc.symbol,
      marketId: lighterBtc.marketId,
      vector: vectors.lighter.input,
    },
    vest: {
      restUrl: `${vest.http}${VEST_REST_PREFIX}`,
      wsUrl: `${vest.ws}${VEST_WS_PATH}`,
      market: "BTC-PERP",
      vector: vectors.vest.input,
    },
  };
}

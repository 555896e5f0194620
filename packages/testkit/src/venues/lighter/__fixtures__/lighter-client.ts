import { LighterSigner } from "@perp/lighter/signing";
import { WebSocket } from "ws";
import type { ManualClock } from "../../../engine/index.js";
import { type Harness, startHarness } from "../../../server/index.js";
import { LIGHTER_TEST_CREDENTIALS, type LighterTestCredentials } from "../credentials.js";
import { DEFAULT_LIGHTER_MARKETS, type LighterMarketConfig } from "../markets.js";
import type { LighterSimulatorOptions } from "../options.js";
import { type LighterSimulator, manualLighterSimulator } from "../simulator.js";

/** Frozen marks and a small maker ladder on ETH only, so tests know the book. */
export const QUIET_MARKETS: LighterMarketConfig[] = DEFAULT_LIGHTER_MARKETS.map((m) => ({
  ...m,
  priceWalkTicks: 0,
  marketMaker: m.symbol === "ETH" ? { levels: 3, spacingTicks: 100, sizePerLevel: "0.5000" } : false,
}));

export interface LighterRig {
  readonly sim: LighterSimulator & { readonly clock: ManualClock };
  readonly harness: Harness;
  readonly http: string;
  readonly ws: string;
  close(): Promise<void>;
}

export async function startLighter(options: Omit<LighterSimulatorOptions, "clock"> = {}): Promise<LighterRig> {
  const sim = manualLighterSimulator({ markets: QUIET_MARKETS, ...options });
  const harness = await startHarness({ protocols: [sim], admin: false, onError: (e) => console.error(e) });
  const urls = harness.urls.lighter!;
  return { sim, harness, http: urls.http, ws: urls.ws, close: () => harness.close() };
}

export function signerFor(rig: LighterRig, creds: LighterTestCredentials = LIGHTER_TEST_CREDENTIALS, chainId = 304) {
  return LighterSigner.fromPrivateKey(creds.apiPrivateKey, {
    accountIndex: creds.accountIndex,
    apiKeyIndex: creds.apiKeyIndex,
    chainId,
    now: () => rig.sim.clock.now(),
  });
}

/** One JSON object of a response, fields unchecked. */
export type Row = Record<string, unknown>;

export interface CallResult {
  status: number;
  body: any;
  text: string;
}

/** GET with query parameters (and an optional Authorization header). */
export async function get(
  rig: LighterRig,
  path: string,
  query: Record<string, string | number | bigint> = {},
  auth?: string,
): Promise<CallResult> {
  const url = new URL(`${rig.http}${path}`);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, String(v));
  const response = await fetch(url, auth === undefined ? {} : { headers: { authorization: auth } });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

/** POST form-encoded fields, as Lighter's sendTx expects. */
export async function postForm(rig: LighterRig, path: string, fields: Record<string, string>): Promise<CallResult> {
  const response = await fetch(`${rig.http}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

export function sendTx(rig: LighterRig, signed: { txType: number; txInfo: string }): Promise<CallResult> {
  return postForm(rig, "/api/v1/sendTx", { tx_type: String(signed.txType), tx_info: signed.txInfo });
}

export interface Frame {
  readonly text: string;
  readonly json: any;
}

/** A raw `ws` client queueing frames so tests can await them in order. */
export class WsClient {
  readonly ws: WebSocket;
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly opened: Promise<void>;
  readonly #queue: Frame[] = [];
  #waiter: (() => void) | undefined;

  constructor(url: string) {
    this.ws = new WebSocket(url);
    this.opened = new Promise((resolve, reject) => {
      this.ws.once("open", () => resolve());
      this.ws.once("error", reject);
    });
    this.closed = new Promise((resolve) => {
      this.ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    this.ws.on("error", () => undefined);
    this.ws.on("message", (data) => {
      const text = (data as Buffer).toString("utf8");
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      this.#queue.push({ text, json });
      this.#waiter?.();
    });
  }

  send(value: unknown): void {
    this.ws.send(JSON.stringify(value));
  }

  /** The next frame matching `predicate` (earlier non-matching frames are dropped). */
  async next(predicate: (frame: Frame) => boolean = () => true, timeoutMs = 2000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.#queue.length > 0) {
        const frame = this.#queue.shift()!;
        if (predicate(frame)) return frame;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error("timed out waiting for a frame");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.#waiter = undefined;
    }
  }

  /** Frames that arrive within `ms`. */
  async drain(ms = 100): Promise<Frame[]> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.#queue.splice(0);
  }

  close(): void {
    this.ws.close();
  }
}

/** Opens /stream and consumes the `connected` greeting. */
export async function connect(rig: LighterRig, clients: WsClient[]): Promise<WsClient> {
  const client = new WsClient(`${rig.ws}/stream`);
  clients.push(client);
  await client.opened;
  await client.next((f) => f.json?.type === "connected");
  return client;
}

export const ofType = (type: string) => (frame: Frame) => frame.json?.type === type;

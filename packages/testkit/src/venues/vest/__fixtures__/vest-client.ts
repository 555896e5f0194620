import { type Hex, keccak256 } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { WebSocket } from "ws";
import { type Harness, startHarness } from "../../../server/index.js";
import { VEST_TEST_CREDENTIALS, type VestTestCredentials } from "../credentials.js";
import { DEFAULT_VEST_MARKETS, type VestMarketConfig } from "../markets.js";
import type { VestSimulatorOptions } from "../options.js";
import { cancelMessageHash, lpMessageHash, orderMessageHash, withdrawRequestArgs } from "../signatures.js";
import { manualVestSimulator, type VestSimulator } from "../simulator.js";

/** Default markets frozen (no walk) with a small house ladder, so tests know the book. */
export const QUIET_MARKETS: VestMarketConfig[] = DEFAULT_VEST_MARKETS.map((m) => ({
  ...m,
  priceWalkTicks: 0,
  marketMaker: m.symbol === "BTC-PERP" ? { levels: 3, spacingTicks: 100, sizePerLevel: "0.5000" } : false,
}));

export interface VestRig {
  readonly sim: VestSimulator & { readonly clock: import("../../../engine/index.js").ManualClock };
  readonly harness: Harness;
  readonly http: string;
  readonly ws: string;
  close(): Promise<void>;
}

export async function startVest(options: Omit<VestSimulatorOptions, "clock"> = {}): Promise<VestRig> {
  const sim = manualVestSimulator({ markets: QUIET_MARKETS, ...options });
  const harness = await startHarness({ protocols: [sim], admin: false, onError: (e) => console.error(e) });
  const urls = harness.urls.vest!;
  return { sim, harness, http: urls.http, ws: urls.ws, close: () => harness.close() };
}

export interface CallOptions {
  method?: string;
  query?: Record<string, string | number>;
  body?: unknown;
  rawBody?: string;
  apiKey?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  body: any;
}

/** One REST call with plain fetch. */
export async function call(rig: VestRig, path: string, options: CallOptions = {}): Promise<CallResult> {
  const url = new URL(`${rig.http}/v2${path}`);
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, String(v));
  const headers: Record<string, string> = { ...options.headers };
  if (options.apiKey !== undefined) headers["x-api-key"] = options.apiKey;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] = "application/json";
  }
  const response = await fetch(url, {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  return { status: response.status, body: text === "" ? undefined : JSON.parse(text) };
}

async function sign(privateKey: Hex, hash: Hex): Promise<Hex> {
  return privateKeyToAccount(privateKey).signMessage({ message: { raw: hash } });
}

export interface OrderFields {
  time: number;
  nonce: number;
  symbol: string;
  isBuy: boolean;
  size: string;
  orderType: "LIMIT" | "MARKET";
  limitPrice: string;
  reduceOnly?: boolean;
  timeInForce?: string;
  tpPrice?: string;
  slPrice?: string;
}

/** A `POST /orders` body signed by `creds`' signing key (TP/SL children with the parent's nonce). */
export async function signedOrder(
  fields: OrderFields,
  creds: VestTestCredentials = VEST_TEST_CREDENTIALS,
  recvWindow = 60_000,
) {
  const reduceOnly = fields.reduceOnly ?? false;
  const signed = { ...fields, reduceOnly };
  const order: Record<string, unknown> = { ...signed };
  const child = (orderType: string, price: string) =>
    sign(
      creds.signingPrivateKey,
      orderMessageHash({ ...signed, orderType, isBuy: !fields.isBuy, limitPrice: price, reduceOnly: true }),
    );
  if (fields.tpPrice !== undefined) order.tpSignature = await child("TAKE_PROFIT", fields.tpPrice);
  if (fields.slPrice !== undefined) order.slSignature = await child("STOP_LOSS", fields.slPrice);
  return { order, recvWindow, signature: await sign(creds.signingPrivateKey, orderMessageHash(signed)) };
}

export async function signedCancel(
  fields: { time: number; nonce: number; id: string },
  creds: VestTestCredentials = VEST_TEST_CREDENTIALS,
) {
  return {
    order: fields,
    recvWindow: 60_000,
    signature: await sign(creds.signingPrivateKey, cancelMessageHash(fields.time, fields.nonce, fields.id)),
  };
}

export async function signedLp(
  fields: { time: number; nonce: number; orderType: string; size: string },
  creds: VestTestCredentials = VEST_TEST_CREDENTIALS,
) {
  const hash = lpMessageHash(fields.time, fields.nonce, fields.orderType, fields.size);
  return { order: fields, recvWindow: 60_000, signature: await sign(creds.signingPrivateKey, hash) };
}

export async function signedWithdraw(
  fields: { time: number; nonce: number; recipient: Hex; size: number; chainId: number },
  tokenAddress: Hex,
  creds: VestTestCredentials = VEST_TEST_CREDENTIALS,
) {
  const args = withdrawRequestArgs({
    ...fields,
    account: creds.primaryAddress,
    token: tokenAddress,
    size: BigInt(fields.size),
  });
  return {
    order: { ...fields, token: "USDC" },
    execute: true,
    recvWindow: 60_000,
    signature: await sign(creds.signingPrivateKey, keccak256(args)),
  };
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

  static async open(url: string): Promise<WsClient> {
    const client = new WsClient(url);
    await client.opened;
    return client;
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

  /** Frames that arrive within `ms`, without waiting for any in particular. */
  async drain(ms = 100): Promise<Frame[]> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.#queue.splice(0);
  }

  close(): void {
    this.ws.close();
  }
}

export function channel(name: string) {
  return (frame: Frame) => frame.json?.channel === name;
}

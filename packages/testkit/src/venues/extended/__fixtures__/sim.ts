import { MAINNET_DOMAIN, type OrderInput, StarkSigner, signOrder } from "@perp/extended/signing";
import { WebSocket } from "ws";
import { ManualClock } from "../../../engine/index.js";
import { type Harness, startHarness } from "../../../server/index.js";
import { EXTENDED_TEST_ACCOUNT, type ExtendedTestCredentials } from "../credentials.js";
import { parseJson } from "../../shared/json.js";
import { defaultExtendedMarkets } from "../markets.js";
import { createExtendedSimulator, type ExtendedSimOptions, type ExtendedSimulator } from "../protocol.js";

/** Test rig: the Extended protocol on a harness with a manual clock and manual ticks/flushes. */
export interface Rig {
  harness: Harness;
  sim: ExtendedSimulator;
  clock: ManualClock;
  http: string;
  ws: string;
  close(): Promise<void>;
}

export const START = Date.UTC(2025, 0, 1);
export const USER_AGENT = "perp-testkit-tests/1.0";

export async function startRig(options: ExtendedSimOptions = {}): Promise<Rig> {
  const clock = new ManualClock(START);
  const sim = createExtendedSimulator({
    clock,
    tickIntervalMs: false,
    streamFlushIntervalMs: false,
    pingIntervalMs: false,
    ...options,
  });
  const harness = await startHarness({ protocols: [sim], admin: false });
  const urls = harness.urls.extended!;
  return { harness, sim, clock, http: urls.http, ws: urls.ws, close: () => harness.close() };
}

/** Parsed wire JSON; tests pin its shape with assertions. */
export type Wire = any;

export interface ApiResult {
  status: number;
  json: Wire;
  text: string;
}

/** Raw fetch of /api/v1<path> with a User-Agent, the API key when given, and a JSON body. */
export async function api(
  rig: Rig,
  method: string,
  path: string,
  options: { key?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResult> {
  const headers: Record<string, string> = { "user-agent": USER_AGENT, ...options.headers };
  if (options.key !== undefined) headers["x-api-key"] = options.key;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${rig.http}/api/v1${path}`, {
    method,
    headers,
    ...(options.body === undefined
      ? {}
      : { body: typeof options.body === "string" ? options.body : JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text === "" ? undefined : parseJson(text), text };
}

const BTC = defaultExtendedMarkets()[0]!;

/** A signed order of the test account (BTC-USD by default), via the SDK signer. */
export function signedOrder(
  overrides: Partial<OrderInput> = {},
  credentials: ExtendedTestCredentials = EXTENDED_TEST_ACCOUNT,
  now = START,
) {
  const signer = StarkSigner.fromPrivateKey(credentials.starkPrivateKey);
  return signOrder(signer, {
    domain: MAINNET_DOMAIN,
    vault: credentials.vault,
    market: { name: BTC.name, l2Config: BTC.l2Config },
    type: "LIMIT",
    side: "BUY",
    qty: "0.01",
    price: "99990",
    fee: "0.00025",
    expiryEpochMillis: now + 3_600_000,
    ...overrides,
  });
}

/** A raw `ws` client that records every parsed frame. */
export class StreamClient {
  readonly socket: WebSocket;
  readonly messages: Wire[] = [];
  readonly #waiters: (() => void)[] = [];
  closed: { code: number; reason: string } | undefined;

  constructor(socket: WebSocket) {
    this.socket = socket;
    socket.on("message", (data) => {
      this.messages.push(parseJson(String(data)));
      for (const wake of this.#waiters.splice(0)) wake();
    });
    socket.on("close", (code, reason) => {
      this.closed = { code, reason: String(reason) };
      for (const wake of this.#waiters.splice(0)) wake();
    });
  }

  static connect(rig: Rig, path: string, headers: Record<string, string> = {}): Promise<StreamClient> {
    const socket = new WebSocket(`${rig.ws}/stream.extended.exchange/v1${path}`, {
      headers: { "user-agent": USER_AGENT, ...headers },
    });
    const client = new StreamClient(socket);
    return new Promise((resolve, reject) => {
      socket.once("open", () => resolve(client));
      socket.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      socket.once("error", reject);
    });
  }

  /** Waits until `count` messages arrived (or the socket closed). */
  async waitFor(count: number, timeoutMs = 2000): Promise<Wire[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count && this.closed === undefined) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out with ${this.messages.length}/${count} messages`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages;
  }

  async waitClosed(timeoutMs = 2000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (this.closed === undefined) {
      if (Date.now() > deadline) throw new Error("socket did not close");
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.closed;
  }

  /** Gives in-flight frames a moment to arrive (used to prove nothing more came). */
  async settle(ms = 50): Promise<void> {
    await new Promise((r) => setTimeout(r, ms));
  }

  close(): void {
    this.socket.close();
  }
}

import { LighterSigner } from "@perp/lighter/signing";
import { type SimulatorRig, startRig } from "../../shared/__fixtures__/rig.js";
import { type Frame, WsClient } from "../../shared/__fixtures__/ws-client.js";
import { LIGHTER_TEST_CREDENTIALS, type LighterTestCredentials } from "../credentials.js";
import { DEFAULT_LIGHTER_MARKETS, type LighterMarketConfig } from "../markets.js";
import type { LighterSimulatorOptions } from "../options.js";
import { type LighterSimulator, manualLighterSimulator } from "../simulator.js";

export { type Frame, WsClient };

/** Frozen marks and a small maker ladder on ETH only, so tests know the book. */
export const QUIET_MARKETS: LighterMarketConfig[] = DEFAULT_LIGHTER_MARKETS.map((m) => ({
  ...m,
  priceWalkTicks: 0,
  marketMaker: m.symbol === "ETH" ? { levels: 3, spacingTicks: 100, sizePerLevel: "0.5000" } : false,
}));

export type LighterRig = SimulatorRig<LighterSimulator>;

export function startLighter(options: Omit<LighterSimulatorOptions, "clock"> = {}): Promise<LighterRig> {
  return startRig(manualLighterSimulator({ markets: QUIET_MARKETS, ...options }));
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


/** Opens /stream and consumes the `connected` greeting. */
export async function connect(rig: LighterRig, clients: WsClient[]): Promise<WsClient> {
  const client = new WsClient(`${rig.ws}/stream`);
  clients.push(client);
  await client.opened;
  await client.next((f) => f.json?.type === "connected");
  return client;
}

export const ofType = (type: string) => (frame: Frame) => frame.json?.type === type;

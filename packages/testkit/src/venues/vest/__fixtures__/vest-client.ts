import { type Hex, keccak256 } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { type SimulatorRig, startRig } from "../../shared/__fixtures__/rig.js";
import { type Frame, WsClient } from "../../shared/__fixtures__/ws-client.js";
import { VEST_TEST_CREDENTIALS, type VestTestCredentials } from "../credentials.js";
import { DEFAULT_VEST_MARKETS, type VestMarketConfig } from "../markets.js";
import type { VestSimulatorOptions } from "../options.js";
import { cancelMessageHash, lpMessageHash, orderMessageHash, withdrawRequestArgs } from "../signatures.js";
import { manualVestSimulator, type VestSimulator } from "../simulator.js";

export { type Frame, WsClient };

/** Default markets frozen (no walk) with a small house ladder, so tests know the book. */
export const QUIET_MARKETS: VestMarketConfig[] = DEFAULT_VEST_MARKETS.map((m) => ({
  ...m,
  priceWalkTicks: 0,
  marketMaker: m.symbol === "BTC-PERP" ? { levels: 3, spacingTicks: 100, sizePerLevel: "0.5000" } : false,
}));

export type VestRig = SimulatorRig<VestSimulator>;

export function startVest(options: Omit<VestSimulatorOptions, "clock"> = {}): Promise<VestRig> {
  return startRig(manualVestSimulator({ markets: QUIET_MARKETS, ...options }));
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


export function channel(name: string) {
  return (frame: Frame) => frame.json?.channel === name;
}

import {
  AbortedError,
  InsufficientMarginError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  VenueApiError,
  WebSocketError,
} from "@perp/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Frame, ReplayServer, until } from "../../../test/frames/replay-server.js";
import { LighterNonceManager } from "../../nonce/nonce-manager.js";
import { sendWithNonce } from "../../nonce/send-with-nonce.js";
import { LighterSigner } from "../../signing/signer.js";
import type { SignedTx } from "../../signing/tx/sign.js";
import { LighterWsClient } from "../client.js";

const KEY = "8ab9c4b4c64520db1a401ab8b355b12daf8c2e1d344069b3b4d1ca6770dde7ce593aa7f95f44bb6a";
const signer = LighterSigner.fromPrivateKey(KEY, {
  accountIndex: 281474976710000n,
  apiKeyIndex: 4,
  chainId: 304,
});
const other = LighterSigner.fromPrivateKey(KEY, { accountIndex: 12, apiKeyIndex: 4, chainId: 304 });

const order = (nonce: number | bigint, s = signer) =>
  s.createOrder({
    MarketIndex: 0,
    ClientOrderIndex: 281474976710655n,
    BaseAmount: 1000,
    Price: 300000,
    IsAsk: 0,
    Type: 0,
    TimeInForce: 1,
    ReduceOnly: 0,
    TriggerPrice: 0,
    OrderExpiry: 1893456000000,
    Nonce: nonce,
    ExpiredAt: 1893456000000,
  });

let server: ReplayServer;
let client: LighterWsClient;
/** Answers each tx frame; default: success with a hash derived from the request id. */
let answer: (frame: Frame & { data: Record<string, unknown> }) => Frame | Frame[] | undefined;

beforeEach(async () => {
  server = await ReplayServer.start();
  answer = (frame) => ({ type: frame.type, id: frame.data.id, code: 200, tx_hash: `hash-${frame.data.id}` });
  client = new LighterWsClient({ url: server.url, reconnect: { initialDelayMs: 10 }, random: () => 0.5 });
  await client.connect();
  serveTx();
});

/** Makes the newest server socket answer tx frames through `answer`. */
function serveTx(): void {
  const socket = server.live;
  socket.on("message", (data) => {
    const frame = JSON.parse(String(data)) as Frame & { data: Record<string, unknown> };
    if (typeof frame.type !== "string" || !frame.type.startsWith("jsonapi/")) return;
    const replies = answer(frame);
    for (const reply of replies === undefined ? [] : Array.isArray(replies) ? replies : [replies]) {
      socket.send(JSON.stringify(reply));
    }
  });
}

afterEach(async () => {
  await client.close();
  await server.close();
});

const txFrames = () => server.received.filter((f) => String(f.type).startsWith("jsonapi/"));

describe("LighterWsTxSender", () => {
  it("sends jsonapi/sendtx with tx_info as the JSON object, verbatim", async () => {
    const tx = order(7);
    const result = await client.tx.sendTx(tx);
    const [frame] = txFrames();
    const data = frame?.data as Record<string, unknown>;
    expect(frame?.type).toBe("jsonapi/sendtx");
    expect(data.tx_type).toBe(14);
    expect(data.tx_info).toMatchObject({ AccountIndex: 281474976710000, Nonce: 7 });
    const raw = server.rawReceived.find((t) => t.includes("jsonapi/sendtx")) ?? "";
    expect(raw).toContain(`"tx_info":${tx.txInfo}`);
    expect(raw).toContain('"ClientOrderIndex":281474976710655');
    expect(result.txHash).toBe(`hash-${data.id}`);
    expect(client.tx.pending).toBe(0);
  });

  it("can send tx_info as a JSON string instead", async () => {
    const strings = new LighterWsClient({ url: server.url, tx: { txInfoEncoding: "string" } });
    try {
      await strings.connect();
      serveTx();
      const tx = order(1);
      await strings.tx.sendTx(tx);
      const data = txFrames().at(-1)?.data as Record<string, unknown> | undefined;
      expect(data?.tx_info).toBe(tx.txInfo);
    } finally {
      await strings.close();
    }
  });

  it("matches replies by id when they come out of order among stream frames", async () => {
    const held: Frame[] = [];
    answer = (frame) => {
      held.push({ type: frame.type, id: frame.data.id, code: 200, tx_hash: `hash-${frame.data.id}` });
      if (held.length < 2) return undefined;
      return [held[1]!, { type: "update/height", channel: "height", height: 5 }, held[0]!];
    };
    const [a, b] = await Promise.all([client.tx.sendTx(order(1)), client.tx.sendTx(order(2))]);
    const ids = txFrames().map((f) => (f.data as Record<string, unknown>).id);
    expect(a.txHash).toBe(`hash-${ids[0]}`);
    expect(b.txHash).toBe(`hash-${ids[1]}`);
  });

  it("matches replies without an id first-in-first-out", async () => {
    let n = 0;
    answer = (frame) => ({ type: frame.type, code: 200, tx_hash: `fifo-${++n}` });
    const [a, b] = await Promise.all([client.tx.sendTx(order(1)), client.tx.sendTx(order(2))]);
    expect([a.txHash, b.txHash]).toEqual(["fifo-1", "fifo-2"]);
  });

  it("maps error replies through the REST error table", async () => {
    answer = (frame) => ({ type: frame.type, id: frame.data.id, code: 21104, message: "invalid nonce" });
    await expect(client.tx.sendTx(order(1))).rejects.toMatchObject({
      name: "VenueApiError",
      venueCode: 21104,
      venueMessage: "invalid nonce",
    });
    answer = (frame) => ({
      id: frame.data.id,
      error: { code: 21739, message: "not enough margin to create the order" },
    });
    await expect(client.tx.sendTx(order(1))).rejects.toBeInstanceOf(InsufficientMarginError);
    answer = (frame) => ({
      type: frame.type,
      id: frame.data.id,
      code: 21506,
      message: "too many pending txs",
    });
    await expect(client.tx.sendTx(order(1))).rejects.toBeInstanceOf(RateLimitError);
    answer = (frame) => ({ type: frame.type, id: frame.data.id, error: "bad tx" });
    const error = await client.tx.sendTx(order(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VenueApiError);
    expect((error as VenueApiError).venueMessage).toBe("bad tx");
  });

  it("sends a batch with string tx_types and double-encoded tx_infos", async () => {
    answer = (frame) => ({ type: frame.type, id: frame.data.id, code: 200, tx_hash: ["h1", "h2"] });
    const txs = [order(10), order(11)];
    const result = await client.tx.sendTxBatch(txs);
    const data = txFrames()[0]?.data as Record<string, unknown>;
    expect(txFrames()[0]?.type).toBe("jsonapi/sendtxbatch");
    expect(data.tx_types).toBe("[14,14]");
    expect(JSON.parse(String(data.tx_infos))).toEqual(txs.map((tx) => tx.txInfo));
    expect(result.txHashes).toEqual(["h1", "h2"]);
  });

  it("checks batch rules before sending", async () => {
    await expect(client.tx.sendTxBatch([order(1), order(2, other)])).rejects.toBeInstanceOf(ValidationError);
    await expect(client.tx.sendTxBatch([order(2), order(2)])).rejects.toThrow(/nonces must increase/);
    await expect(client.tx.sendTxBatch([])).rejects.toBeInstanceOf(ValidationError);
    const many = Array.from({ length: 16 }, (_, i) => ({
      txType: 14,
      txInfo: `{"AccountIndex":1,"ApiKeyIndex":4,"Nonce":${i}}`,
    }));
    await expect(client.tx.sendTxBatch(many)).rejects.toThrow(/1 to 15/);
    await expect(client.tx.sendTx({ txType: 14, txInfo: "{nope" })).rejects.toBeInstanceOf(ValidationError);
    expect(txFrames()).toEqual([]);
  });

  it("times out, and ignores the late reply", async () => {
    const late: Frame[] = [];
    answer = (frame) => {
      late.push({ type: frame.type, id: frame.data.id, code: 200, tx_hash: "late" });
      return undefined;
    };
    await expect(client.tx.sendTx(order(1), { timeoutMs: 30 })).rejects.toBeInstanceOf(TimeoutError);
    expect(client.tx.pending).toBe(0);
    server.send(late[0]!);
    answer = (frame) => ({ type: frame.type, id: frame.data.id, code: 200, tx_hash: "fresh" });
    expect((await client.tx.sendTx(order(2))).txHash).toBe("fresh");
  });

  it("rejects with AbortedError when aborted while waiting", async () => {
    answer = () => undefined;
    const controller = new AbortController();
    const pending = client.tx.sendTx(order(1), { signal: controller.signal });
    await until(() => txFrames().length === 1);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortedError);
    await expect(client.tx.sendTx(order(1), { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      AbortedError,
    );
    expect(txFrames()).toHaveLength(1);
  });

  it("fails waiting requests with WebSocketError when the connection drops", async () => {
    answer = () => undefined;
    const pending = client.tx.sendTx(order(1));
    await until(() => txFrames().length === 1);
    server.dropAll();
    await expect(pending).rejects.toBeInstanceOf(WebSocketError);
  });

  it("drives sendWithNonce: a nonce rejection resyncs and the retry goes through", async () => {
    const venue = { next: 100n, fetches: 0 };
    answer = (frame) => {
      const info = frame.data.tx_info as Record<string, unknown>;
      const nonce = BigInt(info.Nonce as number);
      if (nonce !== venue.next)
        return { type: frame.type, id: frame.data.id, code: 21104, message: "invalid nonce" };
      venue.next++;
      return { type: frame.type, id: frame.data.id, code: 200, tx_hash: `hash-${nonce}` };
    };
    const manager = new LighterNonceManager({
      accountIndex: signer.accountIndex,
      apiKeyIndex: signer.apiKeyIndex,
      fetchNextNonce: async () => {
        venue.fetches++;
        return venue.next;
      },
    });
    const send = (tx: SignedTx, signal?: AbortSignal) =>
      client.tx.sendTx(tx, signal === undefined ? {} : { signal });
    const build = (s: LighterSigner, nonce: bigint) => order(nonce, s);
    const first = await Promise.all([1, 2, 3].map(() => sendWithNonce(manager, signer, build, send)));
    expect(first.map((r) => r.txHash)).toEqual(["hash-100", "hash-101", "hash-102"]);
    venue.next = 200n; // the key was used elsewhere
    expect((await sendWithNonce(manager, signer, build, send)).txHash).toBe("hash-200");
    expect(venue.fetches).toBe(2);
  });
});

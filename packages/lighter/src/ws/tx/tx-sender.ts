/**
 * Sends signed transactions over the stream connection and matches each reply to its request:
 * by the echoed `id` (every frame carries one), or first-in-first-out for a reply without an id
 * (reference §3.5: replies can interleave with subscription traffic). A request fails with the
 * venue's error mapped like the REST client's, with TimeoutError when no reply comes in time, with
 * WebSocketError when the connection drops first, or with AbortedError; the last three leave the
 * outcome unknown (see classifyTxFailure). Tx frames are exempt from the venue's message limits.
 */
import { AbortedError, type PerpError, TimeoutError, WebSocketError } from "@perp/core";
import type { LighterWsClient } from "../client.js";
import {
  DEFAULT_WS_TX_BATCH_LIMIT,
  sendTxBatchFrame,
  sendTxFrame,
  type TxInfoEncoding,
  type WsSignedTx,
} from "./frames.js";
import { type LighterWsTxReply, readTxReply, txReplyError } from "./replies.js";

export interface LighterWsTxSenderOptions {
  /** Time to wait for a reply. Default 10 s. */
  timeoutMs?: number;
  /** How sendtx carries tx_info (see TxInfoEncoding). Default "object". */
  txInfoEncoding?: TxInfoEncoding;
  /** Most transactions per batch frame: 15 per the asyncapi mirror (one docs page says 50). */
  maxBatchSize?: number;
}

export interface LighterWsTxCallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface LighterWsTxResult {
  /** The venue's tx hash (undefined only if a success reply carried none). */
  txHash: string | undefined;
  predictedExecutionTimeMs: number | undefined;
  raw: unknown;
}

export interface LighterWsTxBatchResult {
  txHashes: string[];
  predictedExecutionTimeMs: number | undefined;
  raw: unknown;
}

const DEFAULT_TIMEOUT_MS = 10_000;

interface Request {
  id: string;
  what: string;
  settled: boolean;
  resolve(reply: LighterWsTxReply): void;
  reject(error: PerpError): void;
  cleanup(): void;
}

let senderCount = 0;

export class LighterWsTxSender {
  readonly #client: LighterWsClient;
  readonly #timeoutMs: number;
  readonly #encoding: TxInfoEncoding;
  readonly #maxBatch: number;
  readonly #prefix: string;
  readonly #requests = new Map<string, Request>();
  /** Requests in send order, for replies without an id; settled ones stay until a reply consumes them. */
  #order: Request[] = [];
  #nextId = 1;
  readonly #detach: (() => void)[];

  constructor(client: LighterWsClient, options: LighterWsTxSenderOptions = {}) {
    this.#client = client;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#encoding = options.txInfoEncoding ?? "object";
    this.#maxBatch = options.maxBatchSize ?? DEFAULT_WS_TX_BATCH_LIMIT;
    this.#prefix = `tx${++senderCount}-`;
    this.#detach = [
      client.on("message", (message) => this.#onMessage(message)),
      client.on("close", (code, reason) =>
        this.#failAll(
          new WebSocketError(
            `Lighter stream closed (${code}${reason ? ` ${reason}` : ""}) before a transaction reply; the outcome is unknown`,
            { venue: "lighter", closeCode: code, closeReason: reason },
          ),
        ),
      ),
    ];
  }

  /** Requests sent and not yet answered. */
  get pending(): number {
    return this.#requests.size;
  }

  /** `jsonapi/sendtx`: one signed transaction; resolves with its hash once the venue accepted it. */
  async sendTx(tx: WsSignedTx, options: LighterWsTxCallOptions = {}): Promise<LighterWsTxResult> {
    const id = this.#newId();
    const reply = await this.#request(id, "WS sendtx", sendTxFrame(id, tx, this.#encoding), options);
    return {
      txHash: reply.txHashes[0],
      predictedExecutionTimeMs: reply.predictedExecutionTimeMs,
      raw: reply.raw,
    };
  }

  /** `jsonapi/sendtxbatch`: up to `maxBatchSize` transactions of one key with increasing nonces. */
  async sendTxBatch(
    txs: readonly WsSignedTx[],
    options: LighterWsTxCallOptions = {},
  ): Promise<LighterWsTxBatchResult> {
    const id = this.#newId();
    const reply = await this.#request(
      id,
      "WS sendtxbatch",
      sendTxBatchFrame(id, txs, this.#maxBatch),
      options,
    );
    return {
      txHashes: reply.txHashes,
      predictedExecutionTimeMs: reply.predictedExecutionTimeMs,
      raw: reply.raw,
    };
  }

  /** Fails every waiting request (outcome unknown) and stops listening. */
  close(): void {
    for (const detach of this.#detach.splice(0)) detach();
    this.#failAll(
      new WebSocketError("Lighter transaction sender closed before a reply", { venue: "lighter" }),
    );
  }

  #newId(): string {
    return `${this.#prefix}${this.#nextId++}`;
  }

  /**
   * Sends without yielding when the connection is open, so concurrent callers' frames leave in
   * call order (what nonce ordering relies on).
   */
  async #request(
    id: string,
    what: string,
    frame: string,
    options: LighterWsTxCallOptions,
  ): Promise<LighterWsTxReply> {
    const { signal } = options;
    if (signal?.aborted)
      throw new AbortedError(`Lighter ${what} aborted`, { venue: "lighter", cause: signal.reason });
    const transport = this.#client.transport;
    if (transport.state !== "open") await this.#client.connect(signal);
    const timeoutMs = options.timeoutMs ?? this.#timeoutMs;
    return new Promise<LighterWsTxReply>((resolve, reject) => {
      const onAbort = () =>
        fail(
          new AbortedError(`Lighter ${what} aborted; the outcome is unknown`, {
            venue: "lighter",
            cause: signal?.reason,
          }),
        );
      const timer = setTimeout(
        () =>
          fail(
            new TimeoutError(`Lighter ${what} got no reply within ${timeoutMs} ms; the outcome is unknown`, {
              venue: "lighter",
              status: 0,
              method: "WS",
              url: this.#client.url,
            }),
          ),
        timeoutMs,
      );
      const request: Request = {
        id,
        what,
        settled: false,
        resolve,
        reject,
        cleanup: () => {
          request.settled = true;
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
          this.#requests.delete(id);
        },
      };
      const fail = (error: PerpError) => {
        if (request.settled) return;
        request.cleanup();
        reject(error);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#requests.set(id, request);
      this.#order.push(request);
      transport.send(frame).catch((cause: unknown) => {
        this.#order = this.#order.filter((r) => r !== request);
        fail(
          cause instanceof WebSocketError || cause instanceof AbortedError
            ? cause
            : new WebSocketError(`Could not send Lighter ${what}`, { venue: "lighter", cause }),
        );
      });
    });
  }

  #onMessage(message: unknown): void {
    const reply = readTxReply(message, (id) => this.#requests.has(id));
    if (reply === undefined) return;
    let request: Request | undefined;
    if (reply.id !== undefined) {
      request = this.#requests.get(reply.id);
      // The venue echoes ids, so the FIFO fallback is moot: forget what it kept for it.
      this.#order = this.#order.filter((r) => r.id !== reply.id && !r.settled);
    } else {
      request = this.#order.shift();
    }
    if (request === undefined || request.settled) return;
    request.cleanup();
    if (reply.failed) request.reject(txReplyError(reply, request.what));
    else request.resolve(reply);
  }

  #failAll(error: PerpError): void {
    const waiting = [...this.#requests.values()];
    this.#order = [];
    for (const request of waiting) {
      request.cleanup();
      request.reject(error);
    }
  }
}

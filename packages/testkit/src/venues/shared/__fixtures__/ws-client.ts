import { WebSocket } from "ws";

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

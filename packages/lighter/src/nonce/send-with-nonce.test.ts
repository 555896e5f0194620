import { InsufficientMarginError, TimeoutError, ValidationError, VenueApiError } from "@perp/core";
import { describe, expect, it } from "vitest";
import { LighterSigner } from "../signing/signer.js";
import type { SignedTx } from "../signing/tx/sign.js";
import { LighterNonceManager } from "./nonce-manager.js";
import { type BuildTx, sendWithNonce } from "./send-with-nonce.js";

const KEY = "8ab9c4b4c64520db1a401ab8b355b12daf8c2e1d344069b3b4d1ca6770dde7ce593aa7f95f44bb6a";
const signer = LighterSigner.fromPrivateKey(KEY, { accountIndex: 9, apiKeyIndex: 4, chainId: 304 });

const cancel: BuildTx<SignedTx<"L2CancelOrder">> = (s, nonce) =>
  s.cancelOrder({ MarketIndex: 0, Index: 1234, Nonce: nonce, ExpiredAt: 1893456000000 });

const nonceOf = (tx: SignedTx) => BigInt(/"Nonce":(\d+)/.exec(tx.txInfo)?.[1] ?? "-1");

function invalidNonce(): VenueApiError {
  return new VenueApiError("Lighter failed with code 21104: invalid nonce", {
    venue: "lighter",
    venueCode: 21104,
    venueMessage: "invalid nonce",
  });
}

/**
 * One connection to a venue that checks nonces in arrival order (the order `send` is called) and
 * answers a little later, as a sequencer behind a socket does.
 */
function fakeVenue(start: bigint) {
  const state = { next: start, fetches: 0, arrived: [] as bigint[], failNext: undefined as unknown };
  const fetchNextNonce = async () => {
    state.fetches++;
    await new Promise((resolve) => setTimeout(resolve, 1));
    return state.next;
  };
  const send = (tx: SignedTx): Promise<string> => {
    const nonce = nonceOf(tx);
    state.arrived.push(nonce);
    const failure = state.failNext;
    state.failNext = undefined;
    const ok = failure === undefined && nonce === state.next;
    if (ok) state.next++;
    return new Promise((resolve, reject) =>
      setTimeout(() => (ok ? resolve(`hash-${nonce}`) : reject(failure ?? invalidNonce())), 2),
    );
  };
  const manager = new LighterNonceManager({ accountIndex: 9, apiKeyIndex: 4, fetchNextNonce });
  return { state, send, manager };
}

describe("sendWithNonce", () => {
  it("sends concurrent transactions with distinct consecutive nonces, in nonce order", async () => {
    const { state, send, manager } = fakeVenue(500n);
    const hashes = await Promise.all(
      Array.from({ length: 8 }, () => sendWithNonce(manager, signer, cancel, send)),
    );
    expect(hashes).toEqual(Array.from({ length: 8 }, (_, i) => `hash-${500 + i}`));
    expect(state.arrived).toEqual(Array.from({ length: 8 }, (_, i) => 500n + BigInt(i)));
    expect(state.fetches).toBe(1);
  });

  it("retries once with a resynced nonce after a nonce rejection", async () => {
    const { state, send, manager } = fakeVenue(500n);
    await sendWithNonce(manager, signer, cancel, send);
    state.next = 640n; // the key was used elsewhere
    expect(await sendWithNonce(manager, signer, cancel, send)).toBe("hash-640");
    expect(state.arrived).toEqual([500n, 501n, 640n]);
    expect(state.fetches).toBe(2);
  });

  it("gives up after one retry", async () => {
    const { state, manager } = fakeVenue(500n);
    const alwaysStale = (tx: SignedTx) => {
      state.arrived.push(nonceOf(tx));
      return Promise.reject(invalidNonce());
    };
    await expect(sendWithNonce(manager, signer, cancel, alwaysStale)).rejects.toMatchObject({
      venueCode: 21104,
    });
    expect(state.arrived).toEqual([500n, 500n]);
    expect(state.fetches).toBe(2);
  });

  it("does not retry other errors, and reuses the refused nonce", async () => {
    const { state, send, manager } = fakeVenue(500n);
    state.failNext = new InsufficientMarginError("no margin", {
      venue: "lighter",
      venueCode: 21739,
      venueMessage: "not enough margin to create the order",
    });
    await expect(sendWithNonce(manager, signer, cancel, send)).rejects.toBeInstanceOf(
      InsufficientMarginError,
    );
    expect(await sendWithNonce(manager, signer, cancel, send)).toBe("hash-500");
    expect(state.arrived).toEqual([500n, 500n]);
    expect(state.fetches).toBe(1);
  });

  it("after a timeout, resyncs instead of reusing the nonce", async () => {
    const { state, send, manager } = fakeVenue(500n);
    const timingOut = (tx: SignedTx) => {
      void send(tx).catch(() => {}); // reaches the venue, but the reply is lost
      return Promise.reject(new TimeoutError("slow", { status: 0, method: "POST", url: "https://x" }));
    };
    await expect(sendWithNonce(manager, signer, cancel, timingOut)).rejects.toBeInstanceOf(TimeoutError);
    expect(await sendWithNonce(manager, signer, cancel, send)).toBe("hash-501");
    expect(state.arrived).toEqual([500n, 501n]);
    expect(state.fetches).toBe(2);
  });

  it("hands the nonce back when the transaction cannot be built", async () => {
    const { state, send, manager } = fakeVenue(500n);
    const bad: BuildTx<SignedTx<"L2CancelOrder">> = (s, nonce) =>
      s.cancelOrder({ MarketIndex: 99999, Index: 1, Nonce: nonce });
    await expect(sendWithNonce(manager, signer, bad, send)).rejects.toBeInstanceOf(ValidationError);
    expect(await sendWithNonce(manager, signer, cancel, send)).toBe("hash-500");
    expect(state.arrived).toEqual([500n]);
  });

  it("does not retry once aborted", async () => {
    const { state, send, manager } = fakeVenue(500n);
    const controller = new AbortController();
    const abortingSend = (tx: SignedTx) => {
      controller.abort();
      state.next = 700n;
      return send(tx);
    };
    await expect(
      sendWithNonce(manager, signer, cancel, abortingSend, { signal: controller.signal }),
    ).rejects.toMatchObject({ venueCode: 21104 });
    expect(state.arrived).toEqual([500n]);
  });

  it("refuses a signer of another key", async () => {
    const { send, manager } = fakeVenue(500n);
    const other = LighterSigner.fromPrivateKey(KEY, { accountIndex: 9, apiKeyIndex: 5, chainId: 304 });
    await expect(sendWithNonce(manager, other, cancel, send)).rejects.toBeInstanceOf(ValidationError);
  });
});

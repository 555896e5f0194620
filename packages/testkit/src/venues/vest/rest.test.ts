import { privateKeyToAccount } from "viem/accounts";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  call,
  signedCancel,
  signedLp,
  signedOrder,
  signedWithdraw,
  startVest,
  type VestRig,
} from "./__fixtures__/vest-client.js";
import {
  VEST_TEST_CREDENTIALS as ALICE,
  VEST_COUNTERPARTY_CREDENTIALS as BOB,
  vestTestCredentials,
} from "./credentials.js";
import { SIGNER_PROOF_TYPES, signerProofDomain } from "./signatures.js";

let rig: VestRig;
let nonce = 0;
const now = () => rig.sim.clock.now();
const next = () => ++nonce;

beforeEach(async () => {
  rig = await startVest();
});

afterEach(async () => {
  await rig.close();
});

/** A signed order through the real endpoint; returns the id. */
async function order(fields: Partial<Parameters<typeof signedOrder>[0]>, creds = ALICE): Promise<string> {
  const body = await signedOrder(
    {
      time: now(),
      nonce: next(),
      symbol: "BTC-PERP",
      isBuy: true,
      size: "0.1000",
      orderType: "LIMIT",
      limitPrice: "64000.00",
      ...fields,
    },
    creds,
  );
  const res = await call(rig, "/orders", { body, apiKey: creds.apiKey });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.id).toMatch(/^0x[0-9a-f]+$/);
  return res.body.id;
}

async function getOrder(id: string, creds = ALICE) {
  const res = await call(rig, "/orders", { query: { id, time: now() }, apiKey: creds.apiKey });
  expect(res.status).toBe(200);
  return res.body[0];
}

describe("Vest REST: public market data", () => {
  it("serves exchangeInfo with Vest's symbol shape and filter", async () => {
    const all = await call(rig, "/exchangeInfo");
    expect(all.status).toBe(200);
    expect(all.body.symbols.map((s: { symbol: string }) => s.symbol)).toEqual(["BTC-PERP", "ETH-PERP"]);
    expect(all.body.symbols[0]).toEqual({
      symbol: "BTC-PERP",
      displayName: "BTC-PERP",
      base: "BTC",
      quote: "USDC",
      sizeDecimals: 4,
      priceDecimals: 2,
      initMarginRatio: "0.02",
      maintMarginRatio: "0.01",
      takerFee: "0.0001",
      isolated: false,
    });
    expect(all.body.exchange).toEqual({ lp: "0.000000", insurance: "0.000000", collateralDecimals: 6 });
    const eth = await call(rig, "/exchangeInfo", { query: { symbols: "ETH-PERP" } });
    expect(eth.body.symbols).toHaveLength(1);
    const bad = await call(rig, "/exchangeInfo", { query: { symbols: "DOGE-PERP" } });
    expect(bad).toEqual({ status: 400, body: { code: 1121, msg: "Unknown symbol DOGE-PERP" } });
  });

  it("serves latest and 24h tickers", async () => {
    const latest = await call(rig, "/ticker/latest", { query: { symbols: "BTC-PERP" } });
    expect(latest.body.tickers).toEqual([
      {
        symbol: "BTC-PERP",
        markPrice: "65000.00",
        indexPrice: "65000.00",
        imbalance: "0.0000",
        oneHrFundingRate: "0.0000125",
        cumFunding: "0.000000000000",
        status: "TRADING",
      },
    ]);
    const day = await call(rig, "/ticker/24hr");
    expect(day.body.tickers[0]).toMatchObject({
      symbol: "BTC-PERP",
      openPrice: "65000.00",
      closePrice: "65000.00",
      volume: "0.0000",
      quoteVolume: "0.000000",
      priceChange: "0.00",
      priceChangePercent: "0.000",
      closeTime: now(),
      openTime: now() - 86_400_000,
    });
  });

  it("serves depth as [price, qty] strings matching the engine book, with limit bounds", async () => {
    const res = await call(rig, "/depth", { query: { symbol: "BTC-PERP", limit: 2 } });
    const book = rig.sim.engine.book("BTC-PERP", 2)!;
    expect(res.body.bids).toEqual(
      book.bids.map((l) => [Number(l.price).toFixed(2), Number(l.size).toFixed(4)]),
    );
    expect(res.body.asks).toHaveLength(2);
    expect(Number(res.body.bids[0][0])).toBeLessThan(Number(res.body.asks[0][0]));
    expect((await call(rig, "/depth", { query: { symbol: "BTC-PERP", limit: 101 } })).body.code).toBe(1130);
    const missing = await call(rig, "/depth");
    expect(missing.status).toBe(422);
    expect(missing.body.detail[0]).toMatchObject({ type: "missing", loc: ["query", "symbol"] });
  });

  it("serves trades, klines and funding history", async () => {
    await order({ orderType: "MARKET", limitPrice: "65100.00", size: "0.2000" });
    const trades = await call(rig, "/trades", { query: { symbol: "BTC-PERP" } });
    expect(trades.body).toHaveLength(1);
    expect(trades.body[0]).toMatchObject({ price: "65000.01", qty: "0.2000", quoteQty: "13000.002000" });
    expect(typeof trades.body[0].id).toBe("number");

    const klines = await call(rig, "/klines", { query: { symbol: "BTC-PERP", interval: "1m" } });
    const last = klines.body.at(-1);
    expect(last).toHaveLength(9);
    expect(last.slice(1, 5)).toEqual(["65000.00", "65000.01", "65000.00", "65000.01"]);
    expect(last[6]).toBe("0.2000");
    expect(last[8]).toBe(1);
    expect((await call(rig, "/klines", { query: { symbol: "BTC-PERP", interval: "7m" } })).body.code).toBe(
      1130,
    );

    rig.sim.clock.advance(2 * 3_600_000);
    rig.sim.tick();
    const funding = await call(rig, "/funding/history", { query: { symbol: "BTC-PERP", interval: "1h" } });
    expect(funding.body.at(-1)).toEqual({
      symbol: "BTC-PERP",
      time: expect.any(Number),
      oneHrFundingRate: "0.0000125",
    });
    expect(funding.body.length).toBeGreaterThanOrEqual(3);
    const ticker = await call(rig, "/ticker/latest", { query: { symbols: "BTC-PERP" } });
    // Two hourly payments of 0.0000125 × 65000 per unit.
    expect(ticker.body.tickers[0].cumFunding).toBe("1.625000000000");
  });

  it("answers unknown paths and methods like FastAPI", async () => {
    expect(await call(rig, "/orderbook")).toEqual({ status: 404, body: { detail: "Not Found" } });
    expect((await call(rig, "/exchangeInfo", { method: "POST", body: {} })).status).toBe(405);
  });
});

describe("Vest REST: authentication and account", () => {
  it("refuses a missing or unknown API key without echoing it", async () => {
    const missing = await call(rig, "/account", { query: { time: now() } });
    expect(missing).toEqual({ status: 401, body: { code: 1002, msg: "Unauthorized" } });
    const secret = "f".repeat(32);
    const wrong = await call(rig, "/account", { query: { time: now() }, apiKey: secret });
    expect(wrong.status).toBe(401);
    expect(JSON.stringify(wrong.body)).not.toContain(secret);
  });

  it("requires the time query on private GETs and checks the account group header", async () => {
    const noTime = await call(rig, "/account/nonce", { apiKey: ALICE.apiKey });
    expect(noTime).toEqual({
      status: 422,
      body: { detail: [{ type: "missing", loc: ["query", "time"], msg: "Field required", input: null }] },
    });
    const wrongGroup = await call(rig, "/account", {
      query: { time: now() },
      apiKey: ALICE.apiKey,
      headers: { xrestservermm: "restserver3" },
    });
    expect(wrongGroup.body.code).toBe(1146);
    const ok = await call(rig, "/account", {
      query: { time: now() },
      apiKey: ALICE.apiKey,
      headers: { xrestservermm: "restserver0" },
    });
    expect(ok.status).toBe(200);
  });

  it("renders /account, /account/nonce and leverage", async () => {
    const account = await call(rig, "/account", { query: { time: now() }, apiKey: ALICE.apiKey });
    expect(account.body).toMatchObject({
      address: ALICE.primaryAddress,
      balances: [{ asset: "USDC", total: "100000.000000", locked: "0.000000" }],
      collateral: "100000.000000",
      withdrawable: "100000.000000",
      totalAccountValue: "100000.000000",
      positions: [],
      leverages: [
        { symbol: "BTC-PERP", value: 50 },
        { symbol: "ETH-PERP", value: 25 },
      ],
      time: now(),
    });
    const lev = await call(rig, "/account/leverage", {
      body: { time: now(), symbol: "BTC-PERP", value: 10 },
      apiKey: ALICE.apiKey,
    });
    expect(lev.body).toEqual({ symbol: "BTC-PERP", value: 10 });
    const tooHigh = await call(rig, "/account/leverage", {
      body: { time: now(), symbol: "BTC-PERP", value: 51 },
      apiKey: ALICE.apiKey,
    });
    expect(tooHigh.body.code).toBe(1130);
    await order({ nonce: 77 });
    const nonceRes = await call(rig, "/account/nonce", { query: { time: now() }, apiKey: ALICE.apiKey });
    expect(nonceRes.body).toEqual({ lastNonce: 77 });
    const row = (await call(rig, "/orders", { query: { time: now() }, apiKey: ALICE.apiKey })).body[0];
    expect(row.initMarginRatio).toBe("0.1000");
  });

  it("registers a signing key against an EIP-712 proof from the primary wallet", async () => {
    const creds = vestTestCredentials("registration-test");
    const expiryTime = now() + 7 * 86_400_000;
    const proof = (contract: `0x${string}`, key: `0x${string}`) =>
      privateKeyToAccount(key).signTypedData({
        domain: signerProofDomain(contract),
        types: SIGNER_PROOF_TYPES,
        primaryType: "SignerProof",
        message: { approvedSigner: creds.signingAddress, signerExpiry: BigInt(expiryTime) },
      });
    const body = {
      signingAddr: creds.signingAddress.toLowerCase(),
      primaryAddr: creds.primaryAddress.toLowerCase(),
      signature: await proof("0x919386306C47b2Fe1036e3B4F7C40D22D2461a23", creds.primaryPrivateKey),
      expiryTime,
      networkType: 0,
    };
    const forged = await call(rig, "/register", {
      body: {
        ...body,
        signature: await proof("0x919386306C47b2Fe1036e3B4F7C40D22D2461a23", creds.signingPrivateKey),
      },
    });
    expect(forged).toEqual({ status: 400, body: { code: 1022, msg: "Invalid signature" } });
    const devRouter = await call(rig, "/register", {
      body: {
        ...body,
        signature: await proof("0x8E4D87AEf4AC4D5415C35A12319013e34223825B", creds.primaryPrivateKey),
      },
    });
    expect(devRouter.body.code).toBe(1022);
    expect((await call(rig, "/register", { body: { ...body, networkType: 1 } })).body.code).toBe(1024);

    const registered = await call(rig, "/register", { body });
    expect(registered.status).toBe(200);
    expect(registered.body).toEqual({ apiKey: expect.stringMatching(/^[0-9a-f]{32}$/), accGroup: 0 });
    const account = await call(rig, "/account", { query: { time: now() }, apiKey: registered.body.apiKey });
    expect(account.body.address).toBe(creds.primaryAddress);
    rig.sim.deposit(creds.primaryAddress, "1000");
    const id = await order({ size: "0.0010" }, { ...creds, apiKey: registered.body.apiKey });
    expect((await getOrder(id, { ...creds, apiKey: registered.body.apiKey })).status).toBe("NEW");
  });

  it("runs the listen-key lifecycle", async () => {
    const first = await call(rig, "/account/listenKey", { method: "POST", apiKey: ALICE.apiKey });
    expect(first.body.listenKey).toMatch(/^[0-9a-f]{32}$/);
    const again = await call(rig, "/account/listenKey", { method: "POST", apiKey: ALICE.apiKey });
    expect(again.body.listenKey).toBe(first.body.listenKey);
    expect((await call(rig, "/account/listenKey", { method: "PUT", apiKey: ALICE.apiKey })).body).toEqual(
      first.body,
    );
    expect((await call(rig, "/account/listenKey", { method: "DELETE", apiKey: ALICE.apiKey })).body).toEqual(
      {},
    );
    const put = await call(rig, "/account/listenKey", { method: "PUT", apiKey: ALICE.apiKey });
    expect(put).toEqual({
      status: 400,
      body: { code: 1125, msg: "Listen key expired. Make a POST request to create a new key." },
    });
    const fresh = await call(rig, "/account/listenKey", { method: "POST", apiKey: ALICE.apiKey });
    expect(fresh.body.listenKey).not.toBe(first.body.listenKey);
    rig.sim.clock.advance(3_600_001);
    expect((await call(rig, "/account/listenKey", { method: "PUT", apiKey: ALICE.apiKey })).body.code).toBe(
      1125,
    );
  });
});

describe("Vest REST: orders", () => {
  it("accepts a signed limit order that rests in the book, then fills against a crossing order", async () => {
    const id = await order({ limitPrice: "64990.00", size: "0.3000" });
    expect(await getOrder(id)).toMatchObject({
      id,
      symbol: "BTC-PERP",
      isBuy: true,
      orderType: "LIMIT",
      limitPrice: "64990.00",
      size: "0.3000",
      status: "NEW",
      code: null,
      lastFilledSize: null,
      avgFilledPrice: null,
      markPrice: "65000.00",
      postTime: now(),
      tpPrice: null,
    });
    const depth = await call(rig, "/depth", { query: { symbol: "BTC-PERP", limit: 100 } });
    expect(depth.body.bids).toContainEqual(["64990.00", "0.3000"]);

    // The house bids 3 × 0.5 above Alice; selling 1.8 down to her price takes them all and her order.
    await order({ isBuy: false, orderType: "MARKET", limitPrice: "64990.00", size: "1.8000" }, BOB);
    const filled = await getOrder(id);
    expect(filled).toMatchObject({
      status: "FILLED",
      lastFilledSize: "0.3000",
      lastFilledPrice: "64990.00",
      avgFilledPrice: "64990.00",
      fees: "1.949700",
      realizedPnl: "-1.949700",
    });
    const account = await call(rig, "/account", { query: { time: now() }, apiKey: ALICE.apiKey });
    expect(account.body.positions).toEqual([
      expect.objectContaining({ symbol: "BTC-PERP", isLong: true, size: "0.3000", entryPrice: "64990.00" }),
    ]);
  });

  it("rejects bad signatures, decimals, symbols and time windows synchronously", async () => {
    const base = {
      time: now(),
      nonce: next(),
      symbol: "BTC-PERP",
      isBuy: true,
      size: "0.1000",
      orderType: "LIMIT" as const,
      limitPrice: "64000.00",
    };
    const signedByBob = await signedOrder(base, BOB);
    expect(await call(rig, "/orders", { body: signedByBob, apiKey: ALICE.apiKey })).toEqual({
      status: 400,
      body: { code: 1022, msg: "Invalid signature" },
    });
    const good = await signedOrder(base);
    const tampered = { ...good, order: { ...good.order, size: "0.1001" } };
    expect((await call(rig, "/orders", { body: tampered, apiKey: ALICE.apiKey })).body.code).toBe(1022);
    const decimals = await signedOrder({ ...base, size: "0.10000" });
    expect((await call(rig, "/orders", { body: decimals, apiKey: ALICE.apiKey })).body.code).toBe(1111);
    const symbol = await signedOrder({ ...base, symbol: "XYZ-PERP" });
    expect((await call(rig, "/orders", { body: symbol, apiKey: ALICE.apiKey })).body.code).toBe(1121);
    const stale = await signedOrder({ ...base, time: now() - 70_000 });
    expect((await call(rig, "/orders", { body: stale, apiKey: ALICE.apiKey })).body.code).toBe(1132);
    const window = { ...good, recvWindow: 120_000 };
    expect((await call(rig, "/orders", { body: window, apiKey: ALICE.apiKey })).body.code).toBe(1131);
    const tif = await signedOrder({ ...base, timeInForce: "GTX" });
    expect((await call(rig, "/orders", { body: tif, apiKey: ALICE.apiKey })).body.code).toBe(1133);
    const invalid = await call(rig, "/orders", {
      body: { order: { symbol: "BTC-PERP" } },
      apiKey: ALICE.apiKey,
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.detail).toContainEqual(
      expect.objectContaining({ type: "missing", loc: ["body", "order", "time"] }),
    );
  });

  it("reports engine refusals asynchronously as REJECTED with Vest codes", async () => {
    const margin = await order({ size: "900.0000" });
    expect(await getOrder(margin)).toMatchObject({ status: "REJECTED", code: 3002 });
    const unfillable = await order({ orderType: "MARKET", limitPrice: "64000.00" });
    expect(await getOrder(unfillable)).toMatchObject({ status: "REJECTED", code: 3001 });
    const reduce = await order({ reduceOnly: true });
    expect(await getOrder(reduce)).toMatchObject({ status: "REJECTED", code: 3018 });
    const first = await order({ nonce: 500 });
    const duplicate = await order({ nonce: 500 });
    expect(first).not.toBe(duplicate);
    expect(await getOrder(duplicate)).toMatchObject({ status: "REJECTED", code: 3015 });
  });

  it("refuses expired signing keys, and stale nonces under the increasing-nonce rule", async () => {
    await rig.close();
    rig = await startVest({
      accounts: [{ ...ALICE, signerExpiry: 1, collateral: "1000" }],
      nonceRule: "increasing",
    });
    const fields = {
      time: now(),
      nonce: 10,
      symbol: "BTC-PERP",
      isBuy: true,
      size: "0.0010",
      orderType: "LIMIT" as const,
      limitPrice: "64000.00",
    };
    const byExpiredKey = await signedOrder(fields);
    expect(await call(rig, "/orders", { body: byExpiredKey, apiKey: ALICE.apiKey })).toEqual({
      status: 400,
      body: { code: 1022, msg: "Signing key expired" },
    });
    // The primary wallet may sign for itself.
    const byPrimary = await signedOrder(fields, {
      ...ALICE,
      signingPrivateKey: ALICE.primaryPrivateKey,
    });
    expect((await call(rig, "/orders", { body: byPrimary, apiKey: ALICE.apiKey })).status).toBe(200);
    const stale = await signedOrder(
      { ...fields, nonce: 9 },
      {
        ...ALICE,
        signingPrivateKey: ALICE.primaryPrivateKey,
      },
    );
    expect((await call(rig, "/orders", { body: stale, apiKey: ALICE.apiKey })).body).toEqual({
      code: 1023,
      msg: "Invalid nonce",
    });
  });

  it("cancels an open order once, and needs ?time= on the cancel URL", async () => {
    const id = await order({});
    const body = await signedCancel({ time: now(), nonce: next(), id });
    expect((await call(rig, "/orders/cancel", { body, apiKey: ALICE.apiKey })).status).toBe(422);
    const ok = await call(rig, "/orders/cancel", { body, apiKey: ALICE.apiKey, query: { time: now() } });
    expect(ok.body).toEqual({ id });
    expect((await getOrder(id)).status).toBe("CANCELLED");
    const twice = await signedCancel({ time: now(), nonce: next(), id });
    expect(
      await call(rig, "/orders/cancel", { body: twice, apiKey: ALICE.apiKey, query: { time: now() } }),
    ).toEqual({
      status: 400,
      body: { code: 3017, msg: "Order already processed or cancelled" },
    });
    const unknown = await signedCancel({ time: now(), nonce: next(), id: "0xdead" });
    const res = await call(rig, "/orders/cancel", {
      body: unknown,
      apiKey: ALICE.apiKey,
      query: { time: now() },
    });
    expect(res.body.code).toBe(3017);
  });

  it("filters GET /orders and refuses multi-status filters", async () => {
    const a = await order({});
    const b = await order({ symbol: "ETH-PERP", size: "0.100", limitPrice: "3000.000" });
    const all = await call(rig, "/orders", { query: { time: now() }, apiKey: ALICE.apiKey });
    expect(all.body.map((o: { id: string }) => o.id).sort()).toEqual([a, b].sort());
    const eth = await call(rig, "/orders", {
      query: { time: now(), symbol: "ETH-PERP" },
      apiKey: ALICE.apiKey,
    });
    expect(eth.body.map((o: { id: string }) => o.id)).toEqual([b]);
    const multi = await call(rig, "/orders", {
      query: { time: now(), status: "NEW,FILLED" },
      apiKey: ALICE.apiKey,
    });
    expect(multi.body.code).toBe(1130);
    const bob = await call(rig, "/orders", { query: { time: now() }, apiKey: BOB.apiKey });
    expect(bob.body).toEqual([]);
  });

  it("attaches TP/SL children once a limit order fills", async () => {
    const bad = await signedOrder({
      time: now(),
      nonce: next(),
      symbol: "BTC-PERP",
      isBuy: true,
      size: "0.1000",
      orderType: "LIMIT",
      limitPrice: "65100.00",
      tpPrice: "65000.00",
    });
    expect((await call(rig, "/orders", { body: bad, apiKey: ALICE.apiKey })).body.code).toBe(1145);
    const id = await order({ limitPrice: "65100.00", tpPrice: "66000.00", slPrice: "64000.00" });
    expect((await getOrder(id)).status).toBe("FILLED");
    const rows = (await call(rig, "/orders", { query: { time: now() }, apiKey: ALICE.apiKey })).body;
    const children = rows.filter((o: { orderType: string }) => o.orderType !== "LIMIT");
    expect(children).toHaveLength(2);
    expect(children).toContainEqual(
      expect.objectContaining({
        orderType: "TAKE_PROFIT",
        isBuy: false,
        limitPrice: "66000.00",
        reduceOnly: true,
        status: "NEW",
      }),
    );
    rig.sim.engine.setMarkPrice("BTC-PERP", "63999.00");
    const after = (
      await call(rig, "/orders", { query: { time: now(), orderType: "STOP_LOSS" }, apiKey: ALICE.apiKey })
    ).body;
    expect(after[0].status).toBe("FILLED");
  });
});

describe("Vest REST: LP, transfers and faults", () => {
  it("moves collateral into and out of the LP", async () => {
    const deposit = await signedLp({ time: now(), nonce: next(), orderType: "DEPOSIT", size: "100" });
    expect((await call(rig, "/lp", { body: deposit, apiKey: ALICE.apiKey })).status).toBe(200);
    const out = await signedLp({ time: now(), nonce: next(), orderType: "IMMEDIATE_WITHDRAW", size: "500" });
    await call(rig, "/lp", { body: out, apiKey: ALICE.apiKey });
    const rows = (await call(rig, "/lp", { query: { time: now() }, apiKey: ALICE.apiKey })).body;
    expect(rows.map((r: { status: string; code: number | null }) => [r.status, r.code])).toEqual([
      ["REJECTED", 4012],
      ["FILLED", null],
    ]);
    const account = (await call(rig, "/account", { query: { time: now() }, apiKey: ALICE.apiKey })).body;
    expect(account.collateral).toBe("99900.000000");
    expect(account.lp).toEqual({ balance: "100.000000", shares: "100.000000", unrealizedPnl: "0.000000" });
  });

  it("withdraws with the documented signature tuple and reports the payout arguments", async () => {
    const zkUsdc = "0x1d17CBcF0D6D143135aE902365D2E5e2A16538D4";
    const fields = {
      time: now(),
      nonce: next(),
      recipient: ALICE.primaryAddress,
      size: 250_000_000,
      chainId: 324,
    };
    const wrongToken = await signedWithdraw(fields, "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48");
    expect(
      (await call(rig, "/transfer/withdraw", { body: wrongToken, apiKey: ALICE.apiKey })).body.code,
    ).toBe(1022);
    const body = await signedWithdraw(fields, zkUsdc);
    const res = await call(rig, "/transfer/withdraw", { body, apiKey: ALICE.apiKey });
    expect(res.body.id).toMatch(/^0x/);
    const rows = (await call(rig, "/transfer", { query: { time: now() }, apiKey: ALICE.apiKey })).body;
    expect(rows[0]).toMatchObject({
      id: res.body.id,
      size: "250.000000",
      orderType: "WITHDRAW",
      status: "FILLED",
      code: null,
      chainId: 324,
      signer: ALICE.signingAddress.toLowerCase(),
      signature: body.signature,
    });
    expect(rows[0].requestArgs).toHaveLength(2 + 512);
    expect(rows[0].signatureProof.length).toBeGreaterThan(2 + 128);
    const broke = await signedWithdraw({ ...fields, nonce: next(), size: 10 ** 12 }, zkUsdc);
    await call(rig, "/transfer/withdraw", { body: broke, apiKey: ALICE.apiKey });
    const again = (await call(rig, "/transfer", { query: { time: now() }, apiKey: ALICE.apiKey })).body;
    expect(again[0]).toMatchObject({ status: "REJECTED", code: 5002 });
    const account = (await call(rig, "/account", { query: { time: now() }, apiKey: ALICE.apiKey })).body;
    expect(account.collateral).toBe("99750.000000");
  });

  it("shapes injected rate limits like Vest and can wrap errors in FastAPI's detail", async () => {
    await rig.harness.faults.rateLimit("vest", { count: 1, retryAfterSeconds: 1 });
    const limited = await call(rig, "/exchangeInfo");
    expect(limited).toEqual({ status: 429, body: { code: 429, msg: "Rate limited" } });
    await rig.close();
    rig = await startVest({ errorEnvelope: "detail" });
    const res = await call(rig, "/account", { query: { time: now() } });
    expect(res).toEqual({ status: 401, body: { detail: { code: 1002, msg: "Unauthorized" } } });
  });
});

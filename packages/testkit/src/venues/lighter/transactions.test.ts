import { transferL1Message } from "@perp/lighter/signing";
import { privateKeyToAccount } from "viem/accounts";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  get,
  type LighterRig,
  postForm,
  type Row,
  sendTx,
  signerFor,
  startLighter,
} from "./__fixtures__/lighter-client.js";
import {
  LIGHTER_TEST_CREDENTIALS as ALICE,
  LIGHTER_COUNTERPARTY_CREDENTIALS as BOB,
  lighterTestCredentials,
} from "./credentials.js";

let rig: LighterRig;
const DAY = 86_400_000;

beforeEach(async () => {
  rig = await startLighter();
});

afterEach(async () => {
  await rig.close();
});

const now = () => rig.sim.clock.now();

async function nonceOf(creds = ALICE): Promise<number> {
  const res = await get(rig, "/api/v1/nextNonce", {
    account_index: creds.accountIndex,
    api_key_index: creds.apiKeyIndex,
  });
  expect(res.status).toBe(200);
  return res.body.nonce;
}

function auth(creds = ALICE) {
  return signerFor(rig, creds).createAuthToken().token;
}

/** A resting ETH limit order (GTT, 28 days) signed for `creds`. */
function limitOrder(
  fields: { coi: number; price: number; size: number; ask?: boolean; nonce: number; tif?: number },
  creds = ALICE,
) {
  return signerFor(rig, creds).createOrder({
    MarketIndex: 0,
    ClientOrderIndex: fields.coi,
    BaseAmount: fields.size,
    Price: fields.price,
    IsAsk: fields.ask === true ? 1 : 0,
    Type: 0,
    TimeInForce: fields.tif ?? 1,
    ReduceOnly: 0,
    TriggerPrice: 0,
    OrderExpiry: fields.tif === 0 ? 0 : now() + 28 * DAY,
    Nonce: fields.nonce,
  });
}

async function activeOrders(creds = ALICE) {
  const res = await get(
    rig,
    "/api/v1/accountActiveOrders",
    { account_index: creds.accountIndex, market_id: 0 },
    auth(creds),
  );
  expect(res.status, res.text).toBe(200);
  return res.body.orders as Row[];
}

describe("Lighter sendTx: orders", () => {
  it("accepts a signed limit order, rests it in the book, then fills it against a crossing order", async () => {
    // 3000.00 sits between the maker's best bid (2999.99) and best ask (3000.01)
    const signed = limitOrder({ coi: 7, price: 300_000, size: 1000, nonce: 0 });
    const res = await sendTx(rig, signed);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ code: 200, tx_hash: signed.txHash });
    expect(await nonceOf()).toBe(1);

    const order = (await activeOrders())[0]!;
    expect(order).toMatchObject({
      client_order_index: 7,
      market_index: 0,
      owner_account_index: Number(ALICE.accountIndex),
      initial_base_amount: "0.1000",
      remaining_base_amount: "0.1000",
      price: "3000.00",
      is_ask: false,
      type: "limit",
      time_in_force: "good-till-time",
      status: "open",
      nonce: 0,
    });
    expect(BigInt(String(order.order_id))).toBeGreaterThanOrEqual(2n ** 48n);
    const book = await get(rig, "/api/v1/orderBookOrders", { market_id: 0, limit: 10 });
    expect(book.body.bids.map((b: Row) => b.order_id)).toContain(order.order_id);

    const cross = limitOrder({ coi: 1, price: 300_000, size: 1000, ask: true, nonce: 0, tif: 0 }, BOB);
    expect((await sendTx(rig, cross)).status).toBe(200);
    expect(await activeOrders()).toEqual([]);
    const trades = await get(
      rig,
      "/api/v1/trades",
      { sort_by: "trade_id", limit: 10, account_index: ALICE.accountIndex },
      auth(),
    );
    expect(trades.body.trades).toHaveLength(1);
    expect(trades.body.trades[0]).toMatchObject({
      price: "3000.00",
      size: "0.1000",
      bid_id_str: order.order_id,
      bid_client_id: 7,
      bid_account_id: Number(ALICE.accountIndex),
      ask_account_id: Number(BOB.accountIndex),
      is_maker_ask: false,
      tx_hash: cross.txHash,
    });
    const account = await get(rig, "/api/v1/account", { by: "index", value: ALICE.accountIndex });
    const eth = account.body.accounts[0].positions.find((p: Row) => p.market_id === 0);
    expect(eth).toMatchObject({ sign: 1, position: "0.1000", avg_entry_price: "3000.00" });
    const tx = await get(rig, "/api/v1/tx", { by: "hash", value: signed.txHash });
    expect(tx.body).toMatchObject({
      code: 200,
      hash: signed.txHash,
      type: 14,
      status: 3,
      info: signed.txInfo,
    });
  });

  it("cancels by client order index, cancels all, and modifies a resting order", async () => {
    await sendTx(rig, limitOrder({ coi: 11, price: 299_000, size: 1000, nonce: 0 }));
    await sendTx(rig, limitOrder({ coi: 12, price: 298_000, size: 1000, nonce: 1 }));
    const signer = signerFor(rig);
    const cancel = signer.cancelOrder({ MarketIndex: 0, Index: 11, Nonce: 2 });
    expect((await sendTx(rig, cancel)).status).toBe(200);
    const left = await activeOrders();
    expect(left.map((o: Row) => o.client_order_index)).toEqual([12]);

    const modify = signer.modifyOrder({
      MarketIndex: 0,
      Index: BigInt(String(left[0]!.order_id)),
      BaseAmount: 2500,
      Price: 297_500,
      TriggerPrice: 0,
      Nonce: 3,
    });
    expect((await sendTx(rig, modify)).status).toBe(200);
    expect((await activeOrders())[0]).toMatchObject({ price: "2975.00", remaining_base_amount: "0.2500" });

    const all = signer.cancelAllOrders({ TimeInForce: 0, Time: 0, Nonce: 4 });
    expect((await sendTx(rig, all)).status).toBe(200);
    expect(await activeOrders()).toEqual([]);
    const inactive = await get(
      rig,
      "/api/v1/accountInactiveOrders",
      { account_index: ALICE.accountIndex, limit: 10 },
      auth(),
    );
    expect(inactive.body.orders.map((o: Row) => [o.client_order_index, o.status])).toEqual([
      [12, "canceled"],
      [11, "canceled"],
    ]);
  });

  it("refuses a duplicate client order index with 21728 and leaves the nonce alone", async () => {
    await sendTx(rig, limitOrder({ coi: 5, price: 299_000, size: 1000, nonce: 0 }));
    const dup = await sendTx(rig, limitOrder({ coi: 5, price: 298_000, size: 1000, nonce: 1 }));
    expect(dup).toMatchObject({ status: 400, body: { code: 21728 } });
    expect(await nonceOf()).toBe(1);
  });

  it("checks expiry, base amount and order type rules at the API layer", async () => {
    const signer = signerFor(rig);
    const base = {
      MarketIndex: 0,
      ClientOrderIndex: 0,
      BaseAmount: 1000,
      Price: 299_000,
      IsAsk: 0,
      Type: 0,
      TimeInForce: 1,
      ReduceOnly: 0,
      TriggerPrice: 0,
      OrderExpiry: 0,
      Nonce: 0,
    };
    expect((await sendTx(rig, signer.createOrder(base))).body.code).toBe(21711);
    expect(
      (await sendTx(rig, signer.createOrder({ ...base, TimeInForce: 0, BaseAmount: 1 }))).body.code,
    ).toBe(21706);
    expect(
      (await sendTx(rig, signer.createOrder({ ...base, TimeInForce: 0, MarketIndex: 9 }))).body.code,
    ).toBe(21602);
    expect((await sendTx(rig, signer.createOrder({ ...base, Type: 1, TimeInForce: 1 }))).body.code).toBe(
      21705,
    );
    expect(
      (await sendTx(rig, signer.createOrder({ ...base, TimeInForce: 0, TriggerPrice: 5 }))).body.code,
    ).toBe(21729);
    expect(await nonceOf()).toBe(0);
  });

  it("reports an order refused for margin as canceled-margin-not-allowed (async) and uses the nonce", async () => {
    const huge = limitOrder({ coi: 3, price: 299_000, size: 100_000_000, nonce: 0 });
    const res = await sendTx(rig, huge);
    expect(res.status).toBe(200);
    expect(await nonceOf()).toBe(1);
    const inactive = await get(
      rig,
      "/api/v1/accountInactiveOrders",
      { account_index: ALICE.accountIndex, limit: 5 },
      auth(),
    );
    expect(inactive.body.orders[0]).toMatchObject({
      client_order_index: 3,
      status: "canceled-margin-not-allowed",
    });
    expect((await get(rig, "/api/v1/tx", { by: "hash", value: huge.txHash })).body.status).toBe(4);
  });

  it("answers 21739 for the same order in sync mode, nonce unused", async () => {
    await rig.close();
    rig = await startLighter({ engineRejections: "sync" });
    const res = await sendTx(rig, limitOrder({ coi: 3, price: 299_000, size: 100_000_000, nonce: 0 }));
    expect(res).toMatchObject({ status: 400, body: { code: 21739 } });
    expect(await nonceOf()).toBe(0);
  });

  it("places a post-only order that would cross as canceled-post-only", async () => {
    const res = await sendTx(rig, limitOrder({ coi: 4, price: 300_100, size: 1000, nonce: 0, tif: 2 }));
    expect(res.status).toBe(200);
    const inactive = await get(
      rig,
      "/api/v1/accountInactiveOrders",
      { account_index: ALICE.accountIndex, limit: 5 },
      auth(),
    );
    expect(inactive.body.orders[0]).toMatchObject({
      status: "canceled-post-only",
      time_in_force: "post-only",
    });
  });
});

describe("Lighter sendTx: signatures, nonces and encoding", () => {
  it("rejects a signature by another key with 21120 and keeps the nonce", async () => {
    const mallory = lighterTestCredentials("mallory", ALICE.accountIndex, ALICE.apiKeyIndex);
    const forged = limitOrder({ coi: 1, price: 299_000, size: 1000, nonce: 0 }, mallory);
    expect(await sendTx(rig, forged)).toMatchObject({
      status: 400,
      body: { code: 21120, message: "invalid signature" },
    });
    expect(await nonceOf()).toBe(0);
  });

  it("rejects a signature made for another chain id with 21120", async () => {
    const testnet = signerFor(rig, ALICE, 300).cancelAllOrders({ TimeInForce: 0, Time: 0, Nonce: 0 });
    expect((await sendTx(rig, testnet)).body.code).toBe(21120);
  });

  it("rejects a tampered tx_info with 21120", async () => {
    const signed = limitOrder({ coi: 1, price: 299_000, size: 1000, nonce: 0 });
    const tampered = { ...signed, txInfo: signed.txInfo.replace('"Price":299000', '"Price":299100') };
    expect((await sendTx(rig, tampered)).body.code).toBe(21120);
  });

  it("enforces nonce order with 21104 and honours the skip-nonce attribute", async () => {
    const signer = signerFor(rig);
    expect((await sendTx(rig, signer.cancelAllOrders({ TimeInForce: 0, Time: 0, Nonce: 5 }))).body.code).toBe(
      21104,
    );
    const skipped = signer.cancelAllOrders({ TimeInForce: 0, Time: 0, Nonce: 5 }, { attributes: { 4: 1 } });
    expect((await sendTx(rig, skipped)).status).toBe(200);
    expect(await nonceOf()).toBe(6);
  });

  it("answers unknown accounts, keys, tx types and JSON bodies with Lighter's codes", async () => {
    const stranger = lighterTestCredentials("stranger", 999n);
    expect(
      (await sendTx(rig, limitOrder({ coi: 1, price: 299_000, size: 1000, nonce: 0 }, stranger))).body.code,
    ).toBe(21100);
    const otherKey = lighterTestCredentials("default", ALICE.accountIndex, 9);
    expect(
      (await sendTx(rig, limitOrder({ coi: 1, price: 299_000, size: 1000, nonce: 0 }, otherKey))).body.code,
    ).toBe(21109);
    const pool = signerFor(rig).createPublicPool({
      OperatorFee: 1,
      InitialTotalShares: 1_000_000,
      MinOperatorShareRate: 1,
      Nonce: 0,
    });
    expect((await sendTx(rig, pool)).body.code).toBe(21505);
    const json = await fetch(`${rig.http}/api/v1/sendTx`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tx_type: 14, tx_info: "{}" }),
    });
    expect(await json.json()).toEqual({
      code: 20001,
      message: 'invalid param: : field "tx_type" is not set',
    });
    expect((await postForm(rig, "/api/v1/sendTx", { tx_type: "14", tx_info: "[1]" })).body.code).toBe(21501);
  });

  it("accepts multipart/form-data bodies as the generated clients send them", async () => {
    const signed = signerFor(rig).cancelAllOrders({ TimeInForce: 0, Time: 0, Nonce: 0 });
    const form = new FormData();
    form.set("tx_type", String(signed.txType));
    form.set("tx_info", signed.txInfo);
    const res = await fetch(`${rig.http}/api/v1/sendTx`, { method: "POST", body: form });
    expect(res.status).toBe(200);
  });

  it("runs a batch with consecutive nonces and refuses non-increasing ones with 21105", async () => {
    const a = limitOrder({ coi: 1, price: 299_000, size: 1000, nonce: 0 });
    const b = limitOrder({ coi: 2, price: 298_000, size: 1000, nonce: 1 });
    const ok = await postForm(rig, "/api/v1/sendTxBatch", {
      tx_types: JSON.stringify([14, 14]),
      tx_infos: JSON.stringify([a.txInfo, b.txInfo]),
    });
    expect(ok.body).toMatchObject({ code: 200, tx_hash: [a.txHash, b.txHash] });
    const c = limitOrder({ coi: 3, price: 297_000, size: 1000, nonce: 2 });
    const d = limitOrder({ coi: 4, price: 296_000, size: 1000, nonce: 2 });
    const bad = await postForm(rig, "/api/v1/sendTxBatch", {
      tx_types: "[14,14]",
      tx_infos: JSON.stringify([c.txInfo, d.txInfo]),
    });
    expect(bad.body.code).toBe(21105);
    expect(await nonceOf()).toBe(2);
  });
});

describe("Lighter sendTx: funds and leverage", () => {
  it("withdraws USDC and lists it in the withdraw history", async () => {
    const signed = signerFor(rig).withdraw({ AssetIndex: 3, RouteType: 0, Amount: 1_500_000_000n, Nonce: 0 });
    expect((await sendTx(rig, signed)).status).toBe(200);
    const account = await get(rig, "/api/v1/account", { by: "index", value: ALICE.accountIndex });
    expect(account.body.accounts[0].collateral).toBe("98500.000000");
    const history = await get(rig, "/api/v1/withdraw/history", { account_index: ALICE.accountIndex }, auth());
    expect(history.body.withdraws[0]).toMatchObject({ amount: "1500.000000", status: "completed" });
    const tooMuch = signerFor(rig).withdraw({ AssetIndex: 3, RouteType: 0, Amount: 10n ** 12n, Nonce: 1 });
    expect(
      (await get(rig, "/api/v1/tx", { by: "hash", value: (await sendTx(rig, tooMuch)).body.tx_hash })).body
        .status,
    ).toBe(4);
  });

  it("transfers to another owner only with the wallet's L1 signature", async () => {
    const fields = {
      ToAccountIndex: BOB.accountIndex,
      AssetIndex: 3,
      FromRouteType: 0,
      ToRouteType: 0,
      Amount: 2_000_000n,
      USDCFee: 0,
      Nonce: 0,
    };
    const unsigned = await sendTx(rig, signerFor(rig).transfer(fields));
    expect(unsigned.body, unsigned.text).toMatchObject({ code: 21120 });
    const message = transferL1Message({
      ...fields,
      FromAccountIndex: ALICE.accountIndex,
      ApiKeyIndex: ALICE.apiKeyIndex,
      ChainId: 304,
    });
    const L1Sig = await privateKeyToAccount(ALICE.l1PrivateKey).signMessage({ message });
    expect((await sendTx(rig, signerFor(rig).transfer({ ...fields, L1Sig }))).status).toBe(200);
    const bob = await get(rig, "/api/v1/account", { by: "index", value: BOB.accountIndex });
    expect(bob.body.accounts[0].collateral).toBe("100002.000000");
  });

  it("sets leverage through the initial margin fraction and refuses isolated mode", async () => {
    const signer = signerFor(rig);
    const ok = signer.updateLeverage({
      MarketIndex: 0,
      InitialMarginFraction: 1000,
      MarginMode: 0,
      Nonce: 0,
    });
    expect((await sendTx(rig, ok)).status).toBe(200);
    expect(rig.sim.engine.position(ALICE.accountIndex.toString(), "ETH")!.leverage).toBe("10");
    const isolated = signer.updateLeverage({
      MarketIndex: 0,
      InitialMarginFraction: 1000,
      MarginMode: 1,
      Nonce: 1,
    });
    expect((await sendTx(rig, isolated)).body.code).toBe(21613);
    const tooHigh = signer.updateLeverage({
      MarketIndex: 0,
      InitialMarginFraction: 100,
      MarginMode: 0,
      Nonce: 1,
    });
    expect((await sendTx(rig, tooHigh)).body.code).toBe(20001);
  });
});

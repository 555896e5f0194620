import {
  changePubKeyL1Message,
  TX_ATTRIBUTE,
  TX_TYPES,
  transferL1Message,
  verifySignature,
} from "@perp/lighter/signing";
import Big from "big.js";
import { type Hex, recoverMessageAddress } from "viem";
import type { PlaceOrderRequest, SelfTradePrevention } from "../../engine/index.js";
import {
  cancelStatusOfRejection,
  codeOfRejection,
  LIGHTER_ERROR_CODES as E,
  LighterApiError,
} from "./errors.js";
import { leverageOf, MARGIN_FRACTION_TICK } from "./markets.js";
import { fromUnits } from "./render.js";
import type { ApiKeyState, LighterAccount, LighterMarket } from "./state.js";
import { type DecodedTx, decodeTx, type TxFields } from "./tx-decode.js";
import type { LighterVenue, PendingOrder } from "./venue.js";

/** Lighter's order `Type` codes by name (6 = TWAP is not simulated). */
const ORDER_TYPES = ["limit", "market", "stop-loss", "stop-loss-limit", "take-profit", "take-profit-limit"];
const TIME_IN_FORCE = ["immediate-or-cancel", "good-till-time", "post-only"];
const MIN_ORDER_EXPIRY_MS = 5 * 60_000;
const MAX_ORDER_EXPIRY_MS = 30 * 86_400_000;
const MIN_CANCEL_ALL_MS = 300_000;
const MAX_CANCEL_ALL_MS = 1_296_000_000;
const MAX_BASE_AMOUNT = (1n << 48n) - 1n;
const MIN_ORDER_INDEX = 1n << 48n;
const SKIP_NONCE_MAX = (1n << 47n) - 1n;
const USDC_ASSET = 3n;
const USDC_DECIMALS = 6;
/** Self-trade behaviour (attribute 6): 0 expire maker, 1 expire taker, 2 cancel both; 3 "reduce" is approximated by expire-maker. */
const SELF_TRADE: readonly SelfTradePrevention[] = [
  "expire-maker",
  "expire-taker",
  "expire-both",
  "expire-maker",
];
/** Tx types that use Premium volume quota. */
const QUOTA_TYPES = new Set([12, 14, 17, 28]);

type Outcome = { ok: true; eventInfo: object } | { ok: false; code: number; message: string };

interface Prepared {
  readonly tx: DecodedTx;
  readonly account: LighterAccount;
  readonly apiKeyIndex: number;
  readonly nonce: bigint;
  readonly skipNonce: boolean;
  readonly run: () => Outcome;
}

const int = (fields: TxFields, name: string): bigint => fields[name] as bigint;
const fail = (code: number, message: string): Outcome => ({ ok: false, code, message });

/**
 * Lighter's transaction pipeline: API-layer checks (type, tx_info, account and API key, Schnorr
 * signature over the chain-bound hash, expiry, nonce, field rules) refuse with HTTP 400 and leave
 * the nonce alone; what passes goes to the matching engine, uses the nonce and is recorded as a tx.
 */
export class TxProcessor {
  readonly #venue: LighterVenue;
  /** `volume_quota_remaining` of the account of the last committed tx (not enforced, only counted). */
  lastVolumeQuota = 0;

  constructor(venue: LighterVenue) {
    this.#venue = venue;
  }

  /** The simulator executes on receipt, so the predicted execution time is now (ms). */
  predictedExecutionTime(): number {
    return this.#venue.now();
  }

  /** sendTx: returns the tx hash. */
  async submit(txType: number, txInfo: unknown): Promise<string> {
    const prepared = await this.#prepare(decodeTx(txType, txInfo, this.#venue.options.chainId), undefined);
    return this.#commit(prepared);
  }

  /** sendTxBatch: one account and API key, nonces increasing; every tx is checked before any runs. */
  async submitBatch(
    txTypes: readonly number[],
    txInfos: readonly unknown[],
    limit: number,
  ): Promise<string[]> {
    if (txTypes.length !== txInfos.length) {
      throw new LighterApiError(E.BATCH_LENGTH_MISMATCH, "TxInfos and TxTypes should have the same length");
    }
    if (txTypes.length === 0) throw new LighterApiError(E.INVALID_PARAM, "invalid param: empty batch");
    if (txTypes.length > limit) {
      throw new LighterApiError(E.BATCH_TOO_LARGE, `maximum ${limit} transactions allowed per batch`);
    }
    const decoded = txTypes.map((type, i) => decodeTx(type, txInfos[i], this.#venue.options.chainId));
    const prepared: Prepared[] = [];
    for (const tx of decoded) {
      const previous = prepared.at(-1);
      const item = await this.#prepare(tx, previous);
      if (
        previous !== undefined &&
        (item.account !== previous.account || item.apiKeyIndex !== previous.apiKeyIndex)
      ) {
        throw new LighterApiError(
          E.BATCH_MIXED_KEYS,
          "all transactions in the batch must have use same account and apikey",
        );
      }
      prepared.push(item);
    }
    const hashes: string[] = [];
    for (const item of prepared) hashes.push(this.#commit(item));
    return hashes;
  }

  async #prepare(tx: DecodedTx, previous: Prepared | undefined): Promise<Prepared> {
    const venue = this.#venue;
    const spec = TX_TYPES[tx.type];
    const accountIndex = int(tx.fields, spec.account);
    const account = venue.account(accountIndex);
    if (account === undefined) throw new LighterApiError(E.ACCOUNT_NOT_FOUND, "account not found");
    const apiKeyIndex = Number(int(tx.fields, "ApiKeyIndex"));
    if (apiKeyIndex > 254) throw new LighterApiError(E.INVALID_API_KEY_INDEX, "invalid api key index");
    const key = account.apiKeys.get(apiKeyIndex);
    // ChangePubKey is signed by the key being registered, which need not exist yet.
    const signingKey =
      tx.type === "L2ChangePubKey"
        ? Buffer.from(tx.fields.PubKey as Uint8Array).toString("hex")
        : key?.publicKey;
    if (signingKey === undefined) throw new LighterApiError(E.API_KEY_NOT_FOUND, "api key not found");
    if (!verifySignature(signingKey, tx.messageHash, tx.signature)) {
      throw new LighterApiError(E.INVALID_SIGNATURE, "invalid signature");
    }
    const now = venue.now();
    if (int(tx.fields, "ExpiredAt") <= BigInt(now)) {
      throw new LighterApiError(
        E.INVALID_TX_INFO,
        "invalid tx info: transaction expired (ExpiredAt is in the past)",
      );
    }
    const nonce = int(tx.fields, "Nonce");
    const skipNonce = tx.attributes.some(([type, value]) => type === TX_ATTRIBUTE.skipNonce && value === 1n);
    const expected = previous === undefined ? (key?.nextNonce ?? 0n) : previous.nonce + 1n;
    const nonceOk = skipNonce ? nonce >= expected && nonce < SKIP_NONCE_MAX : nonce === expected;
    if (!nonceOk) {
      throw previous === undefined
        ? new LighterApiError(E.INVALID_NONCE, "invalid nonce")
        : new LighterApiError(E.BATCH_NONCE_NOT_INCREASING, "batch transaction nonce is not increasing");
    }
    const run = await this.#plan(tx, account, apiKeyIndex, now);
    return { tx, account, apiKeyIndex, nonce, skipNonce, run };
  }

  #commit(p: Prepared): string {
    const venue = this.#venue;
    const blockHeight = venue.blockHeight + 1;
    venue.currentTx = { hash: p.tx.hash, blockHeight };
    let outcome: Outcome;
    try {
      outcome = p.run();
    } finally {
      venue.currentTx = undefined;
      venue.pending = undefined;
    }
    if (!outcome.ok && venue.options.engineRejections === "sync") {
      throw new LighterApiError(outcome.code, outcome.message);
    }
    let key = p.account.apiKeys.get(p.apiKeyIndex);
    if (key === undefined) {
      key = { publicKey: "", nextNonce: 0n, transactionTime: 0 };
      p.account.apiKeys.set(p.apiKeyIndex, key);
    }
    this.#useNonce(key, p, outcome.ok);
    if (QUOTA_TYPES.has(p.tx.txType) && p.account.volumeQuota > 0) p.account.volumeQuota -= 1;
    this.lastVolumeQuota = p.account.volumeQuota;
    venue.blockHeight = blockHeight;
    venue.sequenceIndex += 1;
    venue.recordTx(p.account, {
      hash: p.tx.hash,
      type: p.tx.txType,
      info: p.tx.info,
      eventInfo: JSON.stringify(
        outcome.ok ? outcome.eventInfo : { ae: `${outcome.code}: ${outcome.message}` },
      ),
      status: outcome.ok ? 3 : 4,
      accountIndex: p.account.index,
      apiKeyIndex: p.apiKeyIndex,
      nonce: p.nonce,
      expireAt: Number(int(p.tx.fields, "ExpiredAt")),
      blockHeight,
      sequenceIndex: venue.sequenceIndex,
      l1Address: p.account.l1Address,
      time: venue.now(),
    });
    return p.tx.hash;
  }

  #useNonce(key: ApiKeyState, p: Prepared, succeeded: boolean): void {
    key.nextNonce = p.nonce + 1n;
    key.transactionTime = this.#venue.now() * 1000;
    if (succeeded && p.tx.type === "L2ChangePubKey") {
      key.publicKey = Buffer.from(p.tx.fields.PubKey as Uint8Array).toString("hex");
    }
  }

  // ---- per-type rules: throw for API-layer refusals, return what the sequencer does ---------------

  async #plan(
    tx: DecodedTx,
    account: LighterAccount,
    apiKeyIndex: number,
    now: number,
  ): Promise<() => Outcome> {
    const f = tx.fields;
    switch (tx.type) {
      case "L2CreateOrder":
        return this.#createOrder(tx, account, now);
      case "L2CancelOrder": {
        const market = this.#market(f);
        return () => this.#cancelOrder(account, market, int(f, "Index"));
      }
      case "L2CancelAllOrders":
        return this.#cancelAll(tx, account, now);
      case "L2ModifyOrder":
        return this.#modifyOrder(f, account);
      case "L2UpdateLeverage":
        return this.#updateLeverage(f, account);
      case "L2Withdraw":
        return this.#withdraw(tx, account);
      case "L2Transfer":
        return this.#transfer(tx, account, apiKeyIndex);
      case "L2ChangePubKey":
        await this.#checkL1(
          f.L1Sig as string,
          changePubKeyL1Message({
            PubKey: f.PubKey as Uint8Array,
            Nonce: int(f, "Nonce"),
            AccountIndex: account.index,
            ApiKeyIndex: apiKeyIndex,
          }),
          account,
        );
        return () => ({ ok: true, eventInfo: { a: account.index.toString(), k: apiKeyIndex } });
      default:
        throw new LighterApiError(E.UNSUPPORTED_TX_TYPE, "unsupported tx type");
    }
  }

  #market(f: TxFields): LighterMarket {
    const market = this.#venue.markets.get(Number(int(f, "MarketIndex")));
    if (market === undefined) throw new LighterApiError(E.INVALID_MARKET_INDEX, "invalid market index");
    return market;
  }

  #createOrder(tx: DecodedTx, account: LighterAccount, now: number): () => Outcome {
    const f = tx.fields;
    const venue = this.#venue;
    const market = this.#market(f);
    const m = market.config;
    const type = Number(int(f, "Type"));
    const tif = Number(int(f, "TimeInForce"));
    const isAsk = int(f, "IsAsk");
    const reduceOnly = int(f, "ReduceOnly");
    const coi = int(f, "ClientOrderIndex");
    const base = int(f, "BaseAmount");
    const priceUnits = int(f, "Price");
    const trigger = int(f, "TriggerPrice");
    const expiry = int(f, "OrderExpiry");
    if (isAsk > 1n) throw new LighterApiError(E.INVALID_IS_ASK, "invalid isAsk");
    if (reduceOnly > 1n) throw new LighterApiError(E.INVALID_ORDER_INFO, "invalid order info: ReduceOnly");
    if (type >= ORDER_TYPES.length) throw new LighterApiError(E.INVALID_ORDER_TYPE, "invalid OrderType");
    if (tif >= TIME_IN_FORCE.length)
      throw new LighterApiError(E.INVALID_TIME_IN_FORCE, "invalid OrderTimeInForce");
    const marketStyle = type === 1 || type === 2 || type === 4;
    if (marketStyle && tif !== 0)
      throw new LighterApiError(E.INVALID_TIME_IN_FORCE, "invalid OrderTimeInForce");
    if (coi < 0n || coi > MAX_BASE_AMOUNT) {
      throw new LighterApiError(E.INVALID_CLIENT_ORDER_INDEX, "invalid client order index");
    }
    // BaseAmount 0 (close the whole position with a position-tied SL/TP) is not simulated.
    if (base < 1n || base > MAX_BASE_AMOUNT)
      throw new LighterApiError(E.INVALID_BASE_AMOUNT, "invalid base amount");
    if (priceUnits < 1n) throw new LighterApiError(E.INVALID_PRICE, "invalid price");
    const conditional = type >= 2;
    if (conditional !== trigger > 0n) {
      throw new LighterApiError(E.INVALID_TRIGGER_PRICE, "invalid order trigger price");
    }
    const needsExpiry = tif !== 0 || conditional;
    if (needsExpiry) {
      if (expiry < BigInt(now + MIN_ORDER_EXPIRY_MS) || expiry > BigInt(now + MAX_ORDER_EXPIRY_MS)) {
        throw new LighterApiError(E.INVALID_EXPIRY, "invalid expiry");
      }
    } else if (expiry !== 0n) {
      throw new LighterApiError(E.INVALID_EXPIRY, "invalid expiry");
    }
    const price = fromUnits(priceUnits, m.priceDecimals);
    const size = fromUnits(base, m.sizeDecimals);
    if (new Big(size).lt(m.minBaseAmount) || new Big(size).times(price).lt(m.minQuoteAmount)) {
      throw new LighterApiError(E.INVALID_BASE_OR_QUOTE_AMOUNT, "invalid order base or quote amount");
    }
    if (coi > 0n && venue.engine.openOrders(account.engineId).some((o) => o.clientId === coi.toString())) {
      throw new LighterApiError(E.CLIENT_ORDER_INDEX_EXISTS, "client order index already exists");
    }
    const stpMode = tx.attributes.find(([t]) => t === TX_ATTRIBUTE.selfTradeBehaviorMode)?.[1] ?? 0n;
    const request: PlaceOrderRequest = {
      accountId: account.engineId,
      market: m.symbol,
      side: isAsk === 1n ? "sell" : "buy",
      type: marketStyle ? "market" : "limit",
      price,
      size,
      timeInForce: tif === 0 ? "IOC" : "GTT",
      postOnly: tif === 2,
      reduceOnly: reduceOnly === 1n,
      selfTradePrevention: SELF_TRADE[Number(stpMode)] ?? "expire-maker",
      ...(tif === 0 ? {} : { expiresAt: Number(expiry) }),
      ...(coi > 0n ? { clientId: coi.toString() } : {}),
      ...(conditional
        ? {
            trigger: {
              price: fromUnits(trigger, m.priceDecimals),
              kind: type === 2 || type === 3 ? ("stop" as const) : ("take-profit" as const),
            },
          }
        : {}),
    };
    const pending: PendingOrder = {
      accountId: account.engineId,
      clientOrderIndex: coi,
      marketId: m.marketId,
      type: ORDER_TYPES[type]!,
      timeInForce: TIME_IN_FORCE[tif]!,
      orderExpiry: Number(expiry),
      nonce: int(f, "Nonce"),
      triggerPrice: conditional ? fromUnits(trigger, m.priceDecimals) : "0",
    };
    return () => {
      venue.pending = pending;
      const result = venue.engine.placeOrder(request);
      venue.pending = undefined;
      if (result.ok) {
        return { ok: true, eventInfo: { order_index: result.order.id, client_order_index: coi.toString() } };
      }
      if (venue.options.engineRejections === "async") {
        const time = venue.now();
        venue.recordRefusedOrder(
          pending,
          {
            clientId: request.clientId,
            accountId: account.engineId,
            market: m.symbol,
            side: request.side,
            type: request.type,
            price,
            size,
            timeInForce: request.timeInForce ?? "IOC",
            expiresAt: request.expiresAt,
            postOnly: request.postOnly ?? false,
            reduceOnly: request.reduceOnly ?? false,
            selfTradePrevention: request.selfTradePrevention ?? "expire-maker",
            trigger: undefined,
            createdAt: time,
            updatedAt: time,
          },
          cancelStatusOfRejection(result.reason),
        );
      }
      return fail(codeOfRejection(result.reason), result.message);
    };
  }

  /** The engine order id of `index` (a client order index below 2^48, else an order index) in this account. */
  #resolveOrder(account: LighterAccount, market: LighterMarket, index: bigint): string | undefined {
    if (index >= MIN_ORDER_INDEX) {
      const meta = this.#venue.metas.get(index.toString());
      return meta !== undefined &&
        meta.accountIndex === account.index &&
        meta.marketId === market.config.marketId
        ? meta.view.id
        : undefined;
    }
    return this.#venue.engine
      .openOrders(account.engineId, market.config.symbol)
      .find((o) => o.clientId === index.toString())?.id;
  }

  #cancelOrder(account: LighterAccount, market: LighterMarket, index: bigint): Outcome {
    const orderId = this.#resolveOrder(account, market, index);
    if (orderId === undefined) return fail(E.INVALID_ORDER_INDEX, "invalid order index");
    const result = this.#venue.engine.cancelOrder({ accountId: account.engineId, orderId });
    return result.ok
      ? { ok: true, eventInfo: { order_index: orderId } }
      : fail(codeOfRejection(result.reason), result.message);
  }

  #cancelAll(tx: DecodedTx, account: LighterAccount, now: number): () => Outcome {
    const tif = int(tx.fields, "TimeInForce");
    const time = int(tx.fields, "Time");
    const marketIndex = tx.attributes.find(([t]) => t === TX_ATTRIBUTE.cancelAllMarketIndex)?.[1];
    if (tif > 2n) throw new LighterApiError(E.INVALID_CANCEL_ALL_TIF, "invalid cancel all time in force");
    if (tif === 1n) {
      if (time < BigInt(now + MIN_CANCEL_ALL_MS) || time > BigInt(now + MAX_CANCEL_ALL_MS)) {
        throw new LighterApiError(E.INVALID_CANCEL_ALL_TIME, "invalid cancel all time");
      }
    } else if (time !== 0n) {
      throw new LighterApiError(E.INVALID_CANCEL_ALL_TIME, "invalid cancel all time");
    }
    const market = marketIndex === undefined ? undefined : this.#venue.markets.get(Number(marketIndex));
    if (marketIndex !== undefined && (market === undefined || tif !== 0n)) {
      throw new LighterApiError(E.INVALID_MARKET_INDEX, "invalid market index");
    }
    return () => {
      if (tif === 1n) account.cancelAllTime = Number(time);
      else if (tif === 2n) account.cancelAllTime = 0;
      else {
        const result = this.#venue.engine.cancelAll({
          accountId: account.engineId,
          ...(market === undefined ? {} : { market: market.config.symbol }),
        });
        if (!result.ok) return fail(codeOfRejection(result.reason), result.message);
      }
      return { ok: true, eventInfo: { cancel_all_time: account.cancelAllTime } };
    };
  }

  /** BaseAmount is taken as the new remaining size (the reference leaves remaining vs. total open). */
  #modifyOrder(f: TxFields, account: LighterAccount): () => Outcome {
    const market = this.#market(f);
    const m = market.config;
    const base = int(f, "BaseAmount");
    const priceUnits = int(f, "Price");
    const trigger = int(f, "TriggerPrice");
    if (base < 1n || base > MAX_BASE_AMOUNT)
      throw new LighterApiError(E.INVALID_BASE_AMOUNT, "invalid base amount");
    if (priceUnits < 1n) throw new LighterApiError(E.INVALID_PRICE, "invalid price");
    const index = int(f, "Index");
    return () => {
      const orderId = this.#resolveOrder(account, market, index);
      const view = orderId === undefined ? undefined : this.#venue.metas.get(orderId)?.view;
      if (orderId === undefined || view === undefined)
        return fail(E.INVALID_ORDER_INDEX, "invalid order index");
      if (view.status !== "open" && view.status !== "partially-filled" && view.status !== "untriggered") {
        return fail(E.ORDER_INACTIVE, "order is inactive");
      }
      if (trigger > 0n !== (view.trigger !== undefined)) {
        return fail(E.INVALID_TRIGGER_PRICE, "invalid order trigger price");
      }
      const size = new Big(view.filledSize).plus(fromUnits(base, m.sizeDecimals)).toFixed(m.sizeDecimals);
      const result = this.#venue.engine.modifyOrder({
        accountId: account.engineId,
        orderId,
        price: fromUnits(priceUnits, m.priceDecimals),
        size,
        ...(trigger > 0n && view.status === "untriggered"
          ? { triggerPrice: fromUnits(trigger, m.priceDecimals) }
          : {}),
      });
      return result.ok
        ? { ok: true, eventInfo: { order_index: orderId } }
        : fail(codeOfRejection(result.reason), result.message);
    };
  }

  /** Cross margin only: isolated mode (1) is refused with 21613. */
  #updateLeverage(f: TxFields, account: LighterAccount): () => Outcome {
    const market = this.#market(f);
    const fraction = Number(int(f, "InitialMarginFraction"));
    if (int(f, "MarginMode") !== 0n) throw new LighterApiError(E.INVALID_MARGIN_MODE, "invalid margin mode");
    if (fraction < market.config.minInitialMarginFraction || fraction > MARGIN_FRACTION_TICK) {
      throw new LighterApiError(E.INVALID_PARAM, "invalid param: InitialMarginFraction");
    }
    return () => {
      const result = this.#venue.engine.setLeverage(
        account.engineId,
        market.config.symbol,
        leverageOf(fraction),
      );
      if (!result.ok) return fail(codeOfRejection(result.reason), result.message);
      account.marginFractions.set(market.config.marketId, fraction);
      return { ok: true, eventInfo: { market_index: market.config.marketId, imf: fraction } };
    };
  }

  #usdcAmount(fields: TxFields, route: string): string {
    if (int(fields, "AssetIndex") !== USDC_ASSET) {
      throw new LighterApiError(E.ONLY_USDC_TRANSFER, "only usdc transfer supported");
    }
    if (int(fields, route) !== 0n) throw new LighterApiError(E.TX_NOT_ALLOWED, "transaction is not allowed");
    const amount = int(fields, "Amount");
    if (amount < 1n) throw new LighterApiError(E.INVALID_PARAM, "invalid param: Amount");
    return fromUnits(amount, USDC_DECIMALS);
  }

  #withdraw(tx: DecodedTx, account: LighterAccount): () => Outcome {
    const amount = this.#usdcAmount(tx.fields, "RouteType");
    return () => {
      const result = this.#venue.engine.withdraw(account.engineId, amount);
      if (!result.ok) return fail(E.BELOW_INITIAL_MARGIN, result.message);
      account.withdrawals.push({ id: tx.hash, amount, timestamp: this.#venue.now(), txHash: tx.hash });
      return { ok: true, eventInfo: { amount } };
    };
  }

  /** To an account of another L1 owner the wallet's EIP-191 signature (L1Sig) is required too. */
  async #transfer(tx: DecodedTx, account: LighterAccount, apiKeyIndex: number): Promise<() => Outcome> {
    const f = tx.fields;
    const amount = this.#usdcAmount(f, "FromRouteType");
    if (int(f, "ToRouteType") !== 0n)
      throw new LighterApiError(E.TX_NOT_ALLOWED, "transaction is not allowed");
    const to = this.#venue.account(int(f, "ToAccountIndex"));
    if (to === undefined || to === account)
      throw new LighterApiError(E.ACCOUNT_NOT_FOUND, "account not found");
    if (to.l1Address.toLowerCase() !== account.l1Address.toLowerCase()) {
      await this.#checkL1(
        f.L1Sig as string,
        transferL1Message({
          Nonce: int(f, "Nonce"),
          FromAccountIndex: account.index,
          FromRouteType: int(f, "FromRouteType"),
          ApiKeyIndex: apiKeyIndex,
          ToAccountIndex: to.index,
          ToRouteType: int(f, "ToRouteType"),
          AssetIndex: int(f, "AssetIndex"),
          Amount: int(f, "Amount"),
          USDCFee: int(f, "USDCFee"),
          ChainId: this.#venue.options.chainId,
          Memo: f.Memo as Uint8Array,
        }),
        account,
      );
    }
    return () => {
      const engine = this.#venue.engine;
      const out = engine.withdraw(account.engineId, amount);
      if (!out.ok) return fail(E.BELOW_INITIAL_MARGIN, out.message);
      engine.deposit(to.engineId, amount);
      const record = {
        id: tx.hash,
        amount,
        fromAccountIndex: account.index,
        toAccountIndex: to.index,
        timestamp: this.#venue.now(),
        txHash: tx.hash,
      };
      account.transfers.push(record);
      to.transfers.push(record);
      return { ok: true, eventInfo: { amount, to: to.index.toString() } };
    };
  }

  /** The wallet that owns the account must have signed `message` (EIP-191) into L1Sig. */
  async #checkL1(l1Sig: string, message: string, account: LighterAccount): Promise<void> {
    let signer: string | undefined;
    if (/^0x[0-9a-fA-F]{130}$/.test(l1Sig)) {
      try {
        signer = await recoverMessageAddress({ message, signature: l1Sig as Hex });
      } catch {
        signer = undefined;
      }
    }
    if (signer === undefined || signer.toLowerCase() !== account.l1Address.toLowerCase()) {
      throw new LighterApiError(E.INVALID_SIGNATURE, "invalid L1 signature");
    }
  }
}

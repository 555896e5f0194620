import Big from "big.js";
import { type Address, encodeAbiParameters, getAddress, type Hex, keccak256, parseAbiParameters } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import {
  type Clock,
  Engine,
  type EngineEvent,
  type PlaceOrderRequest,
  SeededRandom,
  type TradeView,
} from "../../engine/index.js";
import {
  grantSigner,
  type NonceScope,
  nonceUsed,
  signerAllowed,
  useNonce,
  type VestAccount,
  VestAccounts,
} from "./accounts.js";
import { CandleStore } from "./candles.js";
import { simulatedApiKey, testPrivateKey } from "./credentials.js";
import {
  VEST_REQUEST_ERRORS as E,
  rejectCodeOf,
  VEST_CLOSE_CODES,
  VEST_REJECT_CODES,
  VestRequestError,
} from "./errors.js";
import { fixed, UNSIGNED_DECIMAL, usdc, writtenDecimals } from "./format.js";
import { FundingLog } from "./funding.js";
import { Ledger, type LpRecord, lpEventArgs, type TransferRecord, transferEventArgs } from "./ledger.js";
import { ListenKeys } from "./listen-keys.js";
import { engineMarketConfig, resolveVestMarket, stepOf, VEST_FUNDING_INTERVAL_MS } from "./markets.js";
import type { ResolvedVestOptions, VestAccountConfig } from "./options.js";
import { isOpen, type OrderChange, orderEventArgs, type VestOrder, VestOrders } from "./orders.js";
import { initMarginRatioOf, type MarketState } from "./render.js";
import type { OrderBody } from "./schemas.js";
import {
  cancelMessageHash,
  lpMessageHash,
  orderMessageHash,
  recoverActionSigner,
  recoverRegistrationSigner,
  SIGNER_PROOF_TYPES,
  signerProofDomain,
  withdrawRequestArgs,
} from "./signatures.js";

/** Where the venue pushes what its WebSocket streams carry. */
export interface VestStreams {
  depthChanged(symbol: string): void;
  trade(state: MarketState, trade: TradeView): void;
  candleChanged(symbol: string): void;
  account(accountId: string, event: "ORDER" | "LP" | "TRANSFER", args: object): void;
  /** A listen key died (expired, or deleted by its owner): close its sockets with `code`. */
  listenKeyClosed(key: string, code: number): void;
}

const HISTORY_PER_ACCOUNT = 10_000;
const CANDLE_MINUTES = 60 * 24 * 31;
const FUNDING_CHANGES = 10_000;
const USDC_UNITS = new Big(1_000_000);
const PROOF_ARGS = parseAbiParameters("address, uint256");
const PROOF = parseAbiParameters("bytes, bytes");

/**
 * Vest's exchange logic over the venue-neutral engine: accounts with delegated signing keys,
 * signature/nonce/time-window checks, hex order ids with asynchronous rejections, attached TP/SL,
 * leverage, LP and withdrawals, listen keys, and the price/funding history the REST and stream
 * layers render.
 */
export class VestVenue {
  readonly engine: Engine;
  readonly options: ResolvedVestOptions;
  readonly markets = new Map<string, MarketState>();
  readonly accounts = new VestAccounts();
  readonly orders: VestOrders;
  readonly transfers = new Ledger<TransferRecord>(HISTORY_PER_ACCOUNT);
  readonly lp = new Ledger<LpRecord>(HISTORY_PER_ACCOUNT);
  readonly listenKeys: ListenKeys;
  streams: VestStreams | undefined;
  readonly #random: SeededRandom;
  readonly #validatorKey = privateKeyToAccount(testPrivateKey("validator"));
  readonly #primaryKeys = new Map<string, Hex>();
  readonly #filledParents: VestOrder[] = [];
  readonly #positionSizes = new Map<string, Big>();
  readonly #nextFunding = new Map<string, number>();
  #drainScheduled = false;

  constructor(options: ResolvedVestOptions, clock: Clock) {
    this.options = options;
    this.#random = new SeededRandom(options.seed);
    const markets = options.markets.map(resolveVestMarket);
    this.engine = new Engine({
      markets: markets.map(engineMarketConfig),
      clock,
      seed: options.seed,
      recentTradeLimit: 5000,
    });
    const now = this.now();
    for (const market of markets) {
      const view = this.engine.market(market.symbol)!;
      const state: MarketState = {
        market,
        candles: new CandleStore(CANDLE_MINUTES),
        funding: new FundingLog(now, view.fundingRate, FUNDING_CHANGES),
      };
      state.candles.record(now, view.markPrice);
      this.markets.set(market.symbol, state);
      this.#nextFunding.set(market.symbol, view.nextFundingAt);
    }
    this.orders = new VestOrders(options.orderIdStart, HISTORY_PER_ACCOUNT);
    this.listenKeys = new ListenKeys(options.listenKeyTtlMs, () => this.#randomHex(32));
    for (const config of options.accounts) this.#addConfiguredAccount(config);
    this.engine.subscribe((event) => this.#onEngineEvent(event));
  }

  now(): number {
    return this.engine.clock.now();
  }

  /** Accounts of traders (not the house maker or the fee account). */
  traders(): VestAccount[] {
    return this.accounts.all();
  }

  /** One engine step plus the hourly funding record. */
  tick(): void {
    this.engine.tick();
    this.#recordFunding();
    this.drain();
  }

  /** Sets a market's hourly funding rate (engine and history). */
  setFundingRate(symbol: string, rate: string): void {
    this.engine.setFundingRate(symbol, rate);
    this.#market(symbol).funding.rateChanged(this.now(), this.engine.market(symbol)!.fundingRate);
  }

  /** An on-chain deposit arriving: credits collateral and reports a TRANSFER event. */
  deposit(primaryAddress: string, amount: string): TransferRecord {
    const account = this.accounts.byId(primaryAddress);
    if (account === undefined) throw new VestRequestError(E.ACCOUNT_NOT_FOUND, "Account not found");
    const result = this.engine.deposit(account.id, amount);
    if (!result.ok) throw new VestRequestError(E.INVALID_PARAMETER, result.message);
    return this.#recordTransfer({
      id: this.transfers.nextId(),
      accountId: account.id,
      nonce: 0,
      size: usdc(amount),
      orderType: "DEPOSIT",
      status: "FILLED",
      code: null,
      chainId: this.options.depositChainId,
      postTime: this.now(),
      requestArgs: null,
      signer: null,
      signature: null,
      signatureProof: null,
      validatorSignature: null,
    });
  }

  /** DELETE /account/listenKey. */
  closeListenKey(account: VestAccount): void {
    const key = this.listenKeys.close(account.id, this.now());
    if (key !== undefined) this.streams?.listenKeyClosed(key.key, VEST_CLOSE_CODES.LISTEN_KEY_NOT_FOUND);
  }

  /** Expires lapsed listen keys (or `key` / every key at once, for an injected expiry). */
  expireListenKeys(target?: { key: string | undefined }): void {
    const dead =
      target === undefined ? this.listenKeys.sweep(this.now()) : this.listenKeys.expire(target.key);
    for (const key of dead) this.streams?.listenKeyClosed(key.key, VEST_CLOSE_CODES.LISTEN_KEY_EXPIRED);
  }

  // ---- registration -----------------------------------------------------------------------------

  async register(body: {
    signingAddr: string;
    primaryAddr: string;
    signature: string;
    expiryTime: number;
    networkType: number;
  }): Promise<{ apiKey: string; accGroup: number }> {
    if (body.networkType !== 0) {
      throw new VestRequestError(E.INVALID_NETWORK_TYPE, "Invalid network type");
    }
    const now = this.now();
    if (body.expiryTime <= now) throw new VestRequestError(E.INVALID_PARAMETER, "expiryTime is in the past");
    const signer = await recoverRegistrationSigner(
      this.options.verifyingContract,
      getAddress(body.signingAddr),
      body.expiryTime,
      body.signature,
    );
    if (signer !== body.primaryAddr.toLowerCase()) {
      throw new VestRequestError(E.INVALID_SIGNATURE, "Invalid signature");
    }
    let account = this.accounts.byId(body.primaryAddr);
    if (account === undefined) {
      account = this.accounts.add({
        primaryAddress: body.primaryAddr,
        apiKey: simulatedApiKey(body.primaryAddr, this.options.seed),
        accountGroup: 0,
      });
      this.engine.createAccount({ id: account.id, collateral: this.options.registrationCollateral });
    }
    grantSigner(account, {
      address: body.signingAddr.toLowerCase(),
      expiry: body.expiryTime,
      proofSignature: body.signature as Hex,
    });
    return { apiKey: account.apiKey, accGroup: account.accountGroup };
  }

  // ---- orders -----------------------------------------------------------------------------------

  async placeOrder(account: VestAccount, body: OrderBody): Promise<{ id: string }> {
    const o = body.order;
    const state = this.markets.get(o.symbol);
    if (state === undefined) throw new VestRequestError(E.BAD_SYMBOL, `Unknown symbol ${o.symbol}`);
    const { market } = state;
    if (o.orderType !== "LIMIT" && o.orderType !== "MARKET") {
      throw new VestRequestError(E.INVALID_ORDER_TYPE, "Invalid order type");
    }
    checkDecimal(o.size, market.sizeDecimals, "size");
    checkDecimal(o.limitPrice, market.priceDecimals, "limitPrice");
    // timeInForce is documented for LIMIT only; a MARKET order ignores it.
    const timeInForce = o.orderType === "LIMIT" ? (o.timeInForce ?? "GTC") : undefined;
    if (timeInForce !== undefined && !["GTC", "FOK", "IOC"].includes(timeInForce)) {
      throw new VestRequestError(E.INVALID_TIME_IN_FORCE, "Invalid time in force");
    }
    const reduceOnly = o.reduceOnly ?? false;
    const children = this.#checkChildren(o, market.priceDecimals);
    const now = this.now();
    this.#checkWindow(o.time, body.recvWindow, now);
    const signed = {
      time: o.time,
      nonce: o.nonce,
      symbol: o.symbol,
      isBuy: o.isBuy,
      size: o.size,
      orderType: o.orderType,
      limitPrice: o.limitPrice,
      reduceOnly,
    };
    await this.#checkSignature(account, orderMessageHash(signed), body.signature, now);
    for (const child of children) {
      const nonce = this.options.childNonce === "increment" ? o.nonce + child.nonceOffset : o.nonce;
      const hash = orderMessageHash({
        ...signed,
        nonce,
        orderType: child.orderType,
        isBuy: !o.isBuy,
        limitPrice: child.price,
        reduceOnly: true,
      });
      await this.#checkSignature(account, hash, child.signature, now);
    }
    const duplicate = this.#checkNonce(account, "order", o.nonce);
    const order = this.orders.create({
      accountId: account.id,
      nonce: o.nonce,
      symbol: o.symbol,
      isBuy: o.isBuy,
      orderType: o.orderType,
      limitPrice: o.limitPrice,
      size: o.size,
      reduceOnly,
      timeInForce,
      markPrice: fixed(this.engine.market(o.symbol)!.markPrice, market.priceDecimals),
      initMarginRatio: initMarginRatioOf(account, state),
      postTime: now,
      tpPrice: o.tpPrice ?? null,
      slPrice: o.slPrice ?? null,
      children: children.map(({ orderType, price }) => ({ orderType, price })),
    });
    if (duplicate) {
      this.#rejectOrder(order, VEST_REJECT_CODES.DUPLICATE);
      return { id: order.id };
    }
    useNonce(account, "order", o.nonce);
    const request: PlaceOrderRequest = {
      accountId: account.id,
      market: o.symbol,
      side: o.isBuy ? "buy" : "sell",
      type: o.orderType === "MARKET" ? "market" : "limit",
      price: o.limitPrice,
      size: o.size,
      // Vest fills a MARKET order completely against the house or rejects it.
      timeInForce: o.orderType === "MARKET" ? "FOK" : (timeInForce as "GTC" | "FOK" | "IOC"),
      reduceOnly,
    };
    const result = this.orders.submitting(order, () => this.engine.placeOrder(request));
    if (!result.ok) this.#rejectOrder(order, rejectCodeOf(result.reason));
    this.drain();
    return { id: order.id };
  }

  async cancelOrder(
    account: VestAccount,
    body: {
      order: { time: number; nonce: number; id: string };
      recvWindow?: number | undefined;
      signature: string;
    },
  ): Promise<{ id: string }> {
    const { time, nonce, id } = body.order;
    const now = this.now();
    this.#checkWindow(time, body.recvWindow, now);
    await this.#checkSignature(account, cancelMessageHash(time, nonce, id), body.signature, now);
    if (this.#checkNonce(account, "cancel", nonce)) {
      throw new VestRequestError(E.INVALID_NONCE, "Nonce already used");
    }
    const order = this.orders.get(id);
    if (order === undefined || order.accountId !== account.id) {
      throw new VestRequestError(VEST_REJECT_CODES.ORDER_NOT_FOUND, "Order not found");
    }
    useNonce(account, "cancel", nonce);
    if (!isOpen(order) || order.engineId === undefined) {
      throw new VestRequestError(VEST_REJECT_CODES.ORDER_NOT_FOUND, "Order already processed or cancelled");
    }
    const result = this.engine.cancelOrder({ accountId: account.id, orderId: order.engineId });
    if (!result.ok) {
      throw new VestRequestError(VEST_REJECT_CODES.ORDER_NOT_FOUND, "Order already processed or cancelled");
    }
    this.drain();
    return { id: order.id };
  }

  setLeverage(account: VestAccount, symbol: string, value: number): { symbol: string; value: number } {
    const state = this.markets.get(symbol);
    if (state === undefined) throw new VestRequestError(E.BAD_SYMBOL, `Unknown symbol ${symbol}`);
    if (!Number.isSafeInteger(value) || value < 1 || value > state.market.maxLeverage) {
      throw new VestRequestError(
        E.INVALID_PARAMETER,
        `Leverage must be an integer in 1..${state.market.maxLeverage}`,
      );
    }
    const result = this.engine.setLeverage(account.id, symbol, String(value));
    if (!result.ok) {
      throw result.reason === "insufficient-margin"
        ? new VestRequestError(
            VEST_REJECT_CODES.DECREASE_LEVERAGE_WITH_POSITION,
            "Cannot decrease leverage with the current position",
          )
        : new VestRequestError(E.INVALID_PARAMETER, result.message);
    }
    account.leverages.set(symbol, value);
    return { symbol, value };
  }

  // ---- LP and withdrawals -------------------------------------------------------------------------

  async lpOrder(
    account: VestAccount,
    body: {
      order: { time: number; nonce: number; orderType: string; size: string };
      recvWindow?: number | undefined;
      signature: string;
    },
  ): Promise<{ id: string }> {
    const { time, nonce, orderType, size } = body.order;
    if (orderType !== "DEPOSIT" && orderType !== "IMMEDIATE_WITHDRAW" && orderType !== "SCHEDULE_WITHDRAW") {
      throw new VestRequestError(E.INVALID_ORDER_TYPE, "Invalid LP order type");
    }
    checkDecimal(size, 6, "size");
    const now = this.now();
    this.#checkWindow(time, body.recvWindow, now);
    await this.#checkSignature(account, lpMessageHash(time, nonce, orderType, size), body.signature, now);
    let code: number | null = null;
    const amount = new Big(size);
    if (this.#checkNonce(account, "lp", nonce)) code = VEST_REJECT_CODES.LP_DUPLICATE;
    else {
      useNonce(account, "lp", nonce);
      if (orderType === "DEPOSIT") {
        if (this.engine.withdraw(account.id, size).ok) {
          account.lpBalance = account.lpBalance.plus(amount);
          account.lpShares = account.lpShares.plus(amount);
        } else code = VEST_REJECT_CODES.LP_INSUFFICIENT_BALANCE;
      } else if (account.lpShares.eq(0)) code = VEST_REJECT_CODES.LP_WITHDRAW_WITHOUT_SHARES;
      else if (amount.gt(account.lpBalance)) code = VEST_REJECT_CODES.LP_WITHDRAW_EXCEEDS_BALANCE;
      else {
        // Shares track the balance one to one: the simulated pool earns nothing and never locks.
        account.lpBalance = account.lpBalance.minus(amount);
        account.lpShares = account.lpShares.minus(amount);
        this.engine.deposit(account.id, size);
      }
    }
    const record = this.lp.add({
      id: this.lp.nextId(),
      accountId: account.id,
      nonce,
      size,
      orderType,
      status: code === null ? "FILLED" : "REJECTED",
      code,
      fees: usdc("0"),
      postTime: now,
    });
    this.streams?.account(account.id, "LP", lpEventArgs(record));
    return { id: record.id };
  }

  async withdraw(
    account: VestAccount,
    body: {
      order: { time: number; nonce: number; recipient: string; token: string; size: number; chainId: number };
      execute?: boolean | undefined;
      recvWindow?: number | undefined;
      signature: string;
    },
  ): Promise<{ id: string }> {
    const { time, nonce, recipient, token, size, chainId } = body.order;
    if (token !== "USDC") throw new VestRequestError(E.INVALID_PARAMETER, `Unsupported token ${token}`);
    const tokenAddress = this.options.withdrawTokens[chainId];
    if (tokenAddress === undefined) {
      throw new VestRequestError(E.INVALID_PARAMETER, `Unsupported chainId ${chainId}`);
    }
    if (size <= 0) throw new VestRequestError(E.INVALID_PARAMETER, "size must be positive");
    const now = this.now();
    this.#checkWindow(time, body.recvWindow, now);
    const requestArgs = withdrawRequestArgs({
      time,
      nonce,
      account: account.primaryAddress,
      recipient: getAddress(recipient),
      token: tokenAddress,
      size: BigInt(size),
      chainId,
    });
    const signer = await this.#checkSignature(account, keccak256(requestArgs), body.signature, now);
    const amount = new Big(size).div(USDC_UNITS).toFixed(6);
    let code: number | null = null;
    if (this.#checkNonce(account, "withdraw", nonce)) code = VEST_REJECT_CODES.TRANSFER_DUPLICATE;
    else {
      useNonce(account, "withdraw", nonce);
      if (!this.engine.withdraw(account.id, amount).ok) code = VEST_REJECT_CODES.TRANSFER_MARGIN_CHECK_FAILED;
    }
    const record = this.#recordTransfer({
      id: this.transfers.nextId(),
      accountId: account.id,
      nonce,
      size: amount,
      orderType: "WITHDRAW",
      status: code === null ? "FILLED" : "REJECTED",
      code,
      chainId,
      postTime: now,
      requestArgs,
      signer,
      signature: body.signature,
      signatureProof: await this.#signatureProof(account, signer),
      validatorSignature: await this.#validatorKey.signMessage({ message: { raw: keccak256(requestArgs) } }),
    });
    return { id: record.id };
  }

  /** Places the TP/SL children of parents that filled; runs after each engine operation. */
  drain(): void {
    while (this.#filledParents.length > 0) {
      const parent = this.#filledParents.shift()!;
      for (const child of parent.children.splice(0)) this.#placeChild(parent, child);
    }
  }

  // ---- internals ----------------------------------------------------------------------------------

  #addConfiguredAccount(config: VestAccountConfig): void {
    const account = this.accounts.add({
      primaryAddress: config.primaryAddress,
      apiKey: config.apiKey,
      accountGroup: config.accountGroup ?? 0,
    });
    grantSigner(account, {
      address: config.signingAddress.toLowerCase(),
      expiry: config.signerExpiry ?? 4_102_444_800_000,
      proofSignature: undefined,
    });
    if (config.primaryPrivateKey !== undefined) {
      this.#primaryKeys.set(account.id, config.primaryPrivateKey as Hex);
    }
    this.engine.createAccount({ id: account.id, collateral: config.collateral ?? "0" });
  }

  #onEngineEvent(event: EngineEvent): void {
    const state = event.market === undefined ? undefined : this.markets.get(event.market);
    switch (event.type) {
      case "book-changed":
        this.streams?.depthChanged(event.market);
        return;
      case "trade":
        state?.candles.record(event.time, event.trade.price, event.trade.size);
        if (state !== undefined) this.streams?.trade(state, event.trade);
        this.streams?.candleChanged(event.market);
        return;
      case "mark-price-changed":
        state?.candles.record(event.time, event.markPrice);
        this.streams?.candleChanged(event.market);
        return;
      case "position-changed":
        this.#trackEntryFunding(event.position.accountId, event.market, event.position.size);
        return;
      default: {
        const applied = this.orders.apply(event);
        if (applied !== undefined) this.#publishOrder(applied.order, applied.change);
      }
    }
  }

  #publishOrder(order: VestOrder, change: OrderChange): void {
    const market = this.markets.get(order.symbol)?.market;
    this.streams?.account(order.accountId, "ORDER", orderEventArgs(order, change, market));
    if (change === "fill" && order.status === "FILLED" && order.children.length > 0) {
      this.#filledParents.push(order);
      // Fills caused by engine calls outside this class (tests driving the engine) still get children.
      if (!this.#drainScheduled) {
        this.#drainScheduled = true;
        queueMicrotask(() => {
          this.#drainScheduled = false;
          this.drain();
        });
      }
    }
  }

  #rejectOrder(order: VestOrder, code: number): void {
    this.orders.reject(order, code);
    this.#publishOrder(order, "reject");
  }

  #placeChild(parent: VestOrder, child: { orderType: "TAKE_PROFIT" | "STOP_LOSS"; price: string }): void {
    const state = this.#market(parent.symbol);
    const account = this.accounts.byId(parent.accountId)!;
    const isBuy = !parent.isBuy;
    const order = this.orders.create({
      accountId: parent.accountId,
      nonce: parent.nonce,
      symbol: parent.symbol,
      isBuy,
      orderType: child.orderType,
      limitPrice: child.price,
      size: parent.size,
      reduceOnly: true,
      timeInForce: undefined,
      markPrice: fixed(this.engine.market(parent.symbol)!.markPrice, state.market.priceDecimals),
      initMarginRatio: initMarginRatioOf(account, state),
      postTime: this.now(),
      tpPrice: null,
      slPrice: null,
      children: [],
    });
    const takeProfit = child.orderType === "TAKE_PROFIT";
    // A stop closes at any price (a market order bounded only by one tick, or by twice the trigger);
    // a take-profit rests at its price once triggered.
    const worst = isBuy
      ? fixed(new Big(child.price).times(2), state.market.priceDecimals)
      : stepOf(state.market.priceDecimals);
    const result = this.orders.submitting(order, () =>
      this.engine.placeOrder({
        accountId: parent.accountId,
        market: parent.symbol,
        side: isBuy ? "buy" : "sell",
        type: takeProfit ? "limit" : "market",
        price: takeProfit ? child.price : worst,
        size: parent.size,
        timeInForce: takeProfit ? "GTC" : "IOC",
        reduceOnly: true,
        trigger: { price: child.price, kind: takeProfit ? "take-profit" : "stop" },
      }),
    );
    if (!result.ok) this.#rejectOrder(order, rejectCodeOf(result.reason));
  }

  /** TP/SL prices must sit on the profitable / protective side of the parent's limit price. */
  #checkChildren(
    o: OrderBody["order"],
    priceDecimals: number,
  ): { orderType: "TAKE_PROFIT" | "STOP_LOSS"; price: string; signature: string; nonceOffset: number }[] {
    const children: {
      orderType: "TAKE_PROFIT" | "STOP_LOSS";
      price: string;
      signature: string;
      nonceOffset: number;
    }[] = [];
    const legs = [
      {
        orderType: "TAKE_PROFIT" as const,
        price: o.tpPrice,
        signature: o.tpSignature,
        nonceOffset: 1,
        above: o.isBuy,
      },
      {
        orderType: "STOP_LOSS" as const,
        price: o.slPrice,
        signature: o.slSignature,
        nonceOffset: 2,
        above: !o.isBuy,
      },
    ];
    for (const leg of legs) {
      if (leg.price === undefined) continue;
      if (o.orderType !== "LIMIT") {
        throw new VestRequestError(E.INVALID_TP_SL_PRICE, "TP/SL is only allowed on LIMIT orders");
      }
      checkDecimal(leg.price, priceDecimals, leg.orderType === "TAKE_PROFIT" ? "tpPrice" : "slPrice");
      const price = new Big(leg.price);
      if (leg.above ? price.lte(o.limitPrice) : price.gte(o.limitPrice)) {
        throw new VestRequestError(E.INVALID_TP_SL_PRICE, "Invalid TP/SL price");
      }
      if (leg.signature === undefined) throw new VestRequestError(E.INVALID_SIGNATURE, "Invalid signature");
      children.push({
        orderType: leg.orderType,
        price: leg.price,
        signature: leg.signature,
        nonceOffset: leg.nonceOffset,
      });
    }
    return children;
  }

  #checkWindow(time: number, recvWindow: number | undefined, now: number): void {
    const window = recvWindow ?? this.options.defaultRecvWindowMs;
    if (window <= 0 || window > this.options.maxRecvWindowMs) {
      throw new VestRequestError(E.BAD_RECV_WINDOW, "Invalid recvWindow");
    }
    if (now > time + window) throw new VestRequestError(E.ORDER_EXPIRED, "Order expired");
    if (time > now + this.options.maxFutureSkewMs) {
      throw new VestRequestError(E.ORDER_EXPIRED, "Order time is ahead of the server time");
    }
  }

  /** Recovers the signer and checks it may sign for the account; returns the signer (lower-cased). */
  async #checkSignature(account: VestAccount, hash: Hex, signature: string, now: number): Promise<string> {
    const signer = await recoverActionSigner(hash, signature);
    if (signer === undefined || !signerAllowed(account, signer, now)) {
      const expired = signer !== undefined && account.signers.has(signer);
      throw new VestRequestError(E.INVALID_SIGNATURE, expired ? "Signing key expired" : "Invalid signature");
    }
    return signer;
  }

  /** True when the nonce was used before (a duplicate); "increasing" refuses stale nonces outright. */
  #checkNonce(account: VestAccount, scope: NonceScope, nonce: number): boolean {
    if (this.options.nonceRule === "increasing" && account.lastNonce > 0 && nonce <= account.lastNonce) {
      throw new VestRequestError(E.INVALID_NONCE, "Invalid nonce");
    }
    return nonceUsed(account, scope, nonce);
  }

  #recordTransfer(record: TransferRecord): TransferRecord {
    this.transfers.add(record);
    this.streams?.account(record.accountId, "TRANSFER", transferEventArgs(record));
    return record;
  }

  /** `abi.encode(bytes proofSignature, bytes abi.encode(address signer, uint256 expiry))`, or "0x" for the primary. */
  async #signatureProof(account: VestAccount, signer: string): Promise<Hex> {
    const grant = account.signers.get(signer);
    if (signer === account.id || grant === undefined) return "0x";
    let proof = grant.proofSignature;
    const primaryKey = this.#primaryKeys.get(account.id);
    if (proof === undefined && primaryKey !== undefined) {
      proof = await privateKeyToAccount(primaryKey).signTypedData({
        domain: signerProofDomain(this.options.verifyingContract),
        types: SIGNER_PROOF_TYPES,
        primaryType: "SignerProof",
        message: { approvedSigner: getAddress(signer), signerExpiry: BigInt(grant.expiry) },
      });
      grantSigner(account, { ...grant, proofSignature: proof });
    }
    if (proof === undefined) return "0x";
    const args = encodeAbiParameters(PROOF_ARGS, [getAddress(signer) as Address, BigInt(grant.expiry)]);
    return encodeAbiParameters(PROOF, [proof, args]);
  }

  #trackEntryFunding(accountId: string, symbol: string, size: string): void {
    const account = this.accounts.byId(accountId);
    const state = this.markets.get(symbol);
    if (account === undefined || state === undefined) return;
    const key = `${accountId}|${symbol}`;
    const before = this.#positionSizes.get(key) ?? new Big(0);
    const after = new Big(size);
    this.#positionSizes.set(key, after);
    const opened = !after.eq(0) && (before.eq(0) || before.gt(0) !== after.gt(0));
    if (opened) account.entryFunding.set(symbol, state.funding.cumFunding.toString());
    if (after.eq(0)) account.entryFunding.delete(symbol);
  }

  /** Records each hourly payment the last tick made (the engine pays at interval boundaries). */
  #recordFunding(): void {
    for (const [symbol, state] of this.markets) {
      const view = this.engine.market(symbol)!;
      let due = this.#nextFunding.get(symbol)!;
      while (due < view.nextFundingAt) {
        state.funding.paid(due, view.fundingRate, view.markPrice);
        due += VEST_FUNDING_INTERVAL_MS;
      }
      this.#nextFunding.set(symbol, due);
    }
  }

  #market(symbol: string): MarketState {
    return this.markets.get(symbol)!;
  }

  #randomHex(length: number): string {
    let out = "";
    while (out.length < length) out += this.#random.nextUint32().toString(16).padStart(8, "0");
    return out.slice(0, length);
  }
}

/** A positive decimal with at most `decimals` places (1111 when over-precise). */
function checkDecimal(text: string, decimals: number, field: string): void {
  if (!UNSIGNED_DECIMAL.test(text)) {
    throw new VestRequestError(E.INVALID_PARAMETER, `${field} must be a decimal string`);
  }
  if (writtenDecimals(text) > decimals)
    throw new VestRequestError(E.BAD_DECIMALS, `Bad decimals in ${field}`);
  if (new Big(text).lte(0)) throw new VestRequestError(E.INVALID_PARAMETER, `${field} must be positive`);
}

import { type OrderTracker, type ReadinessTracker, ValidationError } from "@perp/core";
import type { VestRestClient } from "../rest/client.js";
import type { VestAccount } from "../schemas/account.js";
import type { VestOrder } from "../schemas/orders.js";
import type { VestAccountStream } from "../ws/account/account-stream.js";

const COLLATERAL = "USDC";
const SNAPSHOT_COMPONENTS = ["balances", "positions", "openOrders"] as const;

export interface AccountSyncOptions {
  rest: VestRestClient;
  orders: OrderTracker;
  readiness: ReadinessTracker;
  /** The configured primary address; `GET /account` must report the same. */
  primaryAddress: string;
  /** The current account stream (replaced on every start). */
  stream: () => VestAccountStream;
  /** Applies `GET /orders` rows through the stream state, marking the changes as REST-sourced. */
  applyRows: (apply: () => void) => void;
  /** Local clock of the order tracker. */
  clock: () => number;
  onError: (error: unknown) => void;
}

/**
 * The REST side of the account: Vest streams neither balances nor positions, and replays nothing
 * after a reconnect, so `GET /account` and `GET /orders` are read at start, after fills, and after
 * every loss of continuity; orders the tracker holds that the lists no longer show are looked up
 * one by one (by id, or by nonce for orders whose POST answer never arrived).
 */
export class VestAccountSync {
  readonly #o: AccountSyncOptions;
  #refresh: Promise<void> | undefined;
  #refreshAgain = false;
  #closed = false;

  constructor(options: AccountSyncOptions) {
    this.#o = options;
  }

  close(): void {
    this.#closed = true;
  }

  /** `GET /account` → balances and positions (events for what changed); marks both ready. */
  async loadAccount(signal?: AbortSignal): Promise<VestAccount> {
    let account: VestAccount;
    try {
      account = await this.#o.rest.getAccount({}, signal === undefined ? {} : { signal });
      if (account.address.toLowerCase() !== this.#o.primaryAddress.toLowerCase()) {
        throw new ValidationError(
          `the API key belongs to Vest account ${account.address}, not to the configured primaryAddress ${this.#o.primaryAddress}`,
          {
            venue: "vest",
            issues: [
              { path: ["credentials", "primaryAddress"], message: "does not match the API key's account" },
            ],
          },
        );
      }
    } catch (error) {
      this.#o.readiness.markFailed("balances", error);
      this.#o.readiness.markFailed("positions", error);
      throw error;
    }
    if (this.#closed) return account;
    this.#o.stream().applyAccount(withCollateralRow(account));
    this.#o.readiness.markReady("balances", { evidence: "rest-response" });
    this.#o.readiness.markReady("positions", { evidence: "rest-response" });
    return account;
  }

  /**
   * `GET /orders` (NEW and PARTIALLY_FILLED) applied as the open-order snapshot; tracked orders it
   * does not list, and that did not change after the request, are looked up one by one so none is
   * lost. Marks openOrders ready.
   */
  async loadOpenOrders(signal?: AbortSignal): Promise<void> {
    const options = signal === undefined ? {} : { signal };
    try {
      const requestedAt = this.#o.clock();
      const rows = await this.#o.rest.getOpenOrders({}, options);
      if (this.#closed) return;
      this.#o.applyRows(() => this.#o.stream().reconcileOpenOrders(rows, requestedAt));
      const listed = rows.map((row) => ({ id: row.id, clientOrderId: row.nonce }));
      for (const order of this.#o.orders.missingFrom(listed, requestedAt)) {
        const found = await this.#lookup(order.id, order.clientOrderId, options);
        if (this.#closed) return;
        if (found !== undefined) this.#o.applyRows(() => this.#o.stream().applyOrders([found]));
      }
    } catch (error) {
      this.#o.readiness.markFailed("openOrders", error);
      throw error;
    }
    this.#o.readiness.markReady("openOrders", { evidence: "rest-response" });
  }

  /** An order by venue id, or by the nonce it was signed with when its id is not known. */
  async lookup(clientOrderId: string, signal?: AbortSignal): Promise<VestOrder | undefined> {
    return this.#lookup(undefined, clientOrderId, signal === undefined ? {} : { signal });
  }

  /** After the account stream lost continuity: every snapshot stale, then re-read. */
  markStale(reason: string): void {
    for (const component of SNAPSHOT_COMPONENTS) {
      this.#o.readiness.markStale(component, `${reason}: re-reading it over REST`);
    }
  }

  /** The account stream's `onReconnected` hook: the resync completes when this resolves. */
  async reconcile(): Promise<void> {
    this.markStale("account stream resynchronizing");
    await this.loadOpenOrders();
    await this.loadAccount();
  }

  /**
   * A fill (or a transfer) changed balances and positions, which v2 does not stream: re-read
   * `GET /account`, coalescing bursts into one request in flight and at most one after it.
   */
  scheduleRefresh(): void {
    if (this.#closed) return;
    if (this.#refresh !== undefined) {
      this.#refreshAgain = true;
      return;
    }
    this.#refresh = this.loadAccount()
      .then(
        () => undefined,
        (error: unknown) => this.#o.onError(error),
      )
      .finally(() => {
        this.#refresh = undefined;
        if (this.#refreshAgain) {
          this.#refreshAgain = false;
          this.scheduleRefresh();
        }
      });
  }

  /** Resolves when no refresh is running (tests and stop()). */
  async settled(): Promise<void> {
    while (this.#refresh !== undefined) await this.#refresh;
  }

  async #lookup(
    id: string | undefined,
    clientOrderId: string | undefined,
    options: { signal?: AbortSignal },
  ): Promise<VestOrder | undefined> {
    if (id !== undefined) return this.#o.rest.getOrder({ id }, options);
    if (clientOrderId === undefined || !/^\d+$/.test(clientOrderId)) return undefined;
    const rows = await this.#o.rest.getOrders({ nonce: clientOrderId }, options);
    // Newest first: a nonce is unique per account, but a LIMIT's TP/SL children may share it.
    return rows
      .filter((row) => row.orderType === "LIMIT" || row.orderType === "MARKET")
      .sort((a, b) => b.postTime - a.postTime)[0];
  }
}

/** Vest may list no USDC row for an empty account: a zero balance is still a balance. */
function withCollateralRow(account: VestAccount): VestAccount {
  if (account.balances.some((row) => row.asset === COLLATERAL)) return account;
  return { ...account, balances: [...account.balances, { asset: COLLATERAL, total: "0", locked: "0" }] };
}

import type { Hex } from "viem";
import { hexId } from "./format.js";

export type RequestStatus = "FILLED" | "REJECTED";

export interface TransferRecord {
  readonly id: string;
  readonly accountId: string;
  readonly nonce: number;
  /** USDC, 6 decimals. */
  readonly size: string;
  readonly orderType: "DEPOSIT" | "WITHDRAW";
  readonly status: RequestStatus;
  readonly code: number | null;
  readonly chainId: number;
  readonly postTime: number;
  /** What a user needs to call the treasury's `withdraw` themselves (withdrawals only). */
  readonly requestArgs: Hex | null;
  readonly signer: string | null;
  readonly signature: string | null;
  readonly signatureProof: Hex | null;
  readonly validatorSignature: Hex | null;
}

export interface LpRecord {
  readonly id: string;
  readonly accountId: string;
  readonly nonce: number;
  readonly size: string;
  readonly orderType: "DEPOSIT" | "IMMEDIATE_WITHDRAW" | "SCHEDULE_WITHDRAW";
  readonly status: RequestStatus;
  readonly code: number | null;
  readonly fees: string;
  readonly postTime: number;
}

/** Append-only per-account history with hex ids from one counter. */
export class Ledger<T extends { readonly id: string; readonly accountId: string }> {
  readonly #byAccount = new Map<string, T[]>();
  readonly #limit: number;
  #next = 1n;

  constructor(limitPerAccount: number) {
    this.#limit = limitPerAccount;
  }

  nextId(): string {
    return hexId(this.#next++);
  }

  add(record: T): T {
    let list = this.#byAccount.get(record.accountId);
    if (list === undefined) {
      list = [];
      this.#byAccount.set(record.accountId, list);
    }
    list.push(record);
    if (list.length > this.#limit) list.splice(0, list.length - this.#limit);
    return record;
  }

  ofAccount(accountId: string): readonly T[] {
    return this.#byAccount.get(accountId) ?? [];
  }
}

export function transferRow(t: TransferRecord) {
  return {
    id: t.id,
    nonce: t.nonce,
    size: t.size,
    orderType: t.orderType,
    status: t.status,
    code: t.code,
    chainId: t.chainId,
    postTime: t.postTime,
    requestArgs: t.requestArgs,
    signer: t.signer,
    signature: t.signature,
    signatureProof: t.signatureProof,
    validatorSignature: t.validatorSignature,
  };
}

/** `data.args` of an `account_private` TRANSFER event. */
export function transferEventArgs(t: TransferRecord) {
  return {
    id: t.id,
    size: t.size,
    orderType: t.orderType,
    status: t.status,
    code: t.code,
    chainId: t.chainId,
    postTime: t.postTime,
    nonce: t.nonce,
  };
}

export function lpRow(r: LpRecord) {
  return {
    id: r.id,
    nonce: r.nonce,
    size: r.size,
    orderType: r.orderType,
    status: r.status,
    code: r.code,
    fees: r.fees,
    postTime: r.postTime,
  };
}

/** `data.args` of an `account_private` LP event. */
export function lpEventArgs(r: LpRecord) {
  return {
    id: r.id,
    size: r.size,
    orderType: r.orderType,
    status: r.status,
    code: r.code,
    postTime: r.postTime,
    nonce: r.nonce,
  };
}

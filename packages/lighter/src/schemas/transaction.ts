/** Transactions, blocks and the sendTx / sendTxBatch answers. */
import * as z from "zod/mini";
import { envelope, int, int64, list, opt, text } from "./primitives.js";

/** Tx status codes used by the SDKs: 0 pending, 1 queued, 2 committed, 3 executed, 4 failed, 5 rejected. */
export const TX_STATUS = {
  pending: 0,
  queued: 1,
  committed: 2,
  executed: 3,
  failed: 4,
  rejected: 5,
} as const;

const txFields = {
  hash: text,
  /** Numeric tx type (14 CreateOrder, 15 CancelOrder, ...). */
  type: int,
  /** The tx_info JSON, as a string. */
  info: text,
  event_info: opt(text),
  status: int,
  transaction_index: opt(int64),
  l1_address: opt(text),
  account_index: int,
  nonce: int64,
  expire_at: opt(int),
  block_height: opt(int),
  queued_at: opt(int),
  executed_at: opt(int),
  sequence_index: opt(int64),
  parent_hash: opt(text),
  api_key_index: opt(int),
  /** Microseconds. */
  transaction_time: opt(int),
};

export const Tx = z.object(txFields);
export type Tx = z.output<typeof Tx>;

export const EnrichedTx = z.object({
  ...envelope,
  ...txFields,
  committed_at: opt(int),
  verified_at: opt(int),
});
export type EnrichedTx = z.output<typeof EnrichedTx>;

export const Txs = z.object({ ...envelope, txs: list(Tx) });
export type Txs = z.output<typeof Txs>;

export const Block = z.object({
  commitment: text,
  height: int,
  state_root: opt(text),
  priority_operations: opt(int),
  on_chain_l2_operations: opt(int),
  pending_on_chain_operations_pub_data: opt(text),
  committed_tx_hash: opt(text),
  committed_at: opt(int),
  verified_tx_hash: opt(text),
  verified_at: opt(int),
  txs: list(Tx),
  status: opt(int),
  size: opt(int),
});
export type Block = z.output<typeof Block>;

export const Blocks = z.object({ ...envelope, total: opt(int), blocks: list(Block) });
export type Blocks = z.output<typeof Blocks>;

/**
 * Accepted into the queue (not executed): the sequencer may still reject the tx, which shows up
 * as status 4/5 on `tx` / `account_tx`.
 */
export const SendTxResult = z.object({
  ...envelope,
  tx_hash: text,
  predicted_execution_time_ms: opt(int),
  volume_quota_remaining: opt(int64),
});
export type SendTxResult = z.output<typeof SendTxResult>;

export const SendTxBatchResult = z.object({
  ...envelope,
  tx_hash: list(text),
  predicted_execution_time_ms: opt(int),
  volume_quota_remaining: opt(int64),
});
export type SendTxBatchResult = z.output<typeof SendTxBatchResult>;

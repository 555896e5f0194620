export {
  DEFAULT_WS_TX_BATCH_LIMIT,
  sendTxBatchFrame,
  sendTxFrame,
  type TxInfoEncoding,
  type WsSignedTx,
} from "./frames.js";
export { type LighterWsTxReply, readTxReply } from "./replies.js";
export {
  type LighterWsTxBatchResult,
  type LighterWsTxCallOptions,
  type LighterWsTxResult,
  LighterWsTxSender,
  type LighterWsTxSenderOptions,
} from "./tx-sender.js";

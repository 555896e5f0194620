import Big from "big.js";
import type { SimHttpResponse } from "../../../server/index.js";
import type { ExtendedAccountConfig } from "../credentials.js";
import { badRequest, ErrorCode, type ErrorCodeValue, empty, ok } from "../envelope.js";
import { COLLATERAL_ID, COLLATERAL_RESOLUTION } from "../markets.js";
import { transferMessageHash, verifyStarkSignature, withdrawalMessageHash } from "../signatures.js";
import { type Fields, jsonBody, type PrivateContext, parseInteger } from "./context.js";

/** Collateral movements: sub-account transfers, Starknet withdrawals, the testnet faucet, dead man's switch. */

const WITHDRAWAL_MIN_EXPIRATION_SECONDS = 14 * 24 * 3600;

function fail(code: ErrorCodeValue, message: string): never {
  throw badRequest(code, message);
}

/** amount × 10^6 when exact, else undefined. */
function collateralUnits(amount: string): bigint | undefined {
  const scaled = new Big(amount).times(COLLATERAL_RESOLUTION);
  return scaled.mod(1).eq(0) ? BigInt(scaled.toFixed(0)) : undefined;
}

function signatureOf(settlement: Fields, code: ErrorCodeValue): { r: bigint; s: bigint } {
  const signature = settlement.has("signature") ? settlement.object("signature", code) : undefined;
  const r = parseInteger(signature?.raw.r);
  const s = parseInteger(signature?.raw.s);
  if (r === undefined || s === undefined)
    fail(ErrorCode.InvalidStarknetSignature, "Invalid Starknet signature");
  return { r, s };
}

function move(
  c: PrivateContext,
  from: ExtendedAccountConfig,
  to: ExtendedAccountConfig,
  amount: string,
): void {
  const out = c.venue.engine.withdraw(String(from.accountId), amount);
  if (!out.ok) fail(ErrorCode.InvalidVaultTransferAmount, "Transfer amount exceeds available for withdrawal");
  c.venue.engine.deposit(String(to.accountId), amount);
  c.venue.recordAssetOperation({
    type: "TRANSFER",
    amount: new Big(amount).neg().toFixed(6),
    fee: "0",
    accountId: from.accountId,
    counterpartyAccountId: to.accountId,
  });
  c.venue.recordAssetOperation({
    type: "TRANSFER",
    amount: new Big(amount).toFixed(6),
    fee: "0",
    accountId: to.accountId,
    counterpartyAccountId: from.accountId,
  });
}

function transfer(c: PrivateContext, byVault: boolean): SimHttpResponse {
  const body = jsonBody(c.request, ErrorCode.InvalidVaultTransferAmount);
  const find = (field: string): ExtendedAccountConfig => {
    const id = parseInteger(body.raw[field]);
    const match = [...c.venue.accounts.values()].find((a) =>
      byVault ? BigInt(a.vault) === id : BigInt(a.accountId) === id,
    );
    if (match === undefined) fail(ErrorCode.AccountNotFound, "Account not found");
    return match;
  };
  const from = find(byVault ? "fromVault" : "fromAccount");
  const to = find(byVault ? "toVault" : "toAccount");
  if (from.accountId !== c.account.accountId) fail(ErrorCode.ActionNotAllowed, "Action is not allowed");
  if (to.clientId !== from.clientId) fail(ErrorCode.ActionNotAllowed, "Action is not allowed");
  const amount = body.decimal("amount", ErrorCode.InvalidVaultTransferAmount);
  const units = collateralUnits(amount);
  if (units === undefined || units <= 0n)
    fail(ErrorCode.InvalidVaultTransferAmount, "Invalid transfer amount");
  const settlement = body.object("settlement", ErrorCode.InvalidStarknetSignature);
  if (parseInteger(settlement.raw.amount) !== units) {
    fail(ErrorCode.InvalidVaultTransferAmount, "Settlement amount does not match the transfer amount");
  }
  if (parseInteger(settlement.raw.assetId) !== BigInt(COLLATERAL_ID))
    fail(ErrorCode.InvalidVaultTransferAmount, "Invalid asset");
  if (
    parseInteger(settlement.raw.senderPositionId) !== BigInt(from.vault) ||
    parseInteger(settlement.raw.receiverPositionId) !== BigInt(to.vault)
  ) {
    fail(ErrorCode.InvalidStarknetVault, "Invalid Starknet vault");
  }
  if (
    parseInteger(settlement.raw.senderPublicKey) !== BigInt(from.starkPublicKey) ||
    parseInteger(settlement.raw.receiverPublicKey) !== BigInt(to.starkPublicKey)
  ) {
    fail(ErrorCode.InvalidStarknetPublicKey, "Invalid Starknet public key");
  }
  const expiration = parseInteger(settlement.raw.expirationTimestamp);
  const nonce = parseInteger(settlement.raw.nonce);
  if (expiration === undefined || nonce === undefined || expiration * 1000n <= BigInt(c.venue.clock.now())) {
    fail(ErrorCode.InvalidStarknetSignature, "Invalid Starknet signature");
  }
  const hash = transferMessageHash({
    domain: c.rules.domain,
    receiverVault: to.vault,
    senderVault: from.vault,
    collateralId: BigInt(COLLATERAL_ID),
    amount: units,
    expirationSeconds: expiration,
    nonce,
    senderPublicKey: BigInt(from.starkPublicKey),
  });
  if (
    !verifyStarkSignature(
      hash,
      signatureOf(settlement, ErrorCode.InvalidStarknetSignature),
      BigInt(from.starkPublicKey),
    )
  ) {
    fail(ErrorCode.InvalidStarknetSignature, "Invalid Starknet signature");
  }
  move(c, from, to, new Big(amount).toString());
  const id = c.venue.assetOperations(from.accountId)[0]!.id;
  return ok({ validSignature: true, id: BigInt(id) });
}

export const createTransfer = (c: PrivateContext): SimHttpResponse => transfer(c, false);
export const createOnchainTransfer = (c: PrivateContext): SimHttpResponse => transfer(c, true);

export function createWithdrawal(c: PrivateContext): SimHttpResponse {
  const body = jsonBody(c.request, ErrorCode.WithdrawalRequestDoesNotMatchSettlement);
  const accountId = parseInteger(body.raw.accountId);
  if (accountId !== BigInt(c.account.accountId)) {
    fail(ErrorCode.WithdrawalAccountDoesNotBelongToUser, "Withdrawal account does not belong to user");
  }
  const amount = body.decimal("amount", ErrorCode.WithdrawalAmountMustBePositive);
  const units = collateralUnits(amount);
  if (units === undefined || units <= 0n)
    fail(ErrorCode.WithdrawalAmountMustBePositive, "Withdrawal amount must be positive");
  const asset = body.optionalString("asset") ?? "USD";
  if (asset !== "USD") fail(ErrorCode.WithdrawalInvalidAsset, "Withdrawal invalid asset");
  const settlement = body.object("settlement", ErrorCode.WithdrawalRequestDoesNotMatchSettlement);
  if (parseInteger(settlement.raw.amount) !== units) {
    fail(ErrorCode.WithdrawalRequestDoesNotMatchSettlement, "Withdrawal request does not match settlement");
  }
  if (parseInteger(settlement.raw.collateralId) !== BigInt(COLLATERAL_ID))
    fail(ErrorCode.WithdrawalInvalidAsset, "Withdrawal invalid asset");
  if (parseInteger(settlement.raw.positionId) !== BigInt(c.account.vault))
    fail(ErrorCode.InvalidStarknetVault, "Invalid Starknet vault");
  const recipient = parseInteger(settlement.raw.recipient);
  if (recipient !== BigInt(c.account.starknetWalletAddress)) {
    fail(
      ErrorCode.WithdrawalRequestDoesNotMatchSettlement,
      "Withdrawal recipient does not match the account's wallet",
    );
  }
  const expirationField = settlement.raw.expiration;
  const expiration =
    typeof expirationField === "object" && expirationField !== null
      ? parseInteger((expirationField as Record<string, unknown>).seconds)
      : parseInteger(expirationField);
  const salt = parseInteger(settlement.raw.salt);
  if (expiration === undefined || salt === undefined)
    fail(ErrorCode.InvalidStarknetSignature, "Invalid Starknet signature");
  const nowSeconds = BigInt(Math.ceil(c.venue.clock.now() / 1000));
  if (expiration < nowSeconds + BigInt(WITHDRAWAL_MIN_EXPIRATION_SECONDS)) {
    fail(ErrorCode.WithdrawalExpirationTimeIsTooSoon, "Withdrawal expiration time is too soon");
  }
  const publicKey = BigInt(c.account.starkPublicKey);
  const hash = withdrawalMessageHash({
    domain: c.rules.domain,
    recipient,
    vault: c.account.vault,
    collateralId: BigInt(COLLATERAL_ID),
    amount: units,
    expirationSeconds: expiration,
    salt,
    publicKey,
  });
  if (!verifyStarkSignature(hash, signatureOf(settlement, ErrorCode.InvalidStarknetSignature), publicKey)) {
    fail(ErrorCode.InvalidStarknetSignature, "Invalid Starknet signature");
  }
  const result = c.venue.engine.withdraw(String(c.account.accountId), new Big(amount).toString());
  if (!result.ok)
    fail(ErrorCode.OrderCostExceedsBalance, "Withdrawal amount exceeds available for withdrawal");
  const op = c.venue.recordAssetOperation({
    type: "WITHDRAWAL",
    amount: new Big(amount).neg().toFixed(6),
    fee: "0",
    accountId: c.account.accountId,
    counterpartyAccountId: undefined,
  });
  return ok(BigInt(op.id));
}

/** Testnet faucet: $1,000 per call. */
export function claim(c: PrivateContext): SimHttpResponse {
  if (!c.rules.testnet) fail(ErrorCode.ActionNotAllowed, "Action is not allowed");
  c.venue.engine.deposit(String(c.account.accountId), "1000");
  const op = c.venue.recordAssetOperation({
    type: "CLAIM",
    amount: "1000.000000",
    fee: "0",
    accountId: c.account.accountId,
    counterpartyAccountId: undefined,
  });
  return ok({ id: op.id });
}

/**
 * Dead man's switch: cancels every open order of the account when the countdown ends; a new call
 * re-arms it and 0 disarms it. Runs on harness timers (wall time), cleared on restart and shutdown.
 */
export function deadManSwitch(c: PrivateContext, timers: Map<number, () => void>): SimHttpResponse {
  const text = c.request.query.get("countdownTime");
  if (text === null || !/^\d+$/.test(text)) throw badRequest("BAD_REQUEST", "countdownTime is required");
  const seconds = Number(text);
  const accountId = c.account.accountId;
  timers.get(accountId)?.();
  timers.delete(accountId);
  if (seconds > 0) {
    const cancel = c.ctx.setTimeout(() => {
      timers.delete(accountId);
      c.venue.engine.cancelAll({ accountId: String(accountId) });
    }, seconds * 1000);
    timers.set(accountId, cancel);
  }
  return empty();
}

import { type ConformanceSuite, SigningError } from "@perp/core";
import { bytesToHex } from "viem/utils";
import {
  cancelPayload,
  type Hex,
  lpPayload,
  type OrderSignatureFields,
  orderPayload,
  primaryWalletFromPrivateKey,
  type SigningPayload,
  signCancel,
  signerProofHashes,
  signerProofTypedData,
  signingKeyFromPrivateKey,
  signLp,
  signOrder,
  signRegistration,
  signWithdraw,
  type VestSignerProofDomain,
  type VestSigningKey,
  withdrawPayload,
} from "./signing/index.js";

// Vector inputs arrive untyped; the signing functions validate them, so they are passed as given.
type Input = Record<string, unknown>;
const as = <T>(value: unknown): T => value as T;

function payloadHex(payload: SigningPayload): Record<string, Hex> {
  return {
    encoded: bytesToHex(payload.encoded),
    abiHash: bytesToHex(payload.abiHash),
    digest: bytesToHex(payload.digest),
  };
}

/**
 * Signs through `signOrder`, the public entry point, wherever it can express the case: entry
 * orders directly, TP/SL children as the child signature of a LIMIT parent on the other side.
 */
async function orderSignature(key: VestSigningKey, fields: OrderSignatureFields): Promise<Hex> {
  const { orderType, limitPrice, ...common } = fields;
  if (orderType === "MARKET" || orderType === "LIMIT") {
    return (await signOrder(key, { ...common, orderType, limitPrice })).signature;
  }
  if (!fields.reduceOnly) return key.signPayload(orderPayload(fields));
  const parent = {
    ...common,
    orderType: "LIMIT" as const,
    isBuy: !fields.isBuy,
    limitPrice,
    reduceOnly: false,
  };
  const { order } = await signOrder(
    key,
    orderType === "TAKE_PROFIT" ? { ...parent, tpPrice: limitPrice } : { ...parent, slPrice: limitPrice },
  );
  const child = orderType === "TAKE_PROFIT" ? order.tpSignature : order.slSignature;
  if (child === undefined)
    throw new SigningError(`signOrder returned no ${orderType} signature`, { venue: "vest" });
  return child;
}

/** Known-answer vector handlers for `pnpm conformance`, keyed by vector kind. */
export const vestConformance: ConformanceSuite = {
  venue: "vest",
  handlers: {
    order: async (input: Input) => {
      const key = signingKeyFromPrivateKey(as(input.signingPrivateKey));
      const fields: OrderSignatureFields = {
        time: as(input.timeMillis),
        nonce: as(input.nonce),
        orderType: as(input.orderType),
        symbol: as(input.symbol),
        isBuy: as(input.isBuy),
        size: as(input.size),
        limitPrice: as(input.limitPrice),
        reduceOnly: as(input.reduceOnly),
      };
      return {
        signerAddress: key.address,
        ...payloadHex(orderPayload(fields)),
        signature: await orderSignature(key, fields),
      };
    },
    cancel: async (input: Input) => {
      const key = signingKeyFromPrivateKey(as(input.signingPrivateKey));
      const request = {
        time: as<number>(input.timeMillis),
        nonce: as<number>(input.nonce),
        id: as<string>(input.id),
      };
      const signed = await signCancel(key, request);
      return {
        signerAddress: key.address,
        ...payloadHex(cancelPayload(request)),
        signature: signed.signature,
      };
    },
    lp: async (input: Input) => {
      const key = signingKeyFromPrivateKey(as(input.signingPrivateKey));
      const request = {
        time: as<number>(input.timeMillis),
        nonce: as<number>(input.nonce),
        orderType: as<"DEPOSIT">(input.orderType),
        size: as<string>(input.size),
      };
      const signed = await signLp(key, request);
      return { signerAddress: key.address, ...payloadHex(lpPayload(request)), signature: signed.signature };
    },
    withdraw: async (input: Input) => {
      const key = signingKeyFromPrivateKey(as(input.signingPrivateKey));
      const fields = {
        time: as<number>(input.timeMillis),
        nonce: as<number>(input.nonce),
        account: as<Hex>(input.account),
        recipient: as<Hex>(input.recipient),
        size: as<string>(input.size),
        chainId: as<number>(input.chainId),
      };
      const signed = await signWithdraw(key, { ...fields, tokenAddress: as(input.token) });
      return {
        signerAddress: key.address,
        ...payloadHex(withdrawPayload({ ...fields, token: as(input.token) })),
        signature: signed.signature,
      };
    },
    register: async (input: Input) => {
      const domain = as<VestSignerProofDomain>(input.domain);
      const signingAddress = as<Hex>(input.signingAddress);
      const expiryMillis = as<number>(input.signerExpiryMillis);
      const { domainSeparator, structHash } = signerProofHashes(
        signerProofTypedData(domain, signingAddress, expiryMillis),
      );
      const registration = await signRegistration(primaryWalletFromPrivateKey(as(input.primaryPrivateKey)), {
        signingAddress,
        expiryMillis,
        domain,
      });
      return {
        primaryAddress: registration.primaryAddress,
        domainSeparator: bytesToHex(domainSeparator),
        structHash: bytesToHex(structHash),
        digest: registration.digest,
        signature: registration.body.signature,
        requestBody: registration.body,
      };
    },
  },
};

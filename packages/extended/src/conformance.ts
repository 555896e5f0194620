import type { ConformanceHandler, ConformanceSuite } from "@perp/core";
import { buildOnboardingPayload, ethereumSignerFromPrivateKey, signL1Request } from "./onboarding.js";
import {
  domainHash,
  entirePositionSize,
  feltToHex,
  limitOrderStructHash,
  messageHash,
  ORDER_EXPIRATION_BUFFER_SECONDS,
  type OrderSide,
  orderStructHash,
  type StarknetDomain,
  StarkSigner,
  signOrderSettlement,
  signTransfer,
  signWithdrawal,
  starkPrivateKeyFromEthSignature,
  starkPublicKey,
  starkSign,
  toFelt,
  transferStructHash,
  typeHash,
  withdrawStructHash,
} from "./signing/index.js";

/* Vector inputs are trusted test data in the shapes of /work/shared/vectors/README.md §2. */
type Input = Record<string, unknown>;
const str = (i: Input, key: string): string => String(i[key]);
const num = (i: Input, key: string): number => Number(i[key]);
const felt = (i: Input, key: string): bigint => toFelt(i[key] as string | number);
const hex = feltToHex;
const domainOf = (i: Input): StarknetDomain => i.domain as StarknetDomain;

function orderFields(i: Input) {
  return {
    baseAssetId: felt(i, "baseAssetId"),
    baseAmount: felt(i, "baseAmount"),
    quoteAssetId: felt(i, "quoteAssetId"),
    quoteAmount: felt(i, "quoteAmount"),
    feeAssetId: felt(i, "feeAssetId"),
    feeAmount: felt(i, "feeAmount"),
    expiration: felt(i, "expirationSeconds"),
    salt: felt(i, "salt"),
  };
}

/** The signer of a case, after checking the case's public key is really that key's. */
function signerOf(i: Input): StarkSigner {
  const signer = StarkSigner.fromPrivateKey(str(i, "privateKey"));
  if (i.publicKey !== undefined && BigInt(str(i, "publicKey")) !== signer.publicKey) {
    throw new Error("case publicKey is not the public key of privateKey");
  }
  return signer;
}

const order: ConformanceHandler = (i) => {
  const market = i.market as Input;
  const entire = i.entirePosition as Input | undefined;
  const qty = entire
    ? entirePositionSize(str(i, "price"), str(entire, "minOrderSizeChange"), str(entire, "maxPositionValue"))
    : str(i, "qty");
  const signed = signOrderSettlement(signerOf(i), {
    domain: domainOf(i),
    vault: BigInt(num(i, "vault")),
    market: {
      syntheticId: felt(market, "syntheticId"),
      syntheticResolution: BigInt(num(market, "syntheticResolution")),
      collateralId: felt(market, "collateralId"),
      collateralResolution: BigInt(num(market, "collateralResolution")),
    },
    side: str(i, "side") as OrderSide,
    qty,
    price: str(i, "price"),
    feeRate: str(i, "feeRate"),
    builderFeeRate: str(i, "builderFeeRate"),
    expiryEpochMillis: num(i, "expiryEpochMillis"),
    nonce: num(i, "nonce"),
    expirationBufferSeconds: ORDER_EXPIRATION_BUFFER_SECONDS,
  });
  return {
    ...(entire ? { qty } : {}),
    baseAmount: signed.amounts.baseAmount.toString(),
    quoteAmount: signed.amounts.quoteAmount.toString(),
    feeAmount: signed.amounts.feeAmount.toString(),
    expirationSeconds: Number(signed.expirationSeconds),
    structHash: hex(signed.structHash),
    orderHash: signed.orderHash,
    r: signed.settlement.signature.r,
    s: signed.settlement.signature.s,
  };
};

/** Known-answer vector handlers for `pnpm conformance`, keyed by vector kind. */
export const extendedConformance: ConformanceSuite = {
  venue: "extended",
  handlers: {
    typeHash: (i) => ({ typeHash: hex(typeHash(str(i, "typeString"))) }),
    domainHash: (i) => ({ domainHash: hex(domainHash(i as unknown as StarknetDomain)) }),
    orderStructHash: (i) => ({
      structHash: hex(orderStructHash({ positionId: felt(i, "positionId"), ...orderFields(i) })),
    }),
    limitOrderStructHash: (i) => ({
      structHash: hex(
        limitOrderStructHash({
          sourcePosition: felt(i, "sourcePositionId"),
          receivePosition: felt(i, "receivePositionId"),
          ...orderFields(i),
        }),
      ),
    }),
    transferStructHash: (i) => ({
      structHash: hex(
        transferStructHash({
          recipientPositionId: felt(i, "recipientPositionId"),
          senderPositionId: felt(i, "senderPositionId"),
          collateralId: felt(i, "collateralId"),
          amount: felt(i, "amount"),
          expiration: felt(i, "expirationSeconds"),
          salt: felt(i, "salt"),
        }),
      ),
    }),
    withdrawStructHash: (i) => ({
      structHash: hex(
        withdrawStructHash({
          recipient: felt(i, "recipient"),
          positionId: felt(i, "positionId"),
          collateralId: felt(i, "collateralId"),
          amount: felt(i, "amount"),
          expiration: felt(i, "expirationSeconds"),
          salt: felt(i, "salt"),
        }),
      ),
    }),
    messageHash: (i) => ({
      messageHash: hex(messageHash(domainOf(i), felt(i, "publicKey"), felt(i, "structHash"))),
    }),
    starkSign: (i) => {
      const { r, s } = starkSign(felt(i, "messageHash"), felt(i, "privateKey"));
      return { r: hex(r), s: hex(s) };
    },
    starkPublicKey: (i) => ({ publicKey: hex(starkPublicKey(felt(i, "privateKey"))) }),
    entirePositionSize: (i) => ({
      qty: entirePositionSize(str(i, "price"), str(i, "minOrderSizeChange"), str(i, "maxPositionValue")),
    }),
    order,
    transfer: (i) => {
      const t = signTransfer(signerOf(i), {
        domain: domainOf(i),
        senderVault: num(i, "senderVault"),
        receiverVault: num(i, "receiverVault"),
        collateralId: str(i, "collateralId"),
        collateralResolution: num(i, "collateralResolution"),
        amount: str(i, "amount"),
        expirationSeconds: num(i, "expirationSeconds"),
        nonce: num(i, "nonce"),
      });
      return {
        settlementAmount: t.settlementAmount.toString(),
        structHash: hex(t.structHash),
        messageHash: hex(t.messageHash),
        r: t.settlement.signature.r,
        s: t.settlement.signature.s,
      };
    },
    withdraw: (i) => {
      const w = signWithdrawal(signerOf(i), {
        domain: domainOf(i),
        positionId: num(i, "positionId"),
        collateralId: str(i, "collateralId"),
        collateralResolution: num(i, "collateralResolution"),
        recipient: str(i, "recipient"),
        amount: str(i, "amount"),
        expirationSeconds: num(i, "expirationSeconds"),
        salt: num(i, "salt"),
      });
      return {
        settlementAmount: w.settlementAmount.toString(),
        structHash: hex(w.structHash),
        messageHash: hex(w.messageHash),
        r: w.settlement.signature.r,
        s: w.settlement.signature.s,
      };
    },
    ethSignatureToStarkKey: (i) => {
      const privateKey = starkPrivateKeyFromEthSignature(str(i, "ethSignature"));
      return { privateKey: hex(privateKey), publicKey: hex(starkPublicKey(privateKey)) };
    },
    onboarding: async (i) => {
      const wallet = ethereumSignerFromPrivateKey(str(i, "ethPrivateKey"));
      const p = await buildOnboardingPayload(wallet, {
        signingDomain: str(i, "signingDomain"),
        accountIndex: num(i, "accountIndex"),
        time: str(i, "timeIso8601"),
        action: str(i, "action") as "REGISTER" | "CREATE_SUB_ACCOUNT",
        host: str(i, "host"),
      });
      return {
        walletAddress: wallet.address,
        keyDerivationSignature: p.keyDerivationSignature,
        l2PrivateKey: hex(starkPrivateKeyFromEthSignature(p.keyDerivationSignature)),
        l2PublicKey: p.signer.publicKeyHex,
        ...(p.l1Signature === undefined ? {} : { registrationSignature: p.l1Signature }),
        l2Message: hex(p.l2Message),
        l2SignatureR: p.l2Signature.r,
        l2SignatureS: p.l2Signature.s,
      };
    },
    l1RequestSignature: async (i) => {
      const wallet = ethereumSignerFromPrivateKey(str(i, "ethPrivateKey"));
      const { message, signature } = await signL1Request(
        wallet,
        str(i, "requestPath"),
        str(i, "timeIso8601"),
      );
      return { message, signature };
    },
  },
};

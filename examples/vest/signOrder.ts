// signOrder offline: no request is sent. Useful to keep the key on a separate signer (or to debug an
// INVALID_SIGNATURE): the signature covers keccak256(abi.encode(time, nonce, orderType, symbol,
// isBuy, size, limitPrice, reduceOnly)) under EIP-191, and the body carries the same strings.
import { orderPayload, signingKeyFromPrivateKey, signOrder } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const { signingPrivateKey } = env.account();
  const request = {
    orderType: "LIMIT",
    time: Date.now(),
    nonce: Date.now(), // any nonce this account has not used; the time is Vest's suggestion
    symbol: "BTC-PERP",
    isBuy: true,
    size: "0.0100", // exactly sizeDecimals (4) places
    limitPrice: "60000.00", // exactly priceDecimals (2) places
    reduceOnly: false,
  } as const;
  const signed = await signOrder(signingPrivateKey, request, { recvWindow: 10_000 });
  console.log(`signer  ${signingKeyFromPrivateKey(signingPrivateKey).address}`);
  const { abiHash, digest } = orderPayload(request);
  const hex = (bytes: Uint8Array) => `0x${Buffer.from(bytes).toString("hex")}`;
  console.log(`keccak256(abi.encode(...))  ${hex(abiHash)}`);
  console.log(`EIP-191 digest (signed)     ${hex(digest)}`);
  console.log(`POST /orders body:\n${JSON.stringify(signed, null, 2)}`);
} finally {
  await env.close();
}

/** `0x`-prefixed hex string. */
export type Hex = `0x${string}`;

/** `0x`-prefixed 20-byte EVM address (any casing on input; checksummed on output). */
export type Address = `0x${string}`;

/**
 * The three hashes behind every action signature, in the order they are produced:
 * `encoded` = abi.encode(fields), `abiHash` = keccak256(encoded), `digest` = EIP-191 hash of the
 * 32 raw bytes of `abiHash` (what the key actually signs).
 */
export interface SigningPayload {
  readonly encoded: Uint8Array;
  readonly abiHash: Uint8Array;
  readonly digest: Uint8Array;
}

/** The body of a signed write: `order` holds the signed fields, exactly as they go on the wire. */
export interface SignedRequest<TOrder> {
  order: TOrder;
  /** Milliseconds after `order.time` the server still accepts the request (server default 5000). */
  recvWindow?: number;
  signature: Hex;
}

export interface SignOptions {
  recvWindow?: number;
}

import { keccak_256 } from "@noble/hashes/sha3.js";
import { fromBytesBE } from "../crypto/modular.js";

/*
 * SNIP-12 revision 1 type strings of Extended's perpetuals contract, byte-exact. The Order type
 * declares "position_id":"felt" while the other structs use PositionId: a quirk of the contract
 * that the hash must reproduce. Nested PositionId/AssetId/Timestamp structs are inserted as their
 * single inner value.
 */
export const TYPE_STRINGS = {
  StarknetDomain:
    '"StarknetDomain"("name":"shortstring","version":"shortstring","chainId":"shortstring","revision":"shortstring")',
  Order:
    '"Order"("position_id":"felt","base_asset_id":"AssetId","base_amount":"i64","quote_asset_id":"AssetId","quote_amount":"i64","fee_asset_id":"AssetId","fee_amount":"u64","expiration":"Timestamp","salt":"felt")"PositionId"("value":"u32")"AssetId"("value":"felt")"Timestamp"("seconds":"u64")',
  LimitOrder:
    '"LimitOrder"("source_position":"PositionId","receive_position":"PositionId","base_asset_id":"AssetId","base_amount":"i64","quote_asset_id":"AssetId","quote_amount":"i64","fee_asset_id":"AssetId","fee_amount":"u64","expiration":"Timestamp","salt":"felt")"PositionId"("value":"u32")"AssetId"("value":"felt")"Timestamp"("seconds":"u64")',
  TransferArgs:
    '"TransferArgs"("recipient":"PositionId","position_id":"PositionId","collateral_id":"AssetId","amount":"u64","expiration":"Timestamp","salt":"felt")"PositionId"("value":"u32")"AssetId"("value":"felt")"Timestamp"("seconds":"u64")',
  WithdrawArgs:
    '"WithdrawArgs"("recipient":"ContractAddress","position_id":"PositionId","collateral_id":"AssetId","amount":"u64","expiration":"Timestamp","salt":"felt")"PositionId"("value":"u32")"AssetId"("value":"felt")"Timestamp"("seconds":"u64")',
} as const;

export type StructName = keyof typeof TYPE_STRINGS;

const MASK_250 = (1n << 250n) - 1n;

/** starknet_keccak: keccak-256 of the UTF-8 bytes, masked to 250 bits. */
export function starknetKeccak(text: string): bigint {
  return fromBytesBE(keccak_256(new TextEncoder().encode(text))) & MASK_250;
}

const typeHashCache = new Map<string, bigint>();

/** Type hash of a type string, computed once per string. */
export function typeHash(typeString: string): bigint {
  let hash = typeHashCache.get(typeString);
  if (hash === undefined) {
    hash = starknetKeccak(typeString);
    typeHashCache.set(typeString, hash);
  }
  return hash;
}

/** Type hash of one of Extended's structs. */
export function structTypeHash(name: StructName): bigint {
  return typeHash(TYPE_STRINGS[name]);
}

/**
 * The user-signable L2 transaction types: numeric code, Go struct field order (which is both the
 * tx_info JSON key order and the hash preimage order) and each field's Go type.
 *
 * Source: lighter-go types/txtypes/*.go at 17f2d60 (reference §4.9, §4.11).
 */

/** Go integer types, used for range checks. */
export type GoIntKind = "int64" | "uint64" | "int16" | "uint8" | "uint16" | "uint32";

/**
 * How a field enters the tx JSON and the hash preimage:
 * - a GoIntKind: one field element (two's-complement pattern mod p), JSON number;
 * - "split64": low 32 bits, then high 32 bits of the uint64 pattern (transfer/withdraw amounts);
 * - "split64Signed": low 32 bits, then the int64 arithmetic shift `>> 32` (UpdateMargin);
 * - "pubKey": 40-byte key, 5 LE limbs in the hash, base64 in JSON;
 * - "memo": 32 bytes, not hashed, a JSON array of 32 numbers;
 * - "l1Sig": string, not hashed (covered by the wallet's EIP-191 signature instead);
 * - "orders": CreateGroupedOrders legs, hashed as 4 aggregated HashNoPad elements.
 */
export type FieldKind = GoIntKind | "split64" | "split64Signed" | "pubKey" | "memo" | "l1Sig" | "orders";

export interface TxTypeSpec {
  readonly code: number;
  /** "AccountIndex" or, for transfer and withdraw, "FromAccountIndex". */
  readonly account: "AccountIndex" | "FromAccountIndex";
  /** Fields between ApiKeyIndex and ExpiredAt, in struct order. */
  readonly fields: readonly (readonly [string, FieldKind])[];
  /** True when an L1Sig field follows Sig in the JSON (Transfer, ApproveIntegrator). */
  readonly trailingL1Sig: boolean;
}

export const ORDER_LEG_FIELDS = [
  ["MarketIndex", "int16"],
  ["ClientOrderIndex", "int64"],
  ["BaseAmount", "int64"],
  ["Price", "uint32"],
  ["IsAsk", "uint8"],
  ["Type", "uint8"],
  ["TimeInForce", "uint8"],
  ["ReduceOnly", "uint8"],
  ["TriggerPrice", "uint32"],
  ["OrderExpiry", "int64"],
] as const satisfies readonly (readonly [string, GoIntKind])[];

const acct = "AccountIndex" as const;

export const TX_TYPES = {
  L2ChangePubKey: {
    code: 8,
    account: acct,
    fields: [
      ["PubKey", "pubKey"],
      ["L1Sig", "l1Sig"],
    ],
    trailingL1Sig: false,
  },
  L2CreateSubAccount: { code: 9, account: acct, fields: [], trailingL1Sig: false },
  L2CreatePublicPool: {
    code: 10,
    account: acct,
    fields: [
      ["OperatorFee", "int64"],
      ["InitialTotalShares", "int64"],
      ["MinOperatorShareRate", "uint16"],
    ],
    trailingL1Sig: false,
  },
  L2UpdatePublicPool: {
    code: 11,
    account: acct,
    fields: [
      ["PublicPoolIndex", "int64"],
      ["Status", "uint8"],
      ["OperatorFee", "int64"],
      ["MinOperatorShareRate", "uint16"],
    ],
    trailingL1Sig: false,
  },
  L2Transfer: {
    code: 12,
    account: "FromAccountIndex",
    fields: [
      ["ToAccountIndex", "int64"],
      ["AssetIndex", "int16"],
      ["FromRouteType", "uint8"],
      ["ToRouteType", "uint8"],
      ["Amount", "split64"],
      ["USDCFee", "split64"],
      ["Memo", "memo"],
    ],
    trailingL1Sig: true,
  },
  L2Withdraw: {
    code: 13,
    account: "FromAccountIndex",
    fields: [
      ["AssetIndex", "int16"],
      ["RouteType", "uint8"],
      ["Amount", "split64"],
    ],
    trailingL1Sig: false,
  },
  L2CreateOrder: { code: 14, account: acct, fields: ORDER_LEG_FIELDS, trailingL1Sig: false },
  L2CancelOrder: {
    code: 15,
    account: acct,
    fields: [
      ["MarketIndex", "int16"],
      ["Index", "int64"],
    ],
    trailingL1Sig: false,
  },
  L2CancelAllOrders: {
    code: 16,
    account: acct,
    fields: [
      ["TimeInForce", "uint8"],
      ["Time", "int64"],
    ],
    trailingL1Sig: false,
  },
  L2ModifyOrder: {
    code: 17,
    account: acct,
    fields: [
      ["MarketIndex", "int16"],
      ["Index", "int64"],
      ["BaseAmount", "int64"],
      ["Price", "uint32"],
      ["TriggerPrice", "uint32"],
    ],
    trailingL1Sig: false,
  },
  L2MintShares: {
    code: 18,
    account: acct,
    fields: [
      ["PublicPoolIndex", "int64"],
      ["ShareAmount", "int64"],
    ],
    trailingL1Sig: false,
  },
  L2BurnShares: {
    code: 19,
    account: acct,
    fields: [
      ["PublicPoolIndex", "int64"],
      ["ShareAmount", "int64"],
    ],
    trailingL1Sig: false,
  },
  L2UpdateLeverage: {
    code: 20,
    account: acct,
    fields: [
      ["MarketIndex", "int16"],
      ["InitialMarginFraction", "uint16"],
      ["MarginMode", "uint8"],
    ],
    trailingL1Sig: false,
  },
  L2CreateGroupedOrders: {
    code: 28,
    account: acct,
    fields: [
      ["GroupingType", "uint8"],
      ["Orders", "orders"],
    ],
    trailingL1Sig: false,
  },
  L2UpdateMargin: {
    code: 29,
    account: acct,
    fields: [
      ["MarketIndex", "int16"],
      ["USDCAmount", "split64Signed"],
      ["Direction", "uint8"],
    ],
    trailingL1Sig: false,
  },
  L2StakeAssets: {
    code: 35,
    account: acct,
    fields: [
      ["StakingPoolIndex", "int64"],
      ["ShareAmount", "int64"],
    ],
    trailingL1Sig: false,
  },
  L2UnstakeAssets: {
    code: 36,
    account: acct,
    fields: [
      ["StakingPoolIndex", "int64"],
      ["ShareAmount", "int64"],
    ],
    trailingL1Sig: false,
  },
  L2UpdateAccountConfig: {
    code: 41,
    account: acct,
    fields: [["AccountTradingMode", "uint8"]],
    trailingL1Sig: false,
  },
  L2UpdateAccountAssetConfig: {
    code: 42,
    account: acct,
    fields: [
      ["AssetIndex", "int16"],
      ["AssetMarginMode", "uint8"],
    ],
    trailingL1Sig: false,
  },
  L2ApproveIntegrator: {
    code: 45,
    account: acct,
    fields: [
      ["IntegratorAccountIndex", "int64"],
      ["MaxPerpsTakerFee", "uint32"],
      ["MaxPerpsMakerFee", "uint32"],
      ["MaxSpotTakerFee", "uint32"],
      ["MaxSpotMakerFee", "uint32"],
      ["ApprovalExpiry", "int64"],
    ],
    trailingL1Sig: true,
  },
} as const satisfies Record<string, TxTypeSpec>;

/** lighter-go struct name without the `TxInfo` suffix, e.g. "L2CreateOrder". */
export type TxTypeName = keyof typeof TX_TYPES;

export const TX_TYPE_NAMES = Object.keys(TX_TYPES) as TxTypeName[];

/** The numeric `tx_type` of each signable transaction. */
export const TX_TYPE_CODES: { readonly [K in TxTypeName]: (typeof TX_TYPES)[K]["code"] } = Object.fromEntries(
  TX_TYPE_NAMES.map((name) => [name, TX_TYPES[name].code]),
) as { readonly [K in TxTypeName]: (typeof TX_TYPES)[K]["code"] };

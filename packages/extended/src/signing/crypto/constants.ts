/** Starknet field prime P = 2^251 + 17·2^192 + 1 (felts, Poseidon, curve coordinates). */
export const FIELD_PRIME = 0x800000000000011000000000000000000000000000000000000000000000001n;

/** Order of the Stark curve's generator (ECDSA scalars, private keys). */
export const CURVE_ORDER = 0x800000000000010ffffffffffffffffb781126dcae7b2321e66a241adc64d2fn;

/** Exclusive upper bound StarkWare puts on message hashes and on `r` (2^251). */
export const MAX_SIGNED_VALUE = 1n << 251n;

/** Stark curve y² = x³ + αx + β with α = 1. */
export const CURVE_ALPHA = 1n;
export const CURVE_BETA = 0x6f21413efbe40de150e596d72f7a8c5609ad26c15c915c1f4cdfcb99cee9e89n;

/** Generator G of the Stark curve. */
export const GENERATOR_X = 0x1ef15c18599971b7beced415a40f0c7deacfd9b0d1819e03d723d8bc943cfcan;
export const GENERATOR_Y = 0x5668060aa49730b7be4801df46ec62de53ecd11abe43a32873000c36e8dc1fn;

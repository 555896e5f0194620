import { primaryWalletFromPrivateKey, signingKeyFromPrivateKey } from "../../signing/index.js";

/** Public Hardhat test keys, as in the reference's computed vectors (§4.6 b). */
export const PRIMARY_PRIVATE_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
export const SIGNING_PRIVATE_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
export const SIGNING_ADDRESS = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

export const primaryWallet = primaryWalletFromPrivateKey(PRIMARY_PRIVATE_KEY);
export const signingKey = signingKeyFromPrivateKey(SIGNING_PRIVATE_KEY);

/** Reference vector: LIMIT BTC-PERP buy 0.1000 @ 30000.00, time 1683849600076, nonce 0. */
export const LIMIT_ORDER_SIGNATURE =
  "0xdaade59960131e839ea9a8ad3151422f35e6727fc349296eea37d64226ff7b3632c5371d376431304d766e49bd1e18dbc74f1fc7375e812749ec5d1f06d5f5d21c";
/** Reference vector: cancel of "0xabc123", time 1683849600076, nonce 1. */
export const CANCEL_SIGNATURE =
  "0x9ddebbd443130441a153076e02d88d2322ec7095939e8965f97fd26f387cd8a2530dcb068e23792ae8102c07735c11704a835849e3daf5399a129f37282520c91b";
/** Reference vector: LP DEPOSIT "100", time 1683849600076, nonce 2. */
export const LP_SIGNATURE =
  "0xc26427e212ff4c9bdec75461ffd768c564e9437e8fe1ab33164841e43d81e77d285e19524fdab7d7ac624d2569718c7965063d164dead16b16b5bd7f032a93841b";
/** Reference vector: withdraw 100 USDC (1e8 units) to chain 324, time 1683849600076, nonce 3. */
export const WITHDRAW_SIGNATURE =
  "0x2e037e92629432a720a3ea643ac449f8de0545d1aa99f9a1c0d722b4b903d70a571d9c80483960e26d7d3b9d580d51cd9bf78b4301ea0e4e10e4ff79d8806aeb1c";
export const REGISTER_PROD_SIGNATURE =
  "0x8f18bf6abd8dc4528e1e528fd78348f08b627b2eb27eb0a139efd1f4bf94acde1004de832d3dd3c8b8dffdda8850071b8af2a572d80d825794aea4df47f7778c1c";

/** Signing flow: derive a sub-account's Stark key from the Ethereum wallet (no request is sent). */
import { deriveStarkSigner, ExtendedRestClient } from "@perp/extended";
import { openEnv, walletFromEnv } from "./_env.js";

await using env = await openEnv();
const client = new ExtendedRestClient(env.rest);
// EXTENDED_ETH_PRIVATE_KEY, or a throw-away wallet to show the flow.
const { wallet, throwAway } = walletFromEnv();

// The wallet signs a fixed EIP-712 message per account index; the Stark key is ground from that
// signature, so the same wallet always yields the same keys and nothing needs to be stored.
for (const accountIndex of [0, 1]) {
  const { signer } = await deriveStarkSigner(
    wallet,
    client.environment.onboardingSigningDomain,
    accountIndex,
  );
  console.log(
    `${throwAway ? "throw-away " : ""}wallet ${wallet.address} index ${accountIndex}: Stark key ${signer.publicKeyHex}`,
  );
}

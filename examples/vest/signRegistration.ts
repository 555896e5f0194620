// signRegistration offline: the EIP-712 SignerProof a primary wallet signs to delegate trading to a
// signing key. Its domain is { name: "VestRouterV2", version: "0.0.1", verifyingContract } with NO
// chainId; adding one is the classic cause of a rejected registration. register.ts sends it.
import { signingKeyFromPrivateKey, signRegistration } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const { primaryPrivateKey, signingPrivateKey } = env.registrationKeys();
  const signed = await signRegistration(primaryPrivateKey, {
    signingAddress: signingKeyFromPrivateKey(signingPrivateKey).address,
    expiryMillis: Date.now() + 30 * 24 * 3_600_000, // the delegation lapses after 30 days
    environment: env.environment,
  });
  console.log(`domain  ${JSON.stringify(signed.domain)}`);
  console.log(`digest  ${signed.digest}`);
  console.log(`POST /register body:\n${JSON.stringify(signed.body, null, 2)}`);
} finally {
  await env.close();
}

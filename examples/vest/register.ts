// POST /register: onboarding. The wallet holding the funds signs an EIP-712 proof that delegates
// trading to a separate signing key; Vest answers with the API key and the account group to use.
// Keep the API key secret: it is printed here only as a length.
import { signingKeyFromPrivateKey, signRegistration, VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const { primaryPrivateKey, signingPrivateKey } = env.registrationKeys();
  const signingAddress = signingKeyFromPrivateKey(signingPrivateKey).address;
  // The delegation expires: pick a lifetime that matches how often you rotate the signing key.
  const expiryMillis = Date.now() + 365 * 24 * 3_600_000;
  const signed = await signRegistration(primaryPrivateKey, {
    signingAddress,
    expiryMillis,
    environment: env.environment,
  });
  console.log(`primary wallet ${signed.primaryAddress} delegates to signing key ${signingAddress}`);

  const client = new VestRestClient(env.rest);
  const registration = await client.register(signed);
  console.log(
    `registered: API key of ${registration.apiKey.length} characters, account group ${registration.accGroup}`,
  );

  // From here on the same client can call private endpoints.
  client.setCredentials(registration);
  const account = await client.getAccount();
  console.log(`account ${account.address}: collateral ${account.collateral} USDC`);
} finally {
  await env.close();
}

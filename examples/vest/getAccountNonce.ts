// GET /account/nonce: the highest nonce Vest has seen for this account. Every signed request needs
// a nonce it has not used; `nextNonce` is a safe one (Vest suggests the current time).
import { VestRestClient } from "@perp/vest";
import { vestEnv } from "./_env.js";

const env = await vestEnv();
try {
  const account = env.account();
  const { apiKey, accountGroup } = account;
  const client = new VestRestClient({ ...env.rest, apiKey, accountGroup });
  const { lastNonce, nextNonce } = await client.getAccountNonce();
  console.log(`last nonce used: ${lastNonce}`);
  console.log(`next nonce to sign with: ${nextNonce}`);
} finally {
  await env.close();
}

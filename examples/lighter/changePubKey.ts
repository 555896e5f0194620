/** sendTx L2ChangePubKey (tx type 8): register a new API key, co-signed by the account's Ethereum wallet, and use it. */
import {
  changePubKeyL1Message,
  LighterPrivateKey,
  LighterRestClient,
  LighterSigner,
  signerAuthTokens,
} from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({ needs: "wallet", writes: true });
const client = new LighterRestClient(env.rest);

// Registering over an index that is in use replaces that key: pick a free one (0 and 1 are Lighter's apps).
const apiKeyIndex =
  env.target === "simulator" ? 5 : Number(process.env.LIGHTER_NEW_API_KEY_INDEX ?? Number.NaN);
if (!Number.isInteger(apiKeyIndex) || apiKeyIndex < 2 || apiKeyIndex > 254) {
  throw new Error("set LIGHTER_NEW_API_KEY_INDEX to the API key index to register (2..254)");
}
// Generate the key locally; only its public half leaves this process. Store newKey.exportHex() as a secret.
const newKey = LighterPrivateKey.generate();
const newSigner = LighterSigner.fromPrivateKey(newKey, {
  accountIndex: env.accountIndex,
  apiKeyIndex,
  chainId: env.chainId,
});

// The nonce is the one of the index being registered (0 when it was never used).
const existing = (await client.getApiKeys({ accountIndex: env.accountIndex })).api_keys;
const nonce = existing.find((k) => k.api_key_index === apiKeyIndex)?.nonce ?? 0;
// The new key signs the transaction; the wallet proves the owner wants it (EIP-191 over this text).
const message = changePubKeyL1Message({
  PubKey: newSigner.publicKey,
  Nonce: nonce,
  AccountIndex: env.accountIndex,
  ApiKeyIndex: apiKeyIndex,
});
const signed = newSigner.changePubKey({ Nonce: nonce, L1Sig: await env.wallet.signMessage({ message }) });
console.log(
  `signed ${signed.type} (tx_type ${signed.txType}) for key ${apiKeyIndex}: ${signed.txInfo.slice(0, 140)}…`,
);
await client.sendTx(signed);

const [key] = (await client.getApiKeys({ accountIndex: env.accountIndex, apiKeyIndex })).api_keys;
console.log(
  `registered key ${apiKeyIndex}: ${key?.public_key === newSigner.publicKey ? "public key matches" : "not yet visible"}`,
);
// The new key works at once, e.g. for auth tokens.
const withNewKey = new LighterRestClient({ ...env.rest, authToken: signerAuthTokens(newSigner) });
const limits = await withNewKey.getAccountLimits({ accountIndex: env.accountIndex });
console.log(`authenticated with the new key: tier ${limits.user_tier_name ?? limits.user_tier}`);

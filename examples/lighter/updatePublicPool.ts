/** sendTx L2UpdatePublicPool (tx type 11): change a pool you operate (status, operator fee, minimum operator share). */
import { LighterRestClient } from "@perp/lighter";
import { notExecutedBySimulator, openEnv } from "./_env.js";

await using env = await openEnv({ needs: "signer", writes: true });
const client = new LighterRestClient(env.rest);

// Pools are accounts: a pool you operate is one of your wallet's accounts of pool type (2).
let pool: bigint | undefined;
if (env.target !== "simulator") {
  const [me] = (await client.getAccount({ by: "index", value: env.accountIndex.toString() })).accounts;
  const owned =
    me === undefined ? [] : (await client.getAccountsByL1Address({ l1Address: me.l1_address })).sub_accounts;
  const found = owned.find((a) => a.account_type === 2);
  pool = found === undefined ? undefined : BigInt(found.index);
}
if (env.target !== "simulator" && pool === undefined) {
  console.log("this wallet operates no public pool (createPublicPool.ts creates one)");
} else {
  // The simulator has no pools: a sample pool index (pools and sub-accounts start at 2^47).
  const poolIndex = pool ?? 2n ** 47n + 100n;
  const { nonce } = await client.getNextNonce({
    accountIndex: env.accountIndex,
    apiKeyIndex: env.apiKeyIndex,
  });
  const signed = env.signer.updatePublicPool({
    PublicPoolIndex: poolIndex,
    Status: 0, // 0 active, 1 frozen (no new deposits)
    OperatorFee: 100_000, // 1e-6 units: 10 %
    MinOperatorShareRate: 1_000, // 1e-4 units: 10 %
    Nonce: nonce,
  });
  console.log(`signed ${signed.type} (tx_type ${signed.txType}): ${signed.txInfo}`);
  try {
    const { tx_hash } = await client.sendTx(signed);
    console.log(`accepted: tx ${tx_hash}`);
  } catch (error) {
    if (!notExecutedBySimulator(env, error, signed.type)) throw error;
  }
}

/** GET /api/v1/txFromL1TxHash: the L2 transaction an Ethereum transaction (e.g. a deposit) produced. */
import { LighterRestClient } from "@perp/lighter";
import { openEnv } from "./_env.js";

await using env = await openEnv({
  needs: "signer",
  notServedBySimulator: "GET /api/v1/txFromL1TxHash (getTxFromL1TxHash)",
});
const client = new LighterRestClient(env.rest);

// A deposit's Ethereum transaction hash, taken from the account's deposit history.
const [account] = (await client.getAccount({ by: "index", value: env.accountIndex.toString() })).accounts;
if (account === undefined) throw new Error(`account ${env.accountIndex} not found`);
const { deposits } = await client.getDepositHistory({
  accountIndex: env.accountIndex,
  l1Address: account.l1_address,
});
const l1Hash = deposits.find((d) => d.l1_tx_hash !== undefined)?.l1_tx_hash;
if (l1Hash === undefined) {
  console.log("no deposit with an L1 transaction hash on this account");
} else {
  const tx = await client.getTxFromL1TxHash({ hash: l1Hash });
  console.log(
    `L1 ${l1Hash.slice(0, 18)}… → L2 tx ${tx.hash.slice(0, 18)}… (type ${tx.type}, status ${tx.status})`,
  );
}

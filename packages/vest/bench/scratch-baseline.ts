import { AbiCoder, Wallet, getBytes, keccak256 as ethersKeccak } from "ethers";
import { privateKeyToAccount, sign } from "viem/accounts";
import { encodeAbiParameters, keccak256, hashMessage, concat, toBytes } from "viem/utils";

const pk = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d" as const;
const wallet = new Wallet(pk);
const coder = AbiCoder.defaultAbiCoder();
const acct = privateKeyToAccount(pk);
const types = ["uint256","uint256","string","string","bool","string","string","bool"];
const vtypes = types.map((type) => ({ type }));

async function ethersOne(i: number) {
  const enc = coder.encode(types, [1683849600076n, BigInt(i), "LIMIT", "BTC-PERP", true, "0.1000", "30000.00", false]);
  const h = ethersKeccak(enc);
  return wallet.signMessage(getBytes(h));
}
async function viemOne(i: number) {
  const enc = encodeAbiParameters(vtypes, [1683849600076n, BigInt(i), "LIMIT", "BTC-PERP", true, "0.1000", "30000.00", false]);
  const h = keccak256(enc);
  return acct.signMessage({ message: { raw: h } });
}
async function viemSignOnly(i: number) {
  const h = keccak256(toBytes(i));
  return sign({ hash: hashMessage({ raw: h }), privateKey: pk, to: "hex" });
}
async function run(name: string, f: (i: number) => Promise<string>, ms = 1500) {
  for (let i = 0; i < 200; i++) await f(i);
  let n = 0; const t0 = performance.now();
  while (performance.now() - t0 < ms) { for (let k = 0; k < 50; k++) await f(n++); }
  const r = n / ((performance.now() - t0) / 1000);
  console.log(name, r.toFixed(0), "ops/s");
  return r;
}
const e = await run("ethers", ethersOne);
const v = await run("viem-generic", viemOne);
await run("viem-signonly", viemSignOnly);
console.log("ratio", (v / e).toFixed(2));

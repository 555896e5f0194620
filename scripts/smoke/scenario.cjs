"use strict";
/**
 * The quickstart both module systems run against the installed tarballs: quickstart.mjs passes the
 * packages loaded with `import`, quickstart.cjs the same packages loaded with `require`. Every check
 * throws on failure; the caller turns a throw into a non-zero exit.
 */
const assert = require("node:assert/strict");

/** Names each entry point must export (a missing one means a broken bundle or exports map). */
const EXPECTED_EXPORTS = {
  core: ["PerpError", "ValidationError", "parseDecimal", "parseJson"],
  extended: ["ExtendedRestClient", "ExtendedPerpetual", "signOrderSettlement"],
  extendedSigning: ["StarkSigner", "signOrderSettlement", "toFelt", "feltToHex"],
  extendedOnboarding: ["starkPrivateKeyFromEthSignature", "buildOnboardingPayload"],
  lighter: ["LighterRestClient", "LighterPerpetual", "signTx"],
  lighterSigning: ["signTx", "LighterSigner", "createAuthToken"],
  vest: ["VestRestClient", "VestPerpetual", "signOrder"],
  vestSigning: ["signOrder", "signingKeyFromPrivateKey"],
  testkit: ["startHarness", "extendedProtocolFactory", "lighterProtocolFactory", "vestProtocolFactory"],
};

function checkExports(sdk) {
  for (const [entry, names] of Object.entries(EXPECTED_EXPORTS)) {
    for (const name of names) assert.equal(typeof sdk[entry][name], "function", `${entry} exports ${name}`);
  }
}

/** Errors thrown inside one package are instances of @perp/core's classes: a single core instance. */
async function checkSharedErrors(sdk) {
  const { ValidationError, PerpError } = sdk.core;
  assert.throws(
    () => new sdk.extended.ExtendedRestClient({ apiKey: " " }),
    (error) => error instanceof ValidationError && error instanceof PerpError,
    "@perp/extended throws @perp/core's ValidationError",
  );
  await assert.rejects(
    sdk.testkit.startHarness({ protocols: [], seed: 0.5 }),
    (error) => error instanceof ValidationError,
    "@perp/testkit throws @perp/core's ValidationError",
  );
}

function signExtendedOrder(sdk, { input, expected }) {
  const { StarkSigner, signOrderSettlement, toFelt, feltToHex } = sdk.extendedSigning;
  const signer = StarkSigner.fromPrivateKey(input.privateKey);
  assert.equal(feltToHex(signer.publicKey), input.publicKey, "extended public key");
  const signed = signOrderSettlement(signer, {
    domain: input.domain,
    vault: BigInt(input.vault),
    market: {
      syntheticId: toFelt(input.market.syntheticId),
      syntheticResolution: BigInt(input.market.syntheticResolution),
      collateralId: toFelt(input.market.collateralId),
      collateralResolution: BigInt(input.market.collateralResolution),
    },
    side: input.side,
    qty: input.qty,
    price: input.price,
    feeRate: input.feeRate,
    builderFeeRate: input.builderFeeRate,
    expiryEpochMillis: input.expiryEpochMillis,
    nonce: input.nonce,
    expirationBufferSeconds: sdk.extendedSigning.ORDER_EXPIRATION_BUFFER_SECONDS,
  });
  assert.equal(signed.orderHash, expected.orderHash, "extended order hash");
  assert.equal(signed.settlement.signature.r, expected.r, "extended signature r");
  assert.equal(signed.settlement.signature.s, expected.s, "extended signature s");
  return signed.orderHash;
}

function deriveExtendedStarkKey(sdk, { input, expected }) {
  const privateKey = sdk.extendedOnboarding.starkPrivateKeyFromEthSignature(input.ethSignature);
  assert.equal(sdk.extendedSigning.feltToHex(privateKey), expected.privateKey, "extended onboarding key");
  return expected.publicKey;
}

/** The vector's nonce k is a little-endian hex scalar; signTx takes it as a nonce source. */
function leHexToBigInt(hex) {
  const bytes = hex.match(/../g) ?? [];
  return BigInt(`0x${bytes.reverse().join("") || "0"}`);
}

function signLighterTx(sdk, { input, expected }) {
  const k = leHexToBigInt(input.k);
  const signed = sdk.lighterSigning.signTx(input.txType, input.fields, {
    privateKey: input.privateKey,
    chainId: input.chainId,
    attributes: input.attributes,
    nonce: () => k,
  });
  assert.equal(signed.txHash, expected.txHash, "lighter tx hash");
  assert.equal(signed.signature, expected.signature, "lighter signature");
  assert.equal(signed.txInfo, expected.txInfo, "lighter tx_info");
  return signed.txHash;
}

async function signVestOrder(sdk, { input, expected }) {
  const key = sdk.vestSigning.signingKeyFromPrivateKey(input.signingPrivateKey);
  assert.equal(key.address, expected.signerAddress, "vest signer address");
  const signed = await sdk.vestSigning.signOrder(key, {
    time: input.timeMillis,
    nonce: input.nonce,
    orderType: input.orderType,
    symbol: input.symbol,
    isBuy: input.isBuy,
    size: input.size,
    limitPrice: input.limitPrice,
    reduceOnly: input.reduceOnly,
  });
  assert.equal(signed.signature, expected.signature, "vest order signature");
  return signed.signature;
}

/** The simulator serving all three venues, each venue's REST client reading its markets. */
async function fetchMarketsFromSimulator(sdk) {
  const { startHarness, extendedProtocolFactory, lighterProtocolFactory, vestProtocolFactory } = sdk.testkit;
  const seed = 7;
  const harness = await startHarness({
    protocols: [
      extendedProtocolFactory({ seed }),
      lighterProtocolFactory({ seed }),
      vestProtocolFactory({ seed }),
    ],
    seed,
    admin: false,
  });
  try {
    const { extended, lighter, vest } = harness.urls;
    assert.ok(extended && lighter && vest, "the harness serves extended, lighter and vest");
    const noRetry = { retry: false };
    const extendedMarkets = await new sdk.extended.ExtendedRestClient({
      baseUrl: extended.http,
      ...noRetry,
    }).getMarkets();
    const lighterBooks = await new sdk.lighter.LighterRestClient({
      restUrl: lighter.http,
      ...noRetry,
    }).getOrderBooks();
    const vestInfo = await new sdk.vest.VestRestClient({
      restUrl: `${vest.http}/v2`,
      ...noRetry,
    }).getExchangeInfo();
    const markets = {
      extended: extendedMarkets.map((m) => m.name),
      lighter: lighterBooks.order_books.map((b) => b.symbol),
      vest: vestInfo.symbols.map((s) => s.symbol),
    };
    for (const [venue, names] of Object.entries(markets)) {
      assert.ok(names.length > 0, `${venue} simulator lists markets`);
      for (const name of names) assert.equal(typeof name, "string", `${venue} market name`);
    }
    return markets;
  } finally {
    await harness.close();
  }
}

/**
 * Runs every check and reports each as one line through `log`.
 * @param sdk the loaded entry points, keyed as in EXPECTED_EXPORTS
 * @param vectors known-answer cases copied from packages/<venue>/test/fixtures
 * @param log receives one line per passed check
 */
async function runScenario(sdk, vectors, log) {
  checkExports(sdk);
  log(`exports: ${Object.keys(EXPECTED_EXPORTS).length} entry points`);
  await checkSharedErrors(sdk);
  log("errors: one @perp/core instance across packages");
  log(`extended order signed: ${signExtendedOrder(sdk, vectors.extendedOrder)}`);
  log(`extended stark key derived: ${deriveExtendedStarkKey(sdk, vectors.extendedStarkKey)}`);
  log(`lighter tx signed: ${signLighterTx(sdk, vectors.lighterTx)}`);
  log(`vest order signed: ${(await signVestOrder(sdk, vectors.vestOrder)).slice(0, 18)}...`);
  const markets = await fetchMarketsFromSimulator(sdk);
  for (const [venue, names] of Object.entries(markets)) {
    log(`simulator ${venue}: ${names.length} markets (${names.slice(0, 3).join(", ")})`);
  }
}

module.exports = { runScenario };

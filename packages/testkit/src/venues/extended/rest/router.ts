import { ValidationError } from "@perp/core";
import type { SimHttpRequest, SimHttpResponse, VenueContext } from "../../../server/index.js";
import { ErrorCode, ExtendedApiError, errorResponse, ok } from "../envelope.js";
import type { ExtendedVenue } from "../venue.js";
import * as account from "./account.js";
import { type ExtendedRules, isApiError, type PrivateContext, type RestContext } from "./context.js";
import * as funds from "./funds.js";
import * as orders from "./orders.js";
import * as pub from "./public.js";

export const API_PREFIX = "/api/v1";

/** On-chain deposit contract the docs list for Starknet wallets. */
const DEPOSIT_CONTRACT = "0x062da0780fae50d68cecaa5a051606dc21217ba290969b302db4dd99d2e9b470";

type PublicHandler = (c: RestContext, ...params: string[]) => SimHttpResponse;
type PrivateHandler = (c: PrivateContext, ...params: string[]) => SimHttpResponse;

interface Route {
  method: string;
  pattern: RegExp;
  /** With an API key: the handler sees the authenticated account. */
  handler: { public: PublicHandler } | { private: PrivateHandler };
}

const segment = "([^/]+)";
const route = (method: string, path: string, handler: Route["handler"]): Route => ({
  method,
  pattern: new RegExp(`^${path.replaceAll("{}", segment)}$`),
  handler,
});

export interface RouterState {
  deadManSwitches: Map<number, () => void>;
}

function routes(state: RouterState): Route[] {
  return [
    route("GET", "/info/markets", { public: pub.getMarkets }),
    route("GET", "/info/markets/{}/stats", { public: pub.getMarketStats }),
    route("GET", "/info/markets/{}/orderbook", { public: pub.getOrderBook }),
    route("GET", "/info/markets/{}/trades", { public: pub.getPublicTrades }),
    route("GET", "/info/candles/{}/{}", { public: pub.getCandles }),
    route("GET", "/info/{}/funding", { public: pub.getFundingRates }),
    route("GET", "/info/{}/open-interests", { public: pub.getOpenInterests }),
    route("GET", "/info/assets", { public: pub.getAssets }),
    route("GET", "/info/starknet", { public: pub.getStarknetDomain }),
    route("GET", "/info/settings", { public: () => ok({ starkExContractAddress: DEPOSIT_CONTRACT }) }),
    route("GET", "/user/account/info", { private: account.getAccountInfo }),
    route("GET", "/user/accounts", { private: account.getAccounts }),
    route("GET", "/user/client/info", { private: account.getClientInfo }),
    route("GET", "/user/balance", { private: account.getBalance }),
    route("GET", "/user/positions", { private: account.getPositions }),
    route("GET", "/user/positions/history", { private: account.getPositionsHistory }),
    route("GET", "/user/orders", { private: account.getOpenOrders }),
    route("GET", "/user/orders/history", { private: account.getOrdersHistory }),
    route("GET", "/user/orders/external/{}", { private: account.getOrdersByExternalId }),
    route("GET", "/user/orders/{}", { private: account.getOrderById }),
    route("GET", "/user/trades", { private: account.getTrades }),
    route("GET", "/user/funding/history", { private: account.getFundingHistory }),
    route("GET", "/user/leverage", { private: account.getLeverage }),
    route("PATCH", "/user/leverage", { private: account.patchLeverage }),
    route("GET", "/user/fees", { private: account.getFees }),
    route("GET", "/user/assetOperations", { private: account.getAssetOperations }),
    route("POST", "/user/order", { private: orders.createOrder }),
    route("POST", "/user/order/rfq", { private: orders.rfqNotSupported }),
    route("POST", "/user/order/massCancel", { private: orders.massCancel }),
    route("DELETE", "/user/order", { private: orders.cancelOrderByExternalId }),
    route("DELETE", "/user/order/{}", { private: orders.cancelOrderById }),
    route("POST", "/user/deadmanswitch", { private: (c) => funds.deadManSwitch(c, state.deadManSwitches) }),
    route("POST", "/user/transfer", { private: funds.createTransfer }),
    route("POST", "/user/transfer/onchain", { private: funds.createOnchainTransfer }),
    route("POST", "/user/withdrawal", { private: funds.createWithdrawal }),
    route("POST", "/user/claim", { private: funds.claim }),
  ];
}

/** User-Agent is mandatory at Extended; the answer to a request without one is not documented. */
export function missingUserAgent(rules: ExtendedRules, headers: Readonly<Record<string, string>>): boolean {
  return rules.requireUserAgent && (headers["user-agent"] ?? "").trim() === "";
}

export function createRouter(venue: ExtendedVenue, rules: ExtendedRules, state: RouterState) {
  const table = routes(state);
  return (request: SimHttpRequest, ctx: VenueContext): SimHttpResponse | undefined => {
    if (!request.path.startsWith(`${API_PREFIX}/`)) return undefined;
    const path = request.path.slice(API_PREFIX.length);
    let methodMismatch = false;
    for (const r of table) {
      const match = r.pattern.exec(path);
      if (match === null) continue;
      if (r.method !== request.method) {
        methodMismatch = true;
        continue;
      }
      const params = match.slice(1).map((p) => decodeURIComponent(p));
      try {
        if (missingUserAgent(rules, request.headers)) {
          throw new ExtendedApiError(403, "FORBIDDEN", "User-Agent header is required");
        }
        const base: RestContext = { venue, rules, request, ctx };
        if ("public" in r.handler) return r.handler.public(base, ...params);
        // Compared exactly (HTTP already strips surrounding whitespace).
        const key = request.headers["x-api-key"];
        const found = key === undefined ? undefined : venue.accountByApiKey(key);
        if (found === undefined) throw new ExtendedApiError(401, "UNAUTHORIZED", "Unauthorized");
        return r.handler.private({ ...base, account: found }, ...params);
      } catch (error) {
        if (isApiError(error)) return errorResponse(error);
        // Malformed values the engine refuses (e.g. a decimal it cannot parse) are the client's fault.
        if (error instanceof ValidationError) {
          return errorResponse(new ExtendedApiError(400, "BAD_REQUEST", error.message));
        }
        throw error;
      }
    }
    if (methodMismatch) {
      return errorResponse(new ExtendedApiError(405, ErrorCode.UnhandledError, "Method not allowed"));
    }
    return errorResponse(new ExtendedApiError(404, "NOT_FOUND", "Not found"));
  };
}

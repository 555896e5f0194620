export { type HttpClientSettings, httpClientSettings } from "./client-settings.js";
export {
  type AuthHook,
  type AuthRequest,
  createHttpTransport,
  type HttpErrorResponse,
  type HttpMethod,
  type HttpRequest,
  type HttpRequestLog,
  type HttpResponse,
  type HttpResponseLog,
  type HttpRetryOptions,
  HttpTransport,
  type HttpTransportConfig,
} from "./http-transport.js";
export { RateLimiter, type RateLimiterOptions } from "./rate-limiter.js";
export { redactHeaders, redactUrl } from "./redaction.js";
export { parseRetryAfter } from "./retry-after.js";
export { buildUrl, type Query, type QueryValue } from "./url.js";

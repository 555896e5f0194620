import { registerSecret, ValidationError } from "@perp/core";
import type { VenueName } from "./names.js";

/** The process environment, or any map of variables (tests). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The variables `--live` needs per venue; each venue module reads its own. */
export const LIVE_VARIABLES: Readonly<Record<VenueName, readonly string[]>> = {
  extended: ["EXTENDED_API_KEY", "EXTENDED_STARK_PRIVATE_KEY", "EXTENDED_VAULT"],
  lighter: ["LIGHTER_API_PRIVATE_KEY", "LIGHTER_ACCOUNT_INDEX", "LIGHTER_API_KEY_INDEX"],
  vest: ["VEST_API_KEY", "VEST_SIGNING_PRIVATE_KEY", "VEST_PRIMARY_ADDRESS", "VEST_ACCOUNT_GROUP"],
};

/**
 * Refuses `--live` before anything connects, naming every missing variable of the selected venues
 * at once (names only: values are never part of a message).
 */
export function requireLiveVariables(venues: readonly VenueName[], env: Environment): void {
  const missing = venues.flatMap((venue) => LIVE_VARIABLES[venue].filter((name) => read(env, name) === ""));
  if (missing.length === 0) return;
  throw new ValidationError(
    `--live needs ${missing.join(", ")} in the environment (or run without --live to use the local simulator)`,
    { issues: missing.map((name) => ({ path: [name], message: "not set" })) },
  );
}

/** A key or token: registered for redaction before it is handed to an SDK. */
export function secretVariable(env: Environment, name: string): string {
  const value = required(env, name);
  registerSecret(value);
  return value;
}

/** A variable that is not secret (an account index, a vault, an address). */
export function plainVariable(env: Environment, name: string): string {
  return required(env, name);
}

/** A non-negative integer variable, checked without echoing the value. */
export function integerVariable(env: Environment, name: string): number {
  const text = required(env, name);
  if (!/^\d{1,15}$/.test(text)) throw new ValidationError(`${name} must be a non-negative integer`);
  return Number(text);
}

function required(env: Environment, name: string): string {
  const value = read(env, name);
  if (value === "") throw new ValidationError(`${name} is not set`);
  return value;
}

function read(env: Environment, name: string): string {
  return env[name]?.trim() ?? "";
}

/** WebSocket close codes the venue documents (§5.9). 4000–4005 are in the application range. */
export const VEST_CLOSE_CODES = {
  INTERNAL_ERROR: 1011,
  SERVICE_RESTART: 1012,
  WRONG_VERSION: 4000,
  ACCOUNT_GROUP_NOT_FOUND: 4001,
  ACCOUNT_GROUP_INVALID: 4002,
  LISTEN_KEY_REQUIRED: 4003,
  LISTEN_KEY_NOT_FOUND: 4004,
  LISTEN_KEY_EXPIRED: 4005,
} as const;

/**
 * What a close code asks of the client:
 * - `reconnect`: transient (restart, internal error, network): reconnect with backoff;
 * - `renew-listen-key`: the key is unknown or expired: create a new one, then reconnect;
 * - `fatal`: a configuration bug (wrong version, account group, missing key): reconnecting would
 *   loop forever, so the connection stops and reports why.
 */
export type CloseAction = "reconnect" | "renew-listen-key" | "fatal";

export function closeAction(code: number): CloseAction {
  if (code === VEST_CLOSE_CODES.LISTEN_KEY_NOT_FOUND || code === VEST_CLOSE_CODES.LISTEN_KEY_EXPIRED) {
    return "renew-listen-key";
  }
  if (code >= VEST_CLOSE_CODES.WRONG_VERSION && code <= VEST_CLOSE_CODES.LISTEN_KEY_REQUIRED) return "fatal";
  return "reconnect";
}

export function closeCodeName(code: number): string | undefined {
  for (const [name, value] of Object.entries(VEST_CLOSE_CODES)) if (value === code) return name;
  return undefined;
}

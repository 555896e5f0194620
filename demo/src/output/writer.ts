/** Where the demo prints: stdout in the CLI, a buffer in tests. */
export interface Writer {
  write(text: string): void;
  /** A terminal that understands cursor movement (the live readiness table). */
  readonly isTTY: boolean;
  /** Terminal width, when known. */
  readonly columns: number | undefined;
}

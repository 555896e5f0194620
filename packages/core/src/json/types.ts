/** What parseJson returns: JSON.parse's values plus bigint for integers beyond Number's safe range. */
export type JsonValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

export interface ParseJsonOptions {
  /**
   * How an integer literal outside Number.isSafeInteger comes back: as a bigint (default) or as
   * its exact source text. Literals with a fraction or an exponent stay numbers, as JSON.parse gives.
   */
  largeIntegers?: "bigint" | "string";
  /** Every number comes back as its exact source text (money fields). Takes precedence over largeIntegers. */
  numbersAsStrings?: boolean;
}

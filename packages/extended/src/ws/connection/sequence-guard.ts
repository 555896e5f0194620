/** What a message's `seq` says about continuity on its connection. */
export type SequenceVerdict = "next" | "first" | "stale" | "gap";

/**
 * Per-connection continuity of the envelope `seq` (1, 2, 3, … on each socket). The first message of
 * a socket sets the base: the venue starts at 1, but nothing is lost by accepting another start.
 */
export class SequenceGuard {
  #epoch = -1;
  #last: bigint | undefined;

  /** The sequence last accepted on the current socket. */
  get last(): bigint | undefined {
    return this.#last;
  }

  check(seq: bigint, epoch: number): SequenceVerdict {
    if (epoch !== this.#epoch || this.#last === undefined) {
      this.#epoch = epoch;
      this.#last = seq;
      return "first";
    }
    if (seq <= this.#last) return "stale";
    if (seq !== this.#last + 1n) {
      this.#last = seq;
      return "gap";
    }
    this.#last = seq;
    return "next";
  }

  reset(): void {
    this.#epoch = -1;
    this.#last = undefined;
  }
}

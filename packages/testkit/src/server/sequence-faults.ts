import type { SequenceAction } from "./fault-spec.js";

interface SequenceRule {
  readonly id: string;
  readonly action: SequenceAction;
  remaining: number;
  readonly fromSeq: bigint | undefined;
}

export interface SequenceRuleInfo {
  readonly id: string;
  readonly action: SequenceAction;
  readonly remaining: number;
  readonly fromSeq: bigint | undefined;
}

/**
 * The sequence-fault state of one connection. Rules are consumed first-in first-out; a rule with
 * `fromSeq` waits until a message with seq >= fromSeq. A reorder holds one message and releases it
 * right after the next sequenced message, so the client sees N+1 before N; a held message is
 * released in order if its rule is cleared, and lost if the connection closes.
 */
export class SequenceFaults<T> {
  readonly #rules: SequenceRule[] = [];
  #held: { readonly frame: T; readonly rule: SequenceRule } | undefined;

  arm(id: string, action: SequenceAction, count: number, fromSeq: bigint | undefined): void {
    this.#rules.push({ id, action, remaining: count, fromSeq });
  }

  /** The frames to put on the wire, in order, for one sequenced message. */
  process(frame: T, seq: bigint): T[] {
    const held = this.#held;
    if (held !== undefined) {
      this.#held = undefined;
      this.#consume(held.rule);
      return [frame, held.frame];
    }
    const rule = this.#rules.find((r) => r.fromSeq === undefined || seq >= r.fromSeq);
    if (rule === undefined) return [frame];
    switch (rule.action) {
      case "skip":
        this.#consume(rule);
        return [];
      case "duplicate":
        this.#consume(rule);
        return [frame, frame];
      case "reorder":
        this.#held = { frame, rule };
        return [];
    }
  }

  /** Remove one rule (or all); returns how many were removed and any held frame to send now. */
  clear(id?: string): { cleared: number; release: T[] } {
    let cleared = 0;
    for (let i = this.#rules.length - 1; i >= 0; i--) {
      if (id === undefined || this.#rules[i]?.id === id) {
        this.#rules.splice(i, 1);
        cleared++;
      }
    }
    const held = this.#held;
    if (held !== undefined && !this.#rules.includes(held.rule)) {
      this.#held = undefined;
      return { cleared, release: [held.frame] };
    }
    return { cleared, release: [] };
  }

  active(): SequenceRuleInfo[] {
    return this.#rules.map(({ id, action, remaining, fromSeq }) => ({ id, action, remaining, fromSeq }));
  }

  #consume(rule: SequenceRule): void {
    rule.remaining--;
    if (rule.remaining <= 0) {
      const index = this.#rules.indexOf(rule);
      if (index >= 0) this.#rules.splice(index, 1);
    }
  }
}

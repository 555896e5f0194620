import { ValidationError } from "@perp/core";

/**
 * Seeded pseudo-random numbers (mulberry32): the same seed replays the same simulation. Only ever used
 * to pick whole tick counts, never to produce money amounts directly.
 */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    if (!Number.isInteger(seed)) throw new ValidationError(`seed must be an integer, got ${seed}`);
    this.#state = seed >>> 0;
  }

  /** Uniform integer in [0, 2^32). */
  nextUint32(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform integer in [min, max], both inclusive. */
  nextInt(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new ValidationError(`nextInt needs integers min <= max, got ${min}..${max}`);
    }
    const span = max - min + 1;
    return min + Math.floor((this.nextUint32() / 2 ** 32) * span);
  }
}
